import Database from 'better-sqlite3';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import Papa from 'papaparse';
import { UPLOAD_CHUNK_BYTES } from '../../shared/files/api-schemas';
import { relationCsv, sizedStakeholderCsv, stakeholderCsv } from '../harness/generated-csv';
import { startServer, tempWorkspace, type RunningServer } from '../harness/web-server';
import { ApiSocket } from './api-socket';
import { onCleanup } from './cleanup';
import { resultRow, type BenchResult } from './stats';

export const IMPORT_ACTORS = 10_000;
export const IMPORT_RELATIONS = 30_000;
/** Issue 5: 10,000 actors + 30,000 relations from CSV in 1.5 s end to end, exported in 1 s. */
export const IMPORT_TARGET_MS = 1500;
export const EXPORT_TARGET_MS = 1000;
const LARGE_CSV_BYTES = 500 * 1024 * 1024;

async function serve(workspace = tempWorkspace()) {
  const server = await startServer(workspace);
  const stop = onCleanup(async () => {
    await server.stop();
    rmSync(workspace.replace(/\/[^/]+$/, ''), { recursive: true, force: true });
  });
  return { server, stop };
}

/** As the import dialog sends a file: start, then pieces in order. */
async function upload(api: ApiSocket, name: string, bytes: Buffer): Promise<string> {
  const { uploadId } = await api.call<{ uploadId: string }>('files.uploadStart', { name, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
    await api.call('files.uploadChunk', { uploadId, offset, dataBase64: bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES).toString('base64') });
  }
  return uploadId;
}

/** The dialog's whole path for one file: upload, preview (the guessed mapping), import, until the change event. */
async function importThroughApi(api: ApiSocket, operationId: string, name: string, kind: 'actors' | 'relations', bytes: Buffer) {
  const t0 = performance.now();
  const uploadId = await upload(api, name, bytes);
  const t1 = performance.now();
  const preview = await api.call<{ errorCount: number; mapping: object }>('files.preview', { operationId, kind, uploadId, jobId: `bench-${name}-preview` });
  if (preview.errorCount) throw new Error(`${name}: ${preview.errorCount} row errors in the bench's own file`);
  const t2 = performance.now();
  const changed = api.event((e) => e.type === 'change' && e.method === 'files.import');
  await api.call('files.import', { operationId, kind, uploadId, mapping: preview.mapping, jobId: `bench-${name}-import` });
  await changed;
  return { upload: t1 - t0, preview: t2 - t1, import: performance.now() - t2 };
}

type Phases = Awaited<ReturnType<typeof importThroughApi>>;
const phasesText = (p: Phases[]) =>
  (['upload', 'preview', 'import'] as const).map((k) => `${k} ${Math.round(median(p.map((x) => x[k])))}`).join(', ');

