import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessMapping, locateHeader } from './columns';
import { issueMessage } from './issues';
import { checkActorRows, checkRelationRows } from './rows';
import type { Table, TableKind } from './table';

const table = (header: string[], ...rows: string[][]): Table => ({ header, headerLine: 1, rows: rows.map((cells, i) => ({ line: i + 2, cells })) });
const actorHeader = ['Nom', 'Sigle', 'Collège', 'Rôle', 'Influence', 'Intérêt', 'Posture', 'Engagement'];
const mapping = (t: Table, kind: TableKind) => guessMapping(t.header, kind).mapping;

describe('stakeholder rows', () => {
  it('reads French numbers, words of the closed lists, and keeps names as plain text', () => {
    const t = table(
      actorHeader,
      ['  Mairie de Loos  ', '', 'Pouvoirs publics', 'Porteur', '5', '4,0', 'favorable', 'engagé'],
      ['<script>alert(1)</script>', "'=CMD()", '', '', '', '', '−1', 'not contacted'],
      ['CD2E', 'cd', '', '', '3', '', 'plutôt opposé', 'impliqué'],
    );
    const { drafts, issues } = checkActorRows(t, mapping(t, 'actors'), 'fr');
    expect(issues).toEqual([]);
    expect(drafts).toEqual([
      { line: 2, name: 'Mairie de Loos', acronym: '', college: 'Pouvoirs publics', role: 'Porteur', influence: 5, interest: 4, stance: 2, engagement: 'committed' },
      { line: 3, name: '<script>alert(1)</script>', acronym: '=CMD()', college: null, role: '', influence: null, interest: null, stance: -1, engagement: 'not_contacted' },
      { line: 4, name: 'CD2E', acronym: 'cd', college: null, role: '', influence: 3, interest: null, stance: -1, engagement: 'engaged' },
    ]);
  });

  it('reports every bad cell with its line and column, in both languages', () => {
    const t = table(
      actorHeader,
      ['', '', '', '', '', '', '', ''],
      ['A', '', '', '', '7', '2,5', 'bof', 'peut-être'],
      ['B'.repeat(201), '', '', '', 'beaucoup', '', '3', ''],
    );
    const { drafts, issues } = checkActorRows(t, mapping(t, 'actors'), 'fr');
    expect(drafts).toEqual([]);
    expect(issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [3, 'Influence', 'out-of-range'],
      [3, 'Intérêt', 'not-an-integer'],
      [3, 'Posture', 'unknown-value'],
      [3, 'Engagement', 'unknown-value'],
      [4, 'Nom', 'too-long'],
      [4, 'Influence', 'not-a-number'],
      [4, 'Posture', 'out-of-range'],
    ]);
    expect(issueMessage(issues[0]!, 'fr')).toBe('ligne 3, « Influence » : « 7 » hors de l’intervalle 1 à 5');
    expect(issueMessage(issues[0]!, 'en')).toBe('line 3, “Influence”: “7” is outside 1 to 5');
    expect(issueMessage(issues[3]!, 'fr')).toContain('attendu : non contacté, contacté, impliqué, engagé, retiré');
  });

  it('skips an empty row, requires a name otherwise', () => {
    const t = table(actorHeader, ['', 'X', '', '', '', '', '', ''], ['', '', '', '', '', '', '', '']);
    const { issues } = checkActorRows(t, mapping(t, 'actors'), 'en');
    expect(issues).toEqual([{ code: 'required', line: 2, column: 'Nom', value: '' }]);
  });
});

describe('relation rows', () => {
  it('reads ends, kinds, directions, strengths and statuses', () => {
    const t = table(
      ['Source', 'Cible', 'Type', 'Sens', 'Force', 'Statut', 'Note'],
      ['A', 'B', 'coopération', '', '3', 'à renforcer', 'depuis 2010'],
      ['B', 'C', '', 'réciproque', 'faible', '', ''],
      ['C', 'A', 'financement', 'non', '', 'to create', ''],
    );
    const { drafts, issues } = checkRelationRows(t, mapping(t, 'relations'), 'fr');
    expect(issues).toEqual([]);
    expect(drafts.map((d) => [d.source, d.target, d.kind, d.direction, d.strength, d.status])).toEqual([
      ['A', 'B', 'coopération', 'forward', 3, 'to_strengthen'],
      ['B', 'C', null, 'both', 1, 'existing'],
      ['C', 'A', 'financement', 'none', 2, 'to_create'],
    ]);
  });

  it('reports missing ends and bad strengths', () => {
    const t = table(['De', 'Vers', 'Force'], ['A', '', '4']);
    const { issues } = checkRelationRows(t, mapping(t, 'relations'), 'en');
    expect(issues.map((i) => [i.column, i.code])).toEqual([
      ['Vers', 'required'],
      ['Force', 'out-of-range'],
    ]);
  });
});

describe('any table at all', () => {
  it('locates, maps and checks without throwing (1,000 runs)', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('Nom', 'Source', 'Cible', 'Influence', '5', '1 234,5', '-2', '=x', ''));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }), fc.constantFrom<TableKind>('actors', 'relations'), (rows, kind) => {
        const located = locateHeader(rows.map((cells, i) => ({ line: i + 1, cells })), kind);
        if (!located) return;
        const m = guessMapping(located.header, kind).mapping;
        const checked = kind === 'actors' ? checkActorRows(located, m, 'fr') : checkRelationRows(located, m, 'en');
        expect(checked.drafts.length + new Set(checked.issues.map((i) => i.line)).size).toBeLessThanOrEqual(located.rows.length);
      }),
      { numRuns: 1000 },
    );
  });
});
