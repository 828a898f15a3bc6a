import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_COLLEGES, DEFAULT_RELATION_KINDS } from '../../../shared/domain/walk/defaults';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { AppError } from '../../../shared/errors';
import { issueMessage } from '../../../shared/files/issues';
import { messyWorkbook } from '../../../test/fixtures/files/workbooks';
import { eachWithOperation, type TempBackend } from '../../../test/harness/operation-fixture';
import { call, tempBackend } from '../../../test/harness/temp-workspace';
import { countRows } from '../workspace/counts';
import { bytesSource, fileSource } from './byte-source';
import { importFile, type ImportOptions } from './import-file';
import { ImportInvalidError } from './import-report';

const fixturePath = (name: string) => new URL(`../../../test/fixtures/files/${name}`, import.meta.url).pathname;
const text = (s: string, name: string) => bytesSource(new TextEncoder().encode(s), name);

let backend: TempBackend;
let op: string;
eachWithOperation((b, id) => ((backend = b), (op = id)));

const load = (operationId = op) => call<WalkSnapshot>(backend, 'walk.load', { operationId });
const run = (source: Parameters<typeof importFile>[1], options: Partial<ImportOptions> = {}) =>
  importFile(backend.ws, source, { locale: 'fr', operationId: op, ...options });
const refused = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
};
/** Everything the workspace holds, journal included: a refused import must leave it exactly so. */
const state = () => JSON.stringify({ counts: countRows(backend.ws.db), snap: backend.ws.db.prepare('SELECT * FROM actors ORDER BY id').all() });

