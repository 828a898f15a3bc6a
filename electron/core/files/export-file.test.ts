import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { AppError } from '../../../shared/errors';
import { call, tempBackend } from '../../../test/harness/temp-workspace';
import { LOOS_TITLE } from '../example/loos-example';
import { listOperations } from '../operations/repository';
import { fileSource } from './byte-source';
import { exportWorkspace } from './export-file';
import { importFile } from './import-file';
import { recordsPerLine } from './workspace-dump';

let example: ReturnType<typeof tempBackend>;
let loos: string;
beforeEach(() => {
  example = tempBackend({ example: true });
  loos = listOperations(example.ws.db, true).find((o) => o.title === LOOS_TITLE)!.id;
});
afterEach(() => example.close());

const out = (name: string) => example.dir.file(name);
const load = (b: ReturnType<typeof tempBackend>, operationId: string) => call<WalkSnapshot>(b, 'walk.load', { operationId });

/** An actor whose name and contact would run as formulas, with private contact and notes. */
async function trap(): Promise<void> {
  const { participationIds } = await call<{ participationIds: string[] }>(example, 'stakeholders.addRows', {
    operationId: loos,
    rows: [{ name: '=HYPERLINK("http://evil")', role: '@SUM(1)', stance: -2 }],
  });
  const actor = (await load(example, loos)).participations.find((p) => p.id === participationIds[0])!.actorId;
  await call(example, 'actors.update', { id: actor, patch: { contact: '+33 6 12 34 56 78', contactPrivate: true, notes: 'à ne pas diffuser', notesPrivate: true } });
  await call(example, 'participations.update', { id: participationIds[0], patch: { notes: 'note interne', notesPrivate: true } });
}

describe('CSV export', () => {
  it('writes one file per table, French style, neutralising formulas and leaving private fields blank', async () => {
    await trap();
    const result = await exportWorkspace(example.ws, 'csv', out('csv'), { locale: 'fr', operationId: loos });
    expect(readdirSync(out('csv')).sort()).toEqual(['acteurs.csv', 'actions.csv', 'indicateurs.csv', 'participations.csv', 'relations.csv']);
    expect(result.counts.participations).toBeGreaterThan(10);
    const actors = readFileSync(out('csv/acteurs.csv'), 'utf8');
    expect(actors.startsWith('\ufeffNom;Sigle;Description;Contact;Notes\r\n')).toBe(true);
    expect(actors).toContain(`"'=HYPERLINK(""http://evil"")";;;;\r\n`);
    expect(actors).not.toContain('+33 6');
    expect(actors).not.toContain('à ne pas diffuser');
    const parts = readFileSync(out('csv/participations.csv'), 'utf8');
    expect(parts).toContain(";'@SUM(1);;;-2;non contacté;\r\n"); // numbers stay numbers
    expect(parts).not.toContain('note interne');
    const withPrivate = await exportWorkspace(example.ws, 'csv', out('csv-private'), { locale: 'en', operationId: loos, includePrivate: true });
    expect(withPrivate.includePrivate).toBe(true);
    const en = readFileSync(out('csv-private/actors.csv'), 'utf8');
    expect(en.startsWith('\ufeffName,Acronym,Description,Contact,Notes\r\n')).toBe(true);
    expect(en).toContain("'+33 6 12 34 56 78,à ne pas diffuser");
  });

  it('gives tables the importer reads back into another operation', async () => {
    await exportWorkspace(example.ws, 'csv', out('csv'), { locale: 'fr', operationId: loos });
    const other = (await call<{ id: string }>(example, 'operations.create', { title: 'Copie' })).id;
    await importFile(example.ws, fileSource(out('csv/participations.csv')), { locale: 'fr', operationId: other });
    const rel = await importFile(example.ws, fileSource(out('csv/relations.csv')), { locale: 'fr', operationId: other });
    expect(rel.kind).toBe('relations');
    const [a, b] = [await load(example, loos), await load(example, other)];
    const scores = (s: WalkSnapshot) =>
      s.participations.map((p) => [s.actors.find((x) => x.id === p.actorId)!.name, p.collegeId, p.role, p.influence, p.interest, p.stance, p.engagement]).sort();
    expect(scores(b)).toEqual(scores(a));
    const links = (s: WalkSnapshot) => s.relations.map((r) => [r.sourceActorId, r.targetActorId, r.kindId, r.direction, r.strength, r.status, r.note]).sort();
    expect(links(b)).toEqual(links(a));
  });
});