/** Baselines on the same rows in this process: papaparse alone, and plain INSERTs in one transaction. */
function baselines(actors: Buffer, relations: Buffer) {
  const t0 = performance.now();
  const a = Papa.parse<string[]>(actors.toString('utf8'), { delimiter: ';', skipEmptyLines: true }).data;
  const r = Papa.parse<string[]>(relations.toString('utf8'), { delimiter: ';', skipEmptyLines: true }).data;
  const parse = performance.now() - t0;
  const db = new Database(':memory:');
  db.exec('CREATE TABLE actors (id INTEGER PRIMARY KEY, name TEXT, acronym TEXT, college TEXT, role TEXT, influence INT, interest INT, stance INT, engagement TEXT);');
  db.exec('CREATE TABLE relations (id INTEGER PRIMARY KEY, source TEXT, target TEXT, kind TEXT, strength INT, status TEXT);');
  const insertActor = db.prepare('INSERT INTO actors (name, acronym, college, role, influence, interest, stance, engagement) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertRelation = db.prepare('INSERT INTO relations (source, target, kind, strength, status) VALUES (?, ?, ?, ?, ?)');
  const t1 = performance.now();
  db.transaction(() => {
    for (const row of a.slice(1)) insertActor.run(...row);
    for (const row of r.slice(1)) insertRelation.run(...row);
  })();
  const insert = performance.now() - t1;
  db.close();
  return { parse, insert };
}

/**
 * End to end through browser mode as the import dialog drives it (a fresh server and workspace per
 * run): 10,000 stakeholders then 30,000 relations, each uploaded, previewed and imported until
 * the change event; then exports of that operation as CSV, JSON and XLSX (request to reply).
 */
export async function measureImportExport(runs: number, log: (line: string) => void): Promise<BenchResult[]> {
  const actors = Buffer.from(stakeholderCsv(IMPORT_ACTORS));
  const relations = Buffer.from(relationCsv(IMPORT_ACTORS, IMPORT_RELATIONS));
  const samples = { import: [] as number[], actors: [] as number[], parse: [] as number[], insert: [] as number[], plain: [] as number[] };
  const phases = { actors: [] as Phases[], relations: [] as Phases[] };
  const exports = { csv: [] as number[], json: [] as number[], xlsx: [] as number[] };
  for (let run = 0; run <= runs; run++) {
    const { server, stop } = await serve();
    const api = await ApiSocket.open(server);
    try {
      const { id } = await api.call<{ id: string }>('operations.create', { title: 'Banc d’essai' });
      const t0 = performance.now();
      const actorPhases = await importThroughApi(api, id, 'acteurs.csv', 'actors', actors);
      const t1 = performance.now();
      const relationPhases = await importThroughApi(api, id, 'relations.csv', 'relations', relations);
      const t2 = performance.now();
      const base = baselines(actors, relations);
      const times: Record<keyof typeof exports, number> = { csv: 0, json: 0, xlsx: 0 };
      for (const format of ['csv', 'json', 'xlsx'] as const) {
        const s = performance.now();
        await api.call('files.export', { operationId: id, format, includePrivate: false });
        times[format] = performance.now() - s;
      }
      const plain = plainRead(server);
      if (run === 0) continue; // warm-up: the server's first import compiles everything
      samples.import.push(t2 - t0);
      phases.actors.push(actorPhases);
      phases.relations.push(relationPhases);
      samples.actors.push(t1 - t0);
      samples.parse.push(base.parse);
      samples.insert.push(base.insert);
      samples.plain.push(plain);
      for (const f of ['csv', 'json', 'xlsx'] as const) exports[f].push(times[f]);
      log(`  run ${run}: import ${(t2 - t0).toFixed(0)} ms (actors ${(t1 - t0).toFixed(0)}), export csv ${times.csv.toFixed(0)} / json ${times.json.toFixed(0)} / xlsx ${times.xlsx.toFixed(0)} ms`);
    } finally {
      api.close();
      await stop();
    }
  }
  const what = `${IMPORT_ACTORS.toLocaleString('en')} actors + ${IMPORT_RELATIONS.toLocaleString('en')} relations`;
  const baseline = samples.parse.map((p, i) => p + samples.insert[i]!);
  return [
    resultRow(`import ${what} from CSV, end to end`, samples.import, {
      targetP99: IMPORT_TARGET_MS,
      baseline: { name: 'papaparse of both files + plain INSERTs of their rows in one transaction (bench process)', samples: baseline },
      note: `Browser mode (own process), a WebSocket client doing what the import dialog does: files.uploadStart + ${UPLOAD_CHUNK_BYTES / 1024 / 1024} MB pieces as base64, files.preview (parse, dry-run checks, duplicates), files.import (checks, one transaction) until the change event; stakeholders (${(actors.length / 1024).toFixed(0)} KB) then relations (${(relations.length / 1024).toFixed(0)} KB). Stakeholders alone: p50 ${Math.round(median(samples.actors))} ms (${phasesText(phases.actors)}); relations: ${phasesText(phases.relations)} ms. Baseline parts: papaparse p50 ${median(samples.parse).toFixed(0)} ms, INSERTs p50 ${median(samples.insert).toFixed(0)} ms. ${runs} runs after one warm-up, a fresh server and workspace each.`,
    }),
    resultRow(`import ${what}: the files.import calls alone`, phases.actors.map((a, i) => a.import + phases.relations[i]!.import), {
      baseline: { name: 'papaparse of both files + plain INSERTs of their rows in one transaction (bench process)', samples: baseline },
      note: 'The same runs, only from clicking Importer to the change event, for stakeholders then relations (the file is already uploaded and its parse and row checks kept from the preview): the checks against the workspace and the one journaled transaction. No target of its own: the target is the end-to-end row above.',
    }),
    ...(['csv', 'json', 'xlsx'] as const).map((format) =>
      resultRow(`export ${what} as ${format.toUpperCase()}`, exports[format], {
        targetP99: EXPORT_TARGET_MS,
        baseline: { name: 'SELECT * of actors, participations and relations from the same file (bench process)', samples: samples.plain },
        note: `files.export of the operation over the WebSocket, request to reply (files as base64 in the reply)${format === 'csv' ? ', one file per table' : ''}.`,
      }),
    ),
  ];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The export's baseline: reading the same rows straight from the workspace file. */
function plainRead(server: RunningServer): number {
  const db = new Database(server.workspace, { readonly: true });
  const t = performance.now();
  for (const table of ['actors', 'participations', 'relations']) db.prepare(`SELECT * FROM ${table}`).all();
  const elapsed = performance.now() - t;
  db.close();
  return elapsed;
}

/** Peak resident memory of a process (Linux: VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/**
 * A generated 500 MB stakeholder CSV through the same path (upload in pieces, preview): the outcome
 * (imported, or which clear error) and the server's peak RSS, against its peak after a small import.
 */
export async function measureLargeImport(log: (line: string) => void): Promise<BenchResult[]> {
  const { server, stop } = await serve();
  const file = `${server.workspace}.big.csv`;
  const removeFile = onCleanup(() => rmSync(file, { force: true }));
  const api = await ApiSocket.open(server);
  try {
    const { id } = await api.call<{ id: string }>('operations.create', { title: 'Gros fichier' });
    await importThroughApi(api, id, 'petit.csv', 'actors', Buffer.from(stakeholderCsv(100)));
    const idle = peakRssMb(server.process.pid!);
    log('  writing a 500 MB CSV…');
    const out = createWriteStream(file);
    const block = sizedStakeholderCsv(8 * 1024 * 1024);
    const body = block.subarray(block.indexOf(10) + 1); // the header once
    out.write(block);
    for (let size = block.length; size < LARGE_CSV_BYTES; size += body.length) if (!out.write(body)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    const bytes = readFileSync(file); // the bench holds it, the server must not
    const t0 = performance.now();
    let outcome = 'imported';
    try {
      const uploadId = await upload(api, 'enorme.csv', bytes);
      log(`  uploaded in ${((performance.now() - t0) / 1000).toFixed(1)} s, peak RSS so far ${peakRssMb(server.process.pid!).toFixed(0)} MB`);
      const preview = await api.call<{ rowCount: number; mapping: object }>('files.preview', { operationId: id, kind: 'actors', uploadId, jobId: 'bench-large' });
      outcome = `previewed ${preview.rowCount} rows`;
    } catch (e) {
      outcome = `refused: ${(e as { code?: string }).code} (${(e as Error).message})`;
    }
    const elapsed = performance.now() - t0;
    const peak = peakRssMb(server.process.pid!);
    log(`  ${outcome}; peak RSS ${peak.toFixed(0)} MB (after a 100-row import: ${idle.toFixed(0)} MB), ${(elapsed / 1000).toFixed(1)} s`);
    return [
      resultRow('peak RSS of browser mode importing a 500 MB CSV (MB)', [peak], {
        baseline: { name: 'peak RSS of the same server after a 100-row import', samples: [idle] },
        note: `Megabytes, not ms. Generated ${(bytes.length / 1024 / 1024).toFixed(0)} MB stakeholder CSV (long roles), uploaded in pieces then previewed: ${outcome}, after ${(elapsed / 1000).toFixed(1)} s. VmHWM of the server process (its parsing worker included).`,
      }),
    ];
  } finally {
    api.close();
    await stop();
    await removeFile();
  }
}
