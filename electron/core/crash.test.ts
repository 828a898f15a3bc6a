import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/harness/temp-workspace';
import { Workspace } from './workspace/workspace';

const KILLS = 50;
let dir: ReturnType<typeof tempDir>;
let writer: string;

beforeAll(async () => {
  dir = tempDir();
  // Bundled once, so each of the 50 runs starts as fast as plain Node; kept under node_modules so
  // that the bundle's `import 'better-sqlite3'` resolves.
  writer = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', `crash-writer-${process.pid}.mjs`);
  await build({
    entryPoints: [join(import.meta.dirname, '..', '..', 'test', 'harness', 'crash-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'error',
  });
});
afterAll(() => {
  dir?.cleanup();
  rmSync(writer, { force: true });
});

/** Runs the writer until a random moment after its first acknowledged write, then SIGKILLs it. */
function runAndKill(file: string, prefix: string, delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file, prefix, dir.file('prefs.json')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended on its own (${code}): ${err}`));
      resolve(out.split('\n').filter((l) => l.startsWith(prefix)));
    });
  });
}

describe('crash safety', () => {
  it(`keeps the file sound and every acknowledged write through ${KILLS} SIGKILLs`, async () => {
    const file = dir.file('crash.tesr');
    const acknowledged: string[] = [];
    for (let run = 0; run < KILLS; run++) {
      // Delays from 0 to ~40 ms land the kill at every stage of a transaction.
      acknowledged.push(...(await runAndKill(file, `run${run}`, (run * 7) % 41)));

      const ws = Workspace.open(file); // the app's own open: header, quick_check, migrations
      try {
        expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const titles = new Set(ws.db.prepare('SELECT title FROM operations').pluck().all() as string[]);
        const lost = acknowledged.filter((t) => !titles.has(t));
        expect(lost, `run ${run}: acknowledged writes missing`).toEqual([]);
        // The journal is as complete as the data: every operation has its creation journaled.
        const unjournaled = ws.db
          .prepare(`SELECT count(*) FROM operations o WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.entity = 'operations' AND j.entity_id = o.id AND j.before IS NULL)`)
          .pluck()
          .get();
        expect(unjournaled).toBe(0);
      } finally {
        ws.close();
      }
    }
    expect(acknowledged.length).toBeGreaterThan(KILLS);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM operations').pluck().get()).toBeGreaterThanOrEqual(acknowledged.length);
    db.close();
  }, 240_000);
});
