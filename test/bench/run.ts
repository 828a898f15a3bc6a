import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { onCleanup } from './cleanup';
import { measureCoreEdits } from './edit-core';
import { measureWsEdits } from './edit-ws';
import { resultRow, type BenchResult } from './stats';

export interface BenchReport {
  date: string;
  machine: { cpus: number; node: string; platform: string; cpuModel?: string; chromium?: string; loadavg?: number[] };
  results: BenchResult[];
}

export interface RunOptions {
  /** Edits (and baseline reads) measured per row. */
  n: number;
  warmup: number;
  /** Only the rows whose name contains this. */
  filter?: string;
  chromiumPath: string;
  log: (line: string) => void;
}

/** Edit round-trip target: renderer call -> SQLite commit -> change event back, at p99. */
export const EDIT_TARGET_P99_MS = 10;

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Bench {
  name: string;
  needsBrowser: boolean;
  run(ctx: { browser: import('playwright-core').Browser | null; options: RunOptions }): Promise<BenchResult>;
}

const editRow = (name: string, samples: { edits: number[]; reads: number[] }, note: string) =>
  resultRow(name, samples.edits, {
    targetP99: EDIT_TARGET_P99_MS,
    baseline: { name: 'operations.get (no write, same path)', samples: samples.reads },
    note,
  });

/** Every bench, in the order it runs. Add new ones here (the map's pan and zoom will come next). */
const benches: Bench[] = [
  {
    name: 'edit round-trip: core, no transport',
    needsBrowser: false,
    run: async ({ options }) =>
      editRow(
        'edit round-trip: core, no transport',
        await measureCoreEdits(options),
        'Node, in process: backend.dispatch(operations.update) until its reply and the change listener; baseline operations.get.',
      ),
  },
  {
    name: 'edit round-trip: browser -> ws',
    needsBrowser: true,
    run: async ({ browser, options }) =>
      editRow(
        'edit round-trip: browser -> ws',
        await measureWsEdits(browser!, { ...options, withApp: false }),
        'Chromium page (app scripts blocked), own WebSocket to /api: operations.update from send until reply and change event; baseline operations.get. Page timer resolution is 0.1 ms (not cross-origin isolated).',
      ),
  },
  {
    name: 'edit round-trip: browser -> ws, app open',
    needsBrowser: true,
    run: async ({ browser, options }) =>
      editRow(
        'edit round-trip: browser -> ws, app open',
        await measureWsEdits(browser!, { ...options, withApp: true }),
        'As above, with the app running in the same page: each change event also makes it refetch operations.list and history.state.',
      ),
  },
];

export async function runBenches(options: RunOptions): Promise<BenchReport> {
  const selected = benches.filter((b) => !options.filter || b.name.includes(options.filter));
  if (selected.length === 0) throw new Error(`no bench matches "${options.filter}": ${benches.map((b) => b.name).join(', ')}`);
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      node: process.version,
      platform: process.platform,
      cpuModel: cpus()[0]?.model.trim(),
      // 1, 5 and 15 min load when the run started: other work on the machine shows in the tails.
      loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
    },
    results: [],
  };

  let browser: import('playwright-core').Browser | null = null;
  const closeBrowser = onCleanup(() => browser?.close());
  try {
    for (const bench of selected) {
      if (bench.needsBrowser && !browser) {
        browser = await chromium.launch({ executablePath: options.chromiumPath, args: CHROMIUM_ARGS });
        report.machine.chromium = browser.version();
      }
      options.log(`running: ${bench.name} (${options.warmup} warm-up + ${options.n})…`);
      const started = performance.now();
      report.results.push(await bench.run({ browser, options }));
      options.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await closeBrowser();
  }
  return report;
}
