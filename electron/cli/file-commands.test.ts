import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256, tempDir } from '../../test/harness/temp-workspace';
import { runTesr } from './tesr';

const FR = { LANG: 'fr_FR.UTF-8' };
const EN = { LANG: 'en_GB.UTF-8' };
const fixture = (name: string) => new URL(`../../test/fixtures/files/${name}`, import.meta.url).pathname;

let dir: ReturnType<typeof tempDir>;
let file: string;
beforeEach(async () => {
  dir = tempDir();
  file = dir.file('od.tesr');
  expect((await runTesr(['new', file], FR)).code).toBe(0);
});
afterEach(() => dir.cleanup());

describe('tesr new', () => {
  it('creates an empty workspace and never overwrites a file', async () => {
    const stats = JSON.parse((await runTesr(['stats', file, '--json'], EN)).stdout!);
    expect(stats).toMatchObject({ ok: true, operations: 0, actors: 0, colleges: 4, relationKinds: 7 });
    const before = sha256(file);
    const again = await runTesr(['new', file], FR);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('existe déjà') });
    expect(sha256(file)).toBe(before);
    expect((await runTesr(['new'], FR)).code).toBe(2);
  });
});

describe('tesr import', () => {
  it('imports the messy CSV into a new operation, then relations into it, in French', async () => {
    const dry = await runTesr(['import', file, fixture('acteurs-1252.csv'), '--dry-run'], FR);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Simulation, rien n’a été écrit. Seraient créés : 1 opération(s), 6 acteur(s), 6 participation(s).');
    expect(dry.stdout).toContain('dans une nouvelle opération « acteurs-1252 »');
    const r = await runTesr(['import', file, fixture('acteurs-1252.csv')], FR);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(CSV, windows-1252, séparateur « ; »)');
    expect(r.stdout).toContain('un Ctrl+Z dans l’application l’annule');
    const rel = await runTesr(['import', file, fixture('relations-utf8-bom.csv'), '--kind', 'relations', '--json'], EN);
    expect(JSON.parse(rel.stdout!)).toMatchObject({ ok: true, kind: 'relations', created: { relations: 3 }, operationTitle: 'acteurs-1252' });
  });

  it('lists every row error on stderr with its line, exits 1, writes nothing', async () => {
    await runTesr(['import', file, fixture('acteurs-1252.csv')], FR);
    const bad = dir.file('bad.csv');
    writeFileSync(bad, 'Nom;Influence;Engagement\nA;12;\nB;3;peut-être\n');
    const before = sha256(file);
    const r = await runTesr(['import', file, bad], FR);
    expect(r.code).toBe(1);
    expect(r.stdout).toBeUndefined();
    expect(r.stderr).toContain('bad.csv : 2 erreur(s) ; première : ligne 2, « Influence » : « 12 » hors de l’intervalle 1 à 5. Rien n’a été importé.');
    expect(r.stderr).toContain('  ligne 3, « Engagement » : valeur inconnue « peut-être »');
    const j = await runTesr(['import', file, bad, '--json'], EN);
    expect(JSON.parse(j.stdout!)).toMatchObject({ ok: false, error: { code: 'import-invalid' }, errors: [{ line: 2, code: 'out-of-range' }, { line: 3, code: 'unknown-value' }] });
    expect(j.stderr).toContain('bad.csv: 2 error(s); first: line 2, “Influence”: “12” is outside 1 to 5. Nothing was imported.');
    expect(sha256(file)).toBe(before);
  });

  it('refuses XML bombs, external entities, unknown files and bad options with clear codes', async () => {
    for (const f of ['bomb.gexf', 'xxe.graphml']) {
      const r = await runTesr(['import', file, fixture(f), '--json'], EN);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout!).error.code).toBe('import-unsafe-xml');
    }
    const odd = dir.file('notes.docx');
    writeFileSync(odd, 'PK');
    expect(JSON.parse((await runTesr(['import', file, odd, '--json'], EN)).stdout!).error.code).toBe('import-unsupported');
    expect(JSON.parse((await runTesr(['import', file, dir.file('none.csv'), '--json'], EN)).stdout!).error.code).toBe('workspace-missing');
    expect((await runTesr(['import', file, odd, '--kind', 'people'], EN)).code).toBe(2);
    expect((await runTesr(['import', file], EN)).code).toBe(2);
    expect((await runTesr(['import', '--help'], EN)).stdout).toContain('Usage: tesr import');
  });

  it('needs --operation when the workspace has several, and an operation that exists', async () => {
    await runTesr(['import', file, fixture('reseau.gexf')], EN);
    await runTesr(['export', file, '--format', 'json', '--out', dir.file('copy.json')], EN);
    await runTesr(['import', file, dir.file('copy.json')], EN); // a second operation, copy of the first
    const r = await runTesr(['import', file, fixture('acteurs-1252.csv'), '--json'], FR);
    expect(JSON.parse(r.stdout!).error).toMatchObject({ code: 'import-needs-operation', params: { count: 2 } });
    expect(r.stderr).toContain('indiquez celle qui reçoit l’import (--operation ID)');
    const missing = await runTesr(['import', file, fixture('acteurs-1252.csv'), '--operation', '01900000-0000-7000-8000-000000000000', '--json'], EN);
    expect(JSON.parse(missing.stdout!).error.code).toBe('not-found');
    const stats = JSON.parse((await runTesr(['stats', file, '--json'], EN)).stdout!);
    const ok = await runTesr(['import', file, fixture('acteurs-1252.csv'), '--operation', stats.perOperation[1].id, '--json'], EN);
    expect(JSON.parse(ok.stdout!)).toMatchObject({ ok: true, operationId: stats.perOperation[1].id });
  });
});

