import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateGroups, nameKey } from './names';

describe('actor name matching', () => {
  it('ignores case, accents, ligatures, punctuation and spaces', () => {
    const same = [
      ['CD2E', 'C.D.2.E', 'cd2e', ' Cd 2 E '],
      ['Région Hauts-de-France', 'region hauts de france', 'RÉGION  HAUTS DE FRANCE'],
      ['Œuvre d’Orient', "oeuvre d'orient"],
      ['Apprentis d’Auteuil', 'APPRENTIS D AUTEUIL'],
    ];
    for (const group of same) expect(new Set(group.map(nameKey)).size, group.join(' | ')).toBe(1);
    expect(nameKey('CERDD')).not.toBe(nameKey('CD2E'));
  });
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(nameKey(nameKey(s))).toBe(nameKey(s));
      }),
      { numRuns: 1000 },
    );
  });
  it('groups duplicates, largest group first, ignoring empty names', () => {
    const actors = [
      { id: '1', name: 'CD2E' },
      { id: '2', name: 'Lumiwatt' },
      { id: '3', name: 'c.d.2.e' },
      { id: '4', name: 'LUMIWATT' },
      { id: '5', name: 'Cd2e ' },
      { id: '6', name: '—' },
      { id: '7', name: '...' },
    ];
    expect(duplicateGroups(actors).map((g) => g.map((a) => a.id))).toEqual([['1', '3', '5'], ['2', '4']]);
  });
});