describe('actors from CSV', () => {
  it('imports the messy Windows-1252 fixture in one change that one undo takes back', async () => {
    const before = await load();
    const report = await run(fileSource(fixturePath('acteurs-1252.csv')));
    expect(report).toMatchObject({ kind: 'actors', format: 'csv', encoding: 'windows-1252', separator: ';', headerLine: 3, rows: 6, written: true });
    expect(report.created).toMatchObject({ actors: 6, participations: 6 });
    const snap = await load();
    const byName = (n: string) => {
      const actor = snap.actors.find((a) => a.name === n)!;
      return { actor, p: snap.participations.find((p) => p.actorId === actor.id)! };
    };
    expect(byName('Centre de développement des éco-entreprises').actor.acronym).toBe('CD2E');
    expect(byName('Centre de développement des éco-entreprises').p).toMatchObject({
      role: 'Pôle d’excellence écoconstruction',
      collegeId: DEFAULT_COLLEGES.experts_research,
      influence: 4,
      interest: 4,
      stance: 1,
      engagement: 'engaged',
    });
    expect(byName('Région Hauts-de-France').p).toMatchObject({ role: 'Financeur (budget 1 234,5 k€)', collegeId: DEFAULT_COLLEGES.public_authorities });
    expect(byName('Association Œuvre commune').p.collegeId).toBe(DEFAULT_COLLEGES.civil_society);
    // A cell that would run as a formula is stored as the text it is.
    expect(byName('=HYPERLINK("http://example.com")').p.role).toBe('Cellule piégée');
    const history = await call<{ undoMethod: string }>(backend, 'history.state');
    expect(history.undoMethod).toBe('files.import');
    await call(backend, 'history.undo');
    expect(await load()).toEqual(before);
  });

  it('matches names to existing actors, reports duplicates, and completes participations', async () => {
    await call(backend, 'stakeholders.addRows', { operationId: op, rows: [{ name: 'C.D.2.E', role: 'pôle' }] });
    const report = await run(text('Nom;Influence;Rôle\ncd2e;4;\nCERDD;3;\nCerdd;;centre\n', 'a.csv'));
    expect(report.duplicates).toEqual([
      { line: 2, name: 'cd2e', actorId: expect.any(String), actorName: 'C.D.2.E', participating: true },
      { line: 4, name: 'Cerdd', actorId: null, actorName: 'CERDD', sameAsLine: 3, participating: false },
    ]);
    expect(report.created).toMatchObject({ actors: 1, participations: 1 });
    expect(report.updated).toEqual({ participations: 1 });
    const snap = await load();
    expect(snap.actors.map((a) => a.name).sort()).toEqual(['C.D.2.E', 'CERDD']);
    expect(snap.participations.find((p) => p.influence === 4)!.role).toBe('pôle');
    expect(snap.participations.find((p) => p.influence === 3)!.role).toBe('centre');
  });

  it('leaves out the lines the user chose to skip, and follows a mapping the user changed', async () => {
    const report = await run(text('Nom;Name;Collège\nA;Alpha;Experts\nB;Beta;Nouveau collège\n', 'a.csv'), {
      mapping: { name: 1, college: 2 },
      skipLines: [2],
    });
    expect(report.created).toMatchObject({ actors: 1, colleges: 1 });
    const snap = await load();
    expect(snap.actors.map((a) => a.name)).toEqual(['Beta']);
    expect(snap.colleges.at(-1)).toMatchObject({ key: null, label: 'Nouveau collège' });
    expect(snap.participations[0]!.collegeId).toBe(snap.colleges.at(-1)!.id);
  });

  it('refuses a file with row errors, lists every one with its line, and writes nothing', async () => {
    const before = state();
    const e = await refused(run(text('Nom;Influence;Posture\nA;9;\n;;\nB;2;sceptique\nC;x;1\n', 'a.csv')));
    expect(e).toBeInstanceOf(ImportInvalidError);
    const issues = (e as ImportInvalidError).report.errors;
    expect(issues.map((i) => issueMessage(i, 'fr'))).toEqual([
      'ligne 2, « Influence » : « 9 » hors de l’intervalle 1 à 5',
      'ligne 4, « Posture » : valeur inconnue « sceptique » (attendu : -2…2, opposé, plutôt opposé, neutre, plutôt favorable, favorable)',
      'ligne 5, « Influence » : « x » n’est pas un nombre',
    ]);
    expect(e.params).toMatchObject({ count: 3, file: 'a.csv' });
    expect(state()).toBe(before);
  });

  it('refuses missing and duplicated columns, with the columns it read', async () => {
    const missing = await refused(run(text('Sigle;Influence\nX;3\n', 'a.csv')));
    expect(missing.code).toBe('import-missing-column');
    expect(missing.params).toMatchObject({ columnsFr: 'Nom', found: 'Sigle, Influence' });
    const twice = await refused(run(text('Nom;Name\nA;B\n', 'a.csv')));
    expect(twice).toMatchObject({ code: 'import-duplicate-column', params: { columnFr: 'Nom', columns: 'Nom, Name' } });
    expect((await refused(run(text('Nom;Sigle\n', 'a.csv')))).code).toBe('import-empty');
  });

  it('keeps HTML and script in names as plain text', async () => {
    const name = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    await run(text(`Nom\n"${name.replace(/"/g, '""')}"\n`, 'a.csv'));
    expect((await load()).actors[0]!.name).toBe(name);
  });

  it('needs the operation when there are several, creates one when there is none, in the same change', async () => {
    await call(backend, 'operations.create', { title: 'Euralens' });
    expect((await refused(run(text('Nom\nA\n', 'a.csv'), { operationId: null }))).code).toBe('import-needs-operation');
    const empty = tempBackend();
    try {
      const report = await importFile(empty.ws, text('Nom\nA\n', 'Acteurs du bassin.csv'), { locale: 'fr' });
      expect(report).toMatchObject({ operationCreated: true, operationTitle: 'Acteurs du bassin', created: { operations: 1, actors: 1 } });
      await call(empty, 'history.undo');
      expect(await call<unknown[]>(empty, 'operations.list', {})).toEqual([]);
    } finally {
      empty.close();
    }
  });

  it('writes nothing in a dry run, but says what it would do', async () => {
    const before = state();
    const report = await run(text('Nom;Collège\nA;Pouvoirs publics\nB;Élus locaux\n', 'a.csv'), { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, written: false, created: { actors: 2, participations: 2, colleges: 1 } });
    expect(state()).toBe(before);
  });
});

describe('actors and relations from XLSX', () => {
  it('imports a sheet with a merged header, then the relations sheet, each in one change', async () => {
    const bytes = await messyWorkbook();
    const actors = await run(bytesSource(bytes, 'parties.xlsx'));
    expect(actors).toMatchObject({ sheet: 'Acteurs', headerLine: 4, created: { actors: 3 } });
    const relations = await run(bytesSource(bytes, 'parties.xlsx'), { kind: 'relations' });
    expect(relations).toMatchObject({ sheet: 'Relations', created: { relations: 2 } });
    const snap = await load();
    expect(snap.participations.find((p) => p.interest === 4 && p.influence === 3)).toBeTruthy(); // "4,0" in a text cell
    expect(snap.relations.map((r) => [r.kindId, r.strength, r.status])).toEqual([
      [DEFAULT_RELATION_KINDS.cooperation, 3, 'existing'],
      [DEFAULT_RELATION_KINDS.partnership, 2, 'to_strengthen'],
    ]);
  });
});

