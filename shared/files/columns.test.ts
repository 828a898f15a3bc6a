import { describe, expect, it } from 'vitest';
import { guessField, guessKind, guessMapping, locateHeader } from './columns';

describe('column names, French or English', () => {
  it('recognises the usual headers of actor tables', () => {
    const header = ['Nom de l’acteur', 'Sigle', 'Collège', 'Rôle', 'Influence (1-5)', 'Intérêt', 'Posture', 'Engagement', 'Commentaire libre'];
    expect(guessMapping(header, 'actors')).toEqual({
      mapping: { name: 0, acronym: 1, college: 2, role: 3, influence: 4, interest: 5, stance: 6, engagement: 7 },
      missing: [],
      conflicts: [],
    });
    const english = ['Name', 'Acronym', 'Group', 'Role', 'Influence', 'Interest', 'Stance', 'Engagement'];
    expect(guessMapping(english, 'actors').mapping).toEqual({ name: 0, acronym: 1, college: 2, role: 3, influence: 4, interest: 5, stance: 6, engagement: 7 });
    expect(guessField('ACTEUR', 'actors')).toBe('name');
    expect(guessField('Label', 'actors')).toBe('name'); // Kumu
    expect(guessField('Nom court', 'actors')).toBe('acronym');
    expect(guessField('Description', 'actors')).toBeNull();
  });

  it('recognises relation headers, short words only as a whole header', () => {
    expect(guessMapping(['De', 'Vers', 'Nature', 'Force', 'Statut'], 'relations').mapping).toEqual({ source: 0, target: 1, kind: 2, strength: 3, status: 4 });
    expect(guessMapping(['From', 'To', 'Type', 'Strength', 'Status'], 'relations').mapping).toEqual({ source: 0, target: 1, kind: 2, strength: 3, status: 4 });
    expect(guessField('Description', 'relations')).toBe('note');
    expect(guessField('Destination', 'relations')).toBe('target');
    expect(guessField('Delta', 'relations')).toBeNull(); // "de" does not start every word
  });

  it('reports missing and duplicated columns', () => {
    expect(guessMapping(['Sigle', 'Influence'], 'actors').missing).toEqual(['name']);
    const twice = guessMapping(['Nom', 'Name', 'Sigle'], 'actors');
    expect(twice.conflicts).toEqual([{ field: 'name', columns: [0, 1] }]);
    expect(twice.mapping.name).toBe(0);
  });

  it('tells relations from stakeholders by the header', () => {
    expect(guessKind(['Source', 'Cible', 'Type'])).toBe('relations');
    expect(guessKind(['Nom', 'Collège'])).toBe('actors');
    expect(guessKind(['Nom', 'Source', 'Cible'])).toBe('actors');
  });
});

describe('locating the header', () => {
  const row = (line: number, ...cells: string[]) => ({ line, cells });

  it('skips a title line and takes the header that names the most fields', () => {
    const located = locateHeader([row(1, 'Liste des acteurs 2024'), row(3, 'Nom', 'Collège', 'Influence'), row(4, 'CD2E', 'Experts', '4')], 'actors');
    expect(located).toMatchObject({ header: ['Nom', 'Collège', 'Influence'], headerLine: 3, rows: [row(4, 'CD2E', 'Experts', '4')] });
  });

  it('takes the last row of a merged header block, filling merged cells from above', () => {
    const located = locateHeader(
      [row(1, 'Acteur', '', 'Scores', '', 'Collège'), row(2, 'Nom', 'Sigle', 'Influence', 'Intérêt', ''), row(3, 'CD2E', 'cd', '4', '5', 'Experts')],
      'actors',
    );
    expect(located!.header).toEqual(['Nom', 'Sigle', 'Influence', 'Intérêt', 'Collège']);
    expect(located!.headerLine).toBe(2);
  });

  it('falls back to the first row when nothing is recognised', () => {
    expect(locateHeader([row(1, 'a', 'b'), row(2, 'c', 'd')], 'actors')).toMatchObject({ header: ['a', 'b'], headerLine: 1 });
    expect(locateHeader([], 'actors')).toBeNull();
  });
});
