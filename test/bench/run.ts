import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { onCleanup } from './cleanup';
import { measureCoreEdits } from './edit-core';
import { measureWsEdits } from './edit-ws';
import { ANALYSIS_ACTORS, ANALYSIS_HYPOTHESES, ANALYSIS_RELATIONS, measureAnalysis } from './analysis-ws';
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
/** Issue 6: all metrics on a 2,000 / 6,000 map in 1.5 s in the worker, UI responsive meanwhile. */
export const ANALYSIS_TARGET_MS = 1500;
/** A main-thread task over 50 ms is what the browser calls a long task (input waits for it). */
export const LONG_TASK_MS = 50;
/** Analysis runs per bench: each is seconds long, so --n (edits) does not apply. */
const ANALYSIS_RUNS = 5;

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Bench {
  name: string;
  needsBrowser: boolean;
  /** One row, or several when one measurement gives several figures. */
  run(ctx: { browser: import('playwright-core').Browser | null; options: RunOptions }): Promise<BenchResult | BenchResult[]>;
}

const editRow = (name: string, samples: { edits: number[]; reads: number[] }, note: string) =>
  resultRow(name, samples.edits, {
    targetP99: EDIT_TARGET_P99_MS,
    baseline: { name: 'operations.get (no write, same path)', samples: samples.reads },
    note,
  });

const ANALYSIS_NAME = `analysis in the worker, ${ANALYSIS_ACTORS.toLocaleString('en')} actors / ${ANALYSIS_RELATIONS.toLocaleString('en')} relations`;

async function analysisRows(browser: import('playwright-core').Browser): Promise<BenchResult[]> {
  const s = await measureAnalysis(browser, { runs: ANALYSIS_RUNS });
  const what = `${ANALYSIS_ACTORS} stakeholders in 4 collèges, ${ANALYSIS_RELATIONS} relations, ${ANALYSIS_HYPOTHESES} hypotheses with positions, no MID`;
  return [
    resultRow(`${ANALYSIS_NAME}: time to results`, s.toResults, {
      targetP99: ANALYSIS_TARGET_MS,
      baseline: { name: 'analyzeWalk in Node, same snapshot', samples: s.node },
      note: `Chromium, app open (browser mode, 1366x768): navigation to #/operations/<id>/analysis until the result panel is in the DOM plus one frame (worker run, structured clone both ways, React render); ${ANALYSIS_RUNS} runs after one warm-up, p99 = max. ${what}. The screen rendered ${s.dom.cells} table cells and ${s.dom.inputs} inputs.`,
    }),
    resultRow(`${ANALYSIS_NAME}: longest main-thread task`, s.longestTask, {
      targetP99: LONG_TASK_MS,
      note: `Longest main-thread task (PerformanceObserver longtask, > 50 ms; 0 = none) during each run above; long tasks per run: ${s.longTasks.join(', ')}.`,
    }),
  ];
}

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
  {
    name: ANALYSIS_NAME,
    needsBrowser: true,
    run: async ({ browser }) => analysisRows(browser!),
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
      options.log(`running: ${bench.name}${bench.name === ANALYSIS_NAME ? ` (1 warm-up + ${ANALYSIS_RUNS})` : ` (${options.warmup} warm-up + ${options.n})`}…`);
      const started = performance.now();
      report.results.push(...[await bench.run({ browser, options })].flat());
      options.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await closeBrowser();
  }
  return report;
}
