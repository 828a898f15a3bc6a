import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import type { FilesPreview } from '../../../shared/files/api-schemas';
import { issueMessage, type RowIssue } from '../../../shared/files/issues';
import { eachWithOperation, type TempBackend } from '../../../test/harness/operation-fixture';
import { call } from '../../../test/harness/temp-workspace';
import { uploadBytes } from '../../../test/harness/upload';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/files/${name}`, import.meta.url));
const utf8 = (text: string) => Buffer.from(text, 'utf8');

let backend: TempBackend;
let op: string;
eachWithOperation((b, id) => ((backend = b), (op = id)));

const load = () => call<WalkSnapshot>(backend, 'walk.load', { operationId: op });
const upload = async (name: string, bytes: Uint8Array, kind: 'actors' | 'relations' = 'actors') => ({ operationId: op, kind, uploadId: await uploadBytes(backend, name, bytes) });

describe('files.preview', () => {
  it('reads the messy Windows-1252 fixture: encoding, separator, header, guessed mapping, rows, no error', async () => {
    const p = await call<FilesPreview>(backend, 'files.preview', await upload('acteurs-1252.csv', fixture('acteurs-1252.csv')));
    expect(p).toMatchObject({ format: 'csv', encoding: 'windows-1252', separator: ';', headerLine: 3, rowCount: 6, missing: [], errorCount: 0 });
    expect(p.header).toEqual(['Nom de l’acteur', 'Sigle', 'Collège', 'Rôle', 'Influence (1-5)', 'Intérêt', 'Posture', 'Engagement']);
    expect(p.guessed).toEqual({ name: 0, acronym: 1, college: 2, role: 3, influence: 4, interest: 5, stance: 6, engagement: 7 });
    expect(p.rows[1]).toEqual({ line: 6, cells: ['Centre de développement des éco-entreprises', 'CD2E', 'Experts', 'Pôle d’excellence\r\nécoconstruction', '4,0', '4', '+1', 'impliqué'] });
    expect(p.created).toMatchObject({ actors: 6, participations: 6 });
    // A preview writes nothing.
    expect((await load()).actors).toHaveLength(0);
  });

  it('reports row errors with their lines, and the mapping the user chose', async () => {
    const csv = 'Nom;Influence;Commentaire\nCD2E;9\nCERDD;4\n;3\nMairie;abc\n';
    const guessed = await call<FilesPreview>(backend, 'files.preview', await upload('x.csv', utf8(csv)));
    expect(guessed.errorCount).toBe(3);
    expect(guessed.errors.map((e) => issueMessage(e as RowIssue, 'fr'))).toEqual([
      'ligne 2, « Influence » : « 9 » hors de l’intervalle 1 à 5',
      'ligne 4, « Nom » : valeur obligatoire',
      'ligne 5, « Influence » : « abc » n’est pas un nombre',
    ]);
    expect(guessed.created).toEqual({});
    // Ignoring the Influence column (mapping override) clears those errors; line 4 is then blank.
    const chosen = await call<FilesPreview>(backend, 'files.preview', { ...(await upload('x.csv', utf8(csv))), mapping: { name: 0, role: 2 } });
    expect(chosen).toMatchObject({ errorCount: 0, created: { actors: 3 } });
    const noName = await call<FilesPreview>(backend, 'files.preview', { ...(await upload('x.csv', utf8(csv))), mapping: { role: 0 } });
    expect(noName).toMatchObject({ missing: ['name'], errorCount: 0 });
  });

  it('matches duplicates to existing actors, ignoring case, accents and punctuation', async () => {
    const existing = await call<{ id: string }>(backend, 'actors.create', { name: 'Région Hauts-de-France' });
    const p = await call<FilesPreview>(backend, 'files.preview', await upload('acteurs-1252.csv', fixture('acteurs-1252.csv')));
    expect(p.duplicates).toEqual([{ line: 8, name: 'Région Hauts-de-France', actorId: existing.id, actorName: 'Région Hauts-de-France', participating: false }]);
    const inFile = await call<FilesPreview>(backend, 'files.preview', await upload('x.csv', utf8('Nom\nC.E.R.D.D.\ncerdd\n')));
    expect(inFile.duplicates).toEqual([{ line: 3, name: 'cerdd', actorId: null, actorName: 'C.E.R.D.D.', sameAsLine: 2, participating: false }]);
  });

  it('refuses a file that is not a table with a clear error', async () => {
    const reply = await backend.dispatch('files.preview', await upload('x.csv', Buffer.from([0, 1, 2, 3, 0, 0])));
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('import-binary');
  });
});

describe('files.import', () => {
  it('imports the fixture with a changed mapping in one change that one undo takes back', async () => {
    const result = await call<{ created: Record<string, number>; written: boolean }>(backend, 'files.import', {
      ...(await upload('acteurs-1252.csv', fixture('acteurs-1252.csv'))),
      mapping: { name: 0, acronym: 1, college: 2, influence: 4, interest: 5, stance: 6, engagement: 7 }, // Rôle ignored
    });
    expect(result).toMatchObject({ written: true, created: { actors: 6, participations: 6 } });
    const snap = await load();
    expect(snap.actors.map((a) => a.name).sort()).toContain('Centre de développement des éco-entreprises');
    expect(snap.participations.every((p) => p.role === '')).toBe(true);
    expect((await call<{ undoMethod: string }>(backend, 'history.state')).undoMethod).toBe('files.import');
    await call(backend, 'history.undo');
    const after = await load();
    expect(after.actors).toHaveLength(0);
    expect(after.participations).toHaveLength(0);
  });

  it('merges a duplicate into the existing actor or leaves its line out, as chosen', async () => {
    await call(backend, 'actors.create', { name: 'Région Hauts-de-France' });
    await call(backend, 'actors.create', { name: 'Lumiwatt SAS' });
    const result = await call<{ created: Record<string, number>; skipped: number }>(backend, 'files.import', {
      ...(await upload('acteurs-1252.csv', fixture('acteurs-1252.csv'))),
      mapping: { name: 0, role: 3 },
      duplicateChoices: [
        { line: 8, choice: 'merge' },
        { line: 14, choice: 'skip' },
      ],
    });
    expect(result).toMatchObject({ skipped: 1, created: { actors: 4, participations: 5 } });
    const snap = await load();
    expect(snap.actors).toHaveLength(6);
    const region = snap.actors.find((a) => a.name === 'Région Hauts-de-France')!;
    expect(snap.participations.find((p) => p.actorId === region.id)?.role).toBe('Financeur (budget 1 234,5 k€)');
    const lumiwatt = snap.actors.find((a) => a.name === 'Lumiwatt SAS')!;
    expect(snap.participations.some((p) => p.actorId === lumiwatt.id)).toBe(false);
  });

  it('writes nothing when a row is wrong, and imports relations between stakeholders', async () => {
    const bad = await backend.dispatch('files.import', { ...(await upload('x.csv', utf8('Nom;Influence\nCD2E;9\n'))), mapping: { name: 0, influence: 1 } });
    expect(bad.ok ? null : bad.error.code).toBe('import-invalid');
    expect((await load()).actors).toHaveLength(0);
    expect((await call<{ undoMethod: string }>(backend, 'history.state')).undoMethod).toBe('operations.create');

    await call(backend, 'files.import', { ...(await upload('a.csv', utf8('Nom;Sigle\nCentre de développement des éco-entreprises;CD2E\nCERDD;\n'))), mapping: { name: 0, acronym: 1 } });
    const p = await call<FilesPreview>(backend, 'files.preview', await upload('r.csv', utf8('Source;Cible;Force\nCD2E;CERDD;forte\nCD2E;Inconnu;1\n'), 'relations'));
    expect(p.errors.map((e) => [e.line, e.code])).toEqual([[3, 'unknown-actor']]);
    await call(backend, 'files.import', { ...(await upload('r.csv', utf8('Source;Cible;Force\nCD2E;CERDD;forte\n'), 'relations')), mapping: p.mapping });
    expect((await load()).relations).toMatchObject([{ strength: 3 }]);
  });
});

describe('files.export', () => {
  it('gives one file for JSON and XLSX, one CSV per table, and leaves private fields out by default', async () => {
    await call(backend, 'actors.create', { name: '=CD2E', contact: 'secret@cd2e.fr', contactPrivate: true });
    const json = await call<{ files: { name: string; mimeType: string; contentBase64: string }[] }>(backend, 'files.export', { format: 'json', includePrivate: false });
    expect(json.files).toHaveLength(1);
    expect(json.files[0]!.mimeType).toBe('application/json');
    expect(Buffer.from(json.files[0]!.contentBase64, 'base64').toString()).not.toContain('secret@cd2e.fr');
    const withPrivate = await call<typeof json>(backend, 'files.export', { format: 'json', includePrivate: true });
    expect(Buffer.from(withPrivate.files[0]!.contentBase64, 'base64').toString()).toContain('secret@cd2e.fr');
    const csv = await call<typeof json>(backend, 'files.export', { format: 'csv', includePrivate: false });
    expect(csv.files.map((f) => f.name)).toEqual(['test-acteurs.csv', 'test-participations.csv', 'test-relations.csv', 'test-actions.csv', 'test-indicateurs.csv']);
    expect(Buffer.from(csv.files[0]!.contentBase64, 'base64').toString()).toContain("'=CD2E");
    const xlsx = await call<typeof json>(backend, 'files.export', { format: 'xlsx', includePrivate: false, operationId: op });
    expect(xlsx.files[0]!.name).toBe('Loos-en-Gohelle.xlsx');
    expect(Buffer.from(xlsx.files[0]!.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});
