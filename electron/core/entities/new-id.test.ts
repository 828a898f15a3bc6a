import { describe, expect, it } from 'vitest';
import { IdSchema } from '../../../shared/domain/ids';
import { newId } from './new-id';

describe('new ids', () => {
  it('are valid UUID v7, all different, and sort in the order they were made', () => {
    const ids = Array.from({ length: 20_000 }, () => newId());
    for (const id of ids.slice(0, 100)) expect(IdSchema.parse(id)[14]).toBe('7');
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