describe('tesr export and stats', () => {
  beforeEach(async () => {
    await runTesr(['import', file, fixture('acteurs-1252.csv')], FR);
    await runTesr(['import', file, fixture('relations-utf8-bom.csv')], FR);
  });

  it('exports every format, to the path given or beside the current folder', async () => {
    const json = await runTesr(['export', file, '--format', 'json', '--out', dir.file('od.json')], FR);
    expect(json).toMatchObject({ code: 0, stdout: expect.stringContaining('Écrit : ') });
    expect(JSON.parse(readFileSync(dir.file('od.json'), 'utf8'))).toMatchObject({ format: 'tesr-studio', version: 1, includesPrivate: false });
    const csv = JSON.parse((await runTesr(['export', file, '--format', 'csv', '--out', dir.file('tables'), '--json'], FR)).stdout!);
    expect(csv).toMatchObject({ ok: true, counts: { actors: 6, participations: 6, relations: 3 } });
    expect(readdirSync(dir.file('tables')).sort()).toEqual(['acteurs.csv', 'actions.csv', 'indicateurs.csv', 'participations.csv', 'relations.csv']);
    expect(readFileSync(dir.file('tables/acteurs.csv'), 'utf8')).toContain(`"'=HYPERLINK(""http://example.com"")"`);
    const xlsx = await runTesr(['export', file, '--format', 'xlsx', '--out', dir.file('od.xlsx'), '--include-private'], EN);
    expect(xlsx.stdout).toContain('holds the contact details and notes marked private');
    expect(existsSync(dir.file('od.xlsx'))).toBe(true);
    const stats = JSON.parse((await runTesr(['stats', file, '--json'], EN)).stdout!);
    const gexf = await runTesr(['export', file, '--format', 'gexf', '--operation', stats.perOperation[0].id, '--out', dir.file('od.gexf')], EN);
    expect(gexf.code).toBe(0);
    expect(readFileSync(dir.file('od.gexf'), 'utf8')).toContain('<attribute id="college" title="Group" type="string"/>');
    // Without --out: beside the current folder, named after the workspace (a child process, to set its folder).
    const run = spawnSync(process.execPath, [new URL('../../bin/tesr.js', import.meta.url).pathname, 'export', file, '--format', 'json'], { cwd: dir.path, encoding: 'utf8', env: { ...process.env, ...EN } });
    expect(run.status).toBe(0);
    expect(existsSync(dir.file('od.json'))).toBe(true);
  });

  it('refuses an unknown format, a missing workspace, and writing over the workspace', async () => {
    expect((await runTesr(['export', file, '--format', 'pdf'], EN)).code).toBe(2);
    expect((await runTesr(['export', file], EN)).code).toBe(2);
    expect((await runTesr(['export', dir.file('none.tesr'), '--format', 'json'], EN)).code).toBe(1);
    const over = await runTesr(['export', file, '--format', 'json', '--out', file], FR);
    expect(over).toMatchObject({ code: 1, stderr: expect.stringContaining('Impossible d’écrire') });
  });

  it('prints what the workspace holds, per operation', async () => {
    const fr = await runTesr(['stats', file], FR);
    expect(fr.stdout).toContain('1 opération(s) en cours, 0 archivée(s) ; 6 acteur(s)');
    expect(fr.stdout).toContain('6 partie(s) prenante(s), 3 relation(s)');
    expect((await runTesr(['stats'], FR)).code).toBe(2);
  });
});

describe('the tesr bin', () => {
  it('imports through bin/tesr.js with exit codes and stderr, as a shell sees it', () => {
    const bin = new URL('../../bin/tesr.js', import.meta.url).pathname;
    const out = execFileSync(process.execPath, [bin, 'import', file, fixture('reseau.graphml'), '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ ok: true, kind: 'graphml', written: true });
    const bad = spawnSync(process.execPath, [bin, 'import', file, fixture('bomb.gexf')], { encoding: 'utf8', env: { ...process.env, LANG: 'fr_FR.UTF-8', LC_ALL: '' } });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('bomb.gexf contient une déclaration DOCTYPE ou ENTITY');
  });
});