describe('relations from CSV', () => {
  beforeEach(async () => {
    await call(backend, 'stakeholders.addRows', {
      operationId: op,
      rows: [{ name: 'Mairie de Loos-en-Gohelle' }, { name: 'Centre de développement des éco-entreprises', acronym: 'CD2E' }, { name: 'Région Hauts-de-France' }, { name: 'Lumiwatt SAS' }, { name: 'Association Œuvre commune' }],
    });
  });

  it('finds ends by name or acronym, creates unknown kinds, all in one change', async () => {
    const report = await run(fileSource(fixturePath('relations-utf8-bom.csv')));
    expect(report).toMatchObject({ kind: 'relations', encoding: 'utf-8', separator: ',', created: { relations: 3 } });
    const snap = await load();
    expect(snap.relations.map((r) => [r.strength, r.status, r.note])).toEqual([
      [3, 'existing', 'Base 11-19, since 2010'],
      [2, 'to_strengthen', ''],
      [1, 'to_create', 'Citizen shares'],
    ]);
    await run(text('De;Vers;Nature\nMairie de Loos-en-Gohelle;Lumiwatt SAS;Mécénat\n', 'r.csv'), { kind: 'relations' });
    expect((await load()).relationKinds.at(-1)).toMatchObject({ label: 'Mécénat' });
    await call(backend, 'history.undo');
    expect((await load()).relationKinds.some((k) => k.label === 'Mécénat')).toBe(false);
  });

  it('refuses ends that are not stakeholders, or the same actor twice', async () => {
    await call(backend, 'actors.create', { name: 'Hors opération' });
    const before = state();
    const e = (await refused(run(text('Source;Cible\nCD2E;Inconnu\nHors opération;CD2E\nCD2E;cd2e\n', 'r.csv')))) as ImportInvalidError;
    expect(e.report.errors.map((i) => [i.line, i.code, i.column])).toEqual([
      [2, 'unknown-actor', 'Cible'],
      [3, 'unknown-actor', 'Source'],
      [4, 'same-actor', 'Cible'],
    ]);
    expect(state()).toBe(before);
  });
});

describe('networks from GEXF and GraphML', () => {
  it('turns nodes into stakeholders and edges into relations, leaving out loops', async () => {
    const report = await run(fileSource(fixturePath('reseau.gexf')));
    expect(report).toMatchObject({ kind: 'gexf', created: { actors: 3, participations: 3, relations: 2, colleges: 0 } });
    expect(report.warnings.map((w) => w.code)).toEqual(['self-loop-skipped']);
    const snap = await load();
    expect(snap.actors.map((a) => a.name).sort()).toEqual(['CD2E & partenaires', 'Mairie de Loos-en-Gohelle', 'Université d’Artois']);
    expect(snap.participations.map((p) => [p.collegeId, p.influence])).toEqual([
      [DEFAULT_COLLEGES.public_authorities, 5],
      [DEFAULT_COLLEGES.experts_research, 4],
      [DEFAULT_COLLEGES.experts_research, null], // "Recherche"
    ]);
    expect(snap.relations.map((r) => [r.kindId, r.direction, r.strength])).toEqual([
      [DEFAULT_RELATION_KINDS.cooperation, 'forward', 2], // Gephi's weight 1.0 everywhere says nothing: default strength
      [DEFAULT_RELATION_KINDS.information, 'none', 2],
    ]);
    await call(backend, 'history.undo');
    expect((await load()).actors).toEqual([]);
  });

  it('reads yEd GraphML labels and numeric attributes', async () => {
    const report = await run(fileSource(fixturePath('reseau.graphml')));
    expect(report.created).toMatchObject({ actors: 3, relations: 2 });
    const snap = await load();
    const mairie = snap.actors.find((a) => a.name === 'Mairie de Loos-en-Gohelle')!;
    expect(mairie.acronym).toBe('MEL');
    expect(snap.participations.find((p) => p.actorId === mairie.id)!.interest).toBe(4);
    expect(snap.relations.map((r) => [r.strength, r.direction])).toEqual([
      [3, 'forward'],
      [1, 'none'],
    ]);
  });

  it('refuses edges to unknown nodes and bad attribute values, writing nothing', async () => {
    const before = state();
    const gexf = `<gexf version="1.3"><graph><attributes class="node"><attribute id="i" title="Influence"/></attributes>
<nodes><node id="a" label="A"><attvalues><attvalue for="i" value="12"/></attvalues></node><node id="b" label="B"/></nodes>
<edges><edge id="e" source="a" target="zz"/></edges></graph></gexf>`;
    const e = (await refused(run(text(gexf, 'g.gexf')))) as ImportInvalidError;
    expect(e.report.errors.map((i) => [i.line, i.code])).toEqual([
      [2, 'out-of-range'],
      [3, 'unknown-node'],
    ]);
    expect(state()).toBe(before);
  });
});
