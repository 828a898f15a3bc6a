import { describe, expect, it } from 'vitest';
import { OperationFieldsSchema, OperationPatchSchema } from './operation';

describe('operation schemas', () => {
  it('fills missing optional fields on creation', () => {
    expect(OperationFieldsSchema.parse({ title: 'Euralens' })).toEqual({ title: 'Euralens', territory: '', lead: '' });
  });
  it('keeps a patch to the fields it names (a rename must not blank the territory)', () => {
    expect(OperationPatchSchema.parse({ title: 'Filière Bois' })).toEqual({ title: 'Filière Bois' });
  });
  it('refuses an empty patch, unknown fields, a blank or overlong title', () => {
    for (const bad of [{}, { colour: 'red' }, { title: ' \t ' }, { title: 'x'.repeat(201) }]) {
      expect(OperationPatchSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
  it('allows clearing the territory but not the title', () => {
    expect(OperationPatchSchema.parse({ territory: '' })).toEqual({ territory: '' });
    expect(OperationPatchSchema.safeParse({ title: '' }).success).toBe(false);
  });
});
