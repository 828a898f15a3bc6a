import { describe, expect, it } from 'vitest';
import { Action, Fact, Participation, Relation } from './entities';

const id = '0190a5a0-0000-7000-8000-000000000001';

describe('walk entity schemas', () => {
  it('fills defaults on creation', () => {
    expect(Fact.fields.parse({ operationId: id, statement: '380 000 emplois détruits' })).toEqual({
      operationId: id,
      statement: '380 000 emplois détruits',
      figure: null,
      unit: '',
      year: null,
      source: '',
      illustrative: false,
    });
  });
  it('patches only the fields named (no default resets another field)', () => {
    expect(Participation.patch.parse({ influence: 4 })).toEqual({ influence: 4 });
    expect(Action.patch.parse({ status: 'done' })).toEqual({ status: 'done' });
  });
  it('never lets a patch move an entity to another operation or change its ends', () => {
    expect(Fact.patch.safeParse({ operationId: id }).success).toBe(false);
    expect(Relation.patch.safeParse({ sourceActorId: id }).success).toBe(false);
  });
  it('checks ranges and dates', () => {
    for (const bad of [{ influence: 6 }, { influence: 0 }, { stance: 3 }, { influence: 2.5 }]) {
      expect(Participation.patch.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(Action.patch.safeParse({ startDate: '2026-02-31' }).success).toBe(false);
    expect(Action.patch.safeParse({ startDate: '2026-02-28' }).success).toBe(true);
    expect(Action.patch.safeParse({ budget: -5 }).success).toBe(false);
    expect(Fact.patch.safeParse({ figure: Number.NaN }).success).toBe(false);
  });
  it('keeps line breaks in long text but not control characters', () => {
    expect(Fact.patch.parse({ statement: 'Ligne 1\r\nLigne\u0007 2' })).toEqual({ statement: 'Ligne 1\nLigne 2' });
  });
});