describe('XLSX export', () => {
  it('writes one sheet per table, numbers as numbers, text neutralised, and reads back', async () => {
    await trap();
    await exportWorkspace(example.ws, 'xlsx', out('od.xlsx'), { locale: 'fr' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out('od.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Acteurs', 'Participations', 'Relations', 'Actions', 'Indicateurs']);
    const sheet = wb.getWorksheet('Participations')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Opération', 'Nom', 'Sigle', 'Collège', 'Rôle', 'Influence', 'Intérêt', 'Posture', 'Engagement', 'Notes']);
    const trapRow = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => String(r.getCell(2).value).includes('HYPERLINK'))!;
    expect(trapRow.getCell(2).value).toBe('\'=HYPERLINK("http://evil")');
    expect(trapRow.getCell(8).value).toBe(-2);
    expect(trapRow.getCell(10).value).toBeNull();
    const copy = tempBackend();
    try {
      const report = await importFile(copy.ws, fileSource(out('od.xlsx')), { locale: 'fr' });
      expect(report).toMatchObject({ sheet: 'Participations', operationCreated: true });
    } finally {
      copy.close();
    }
  });
});

describe('GEXF export', () => {
  it('writes the operation as a network that imports back the same', async () => {
    await exportWorkspace(example.ws, 'gexf', out('loos.gexf'), { locale: 'en', operationId: loos });
    const xml = readFileSync(out('loos.gexf'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf.net\/1.3" version="1.3">/);
    const copy = tempBackend();
    try {
      const report = await importFile(copy.ws, fileSource(out('loos.gexf')), { locale: 'en' });
      const [a, b] = [await load(example, loos), await load(copy, report.operationId!)];
      const people = (s: WalkSnapshot) => s.participations.map((p) => [s.actors.find((x) => x.id === p.actorId)!.name, p.collegeId, p.influence, p.stance, p.engagement]).sort();
      expect(people(b)).toEqual(people(a));
      const name = (s: WalkSnapshot, id: string) => s.actors.find((x) => x.id === id)!.name;
      const links = (s: WalkSnapshot) => s.relations.map((r) => [name(s, r.sourceActorId), name(s, r.targetActorId), r.kindId, r.direction, r.strength, r.status]).sort();
      expect(links(b)).toEqual(links(a));
    } finally {
      copy.close();
    }
  });

  it('escapes names as XML text', async () => {
    await call(example, 'stakeholders.addRows', { operationId: loos, rows: [{ name: '<script>alert("x")</script> & co' }] });
    await exportWorkspace(example.ws, 'gexf', out('all.gexf'), { locale: 'fr' });
    const xml = readFileSync(out('all.gexf'), 'utf8');
    expect(xml).toContain('label="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"');
    expect(xml).not.toContain('<script>');
  });
});

describe('writing files', () => {
  it('never writes over the workspace, and leaves nothing behind when it cannot write', async () => {
    const refused = await exportWorkspace(example.ws, 'json', example.ws.path, { locale: 'fr' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('export-failed');
    writeFileSync(out('blocker'), 'a file, not a folder');
    const blocked = await exportWorkspace(example.ws, 'xlsx', out('blocker/od.xlsx'), { locale: 'fr' }).catch((e: unknown) => e);
    expect((blocked as AppError).code).toBe('export-failed');
    const csv = await exportWorkspace(example.ws, 'csv', out('blocker'), { locale: 'fr' }).catch((e: unknown) => e);
    expect((csv as AppError).code).toBe('export-failed');
    expect(readdirSync(example.dir.path).filter((f) => f.includes('tmp') || f.startsWith('.'))).toEqual([]);
    expect(existsSync(out('blocker/od.xlsx'))).toBe(false);
  });
});

describe('the JSON layout', () => {
  it('is the same JSON as JSON.stringify, one record per line', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(recordsPerLine(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 1000 },
    );
    const text = recordsPerLine({ format: 'x', actors: [{ id: 'a', name: 'A', tags: [1, 2] }, { id: 'b', name: 'B' }], empty: [] });
    expect(text).toBe('{\n  "format": "x",\n  "actors": [\n    {"id":"a","name":"A","tags":[1,2]},\n    {"id":"b","name":"B"}\n  ],\n  "empty": []\n}');
  });
});
