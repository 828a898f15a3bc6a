import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { onCleanup } from './cleanup';
import { measureCoreEdits } from './edit-core';
import { measureWsEdits } from './edit-ws';
import { ANALYSIS_ACTORS, ANALYSIS_HYPOTHESES, ANALYSIS_RELATIONS, measureAnalysis } from './analysis-ws';
import { measureMap } from './map-render';
import { measureImportExport, measureLargeImport } from './import-export';
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
  /** How many runs it makes, for the progress line (default: the edit benches' warm-up + n). */
  runs?: string;
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
  const what = `${ANALYSIS_ACTORS} stakeholders in 4 collèges, ${ANALYSIS_RELATIONS} relations (80 % within groups of 25, every kind and status), ${ANALYSIS_HYPOTHESES} hypotheses with positions, no MID`;
  return [
    resultRow(`${ANALYSIS_NAME}: time to results`, s.toResults, {
      targetP99: ANALYSIS_TARGET_MS,
      baseline: { name: 'analyzeWalk in Node, same snapshot', samples: s.node },
      note: `Chromium, app open (browser mode, 1366x768): navigation to #/operations/<id>/analysis until the result panel is in the DOM plus one frame (walk reload, worker run, structured clone both ways, React render of the panel's first part); ${ANALYSIS_RUNS} runs after one warm-up, p99 = max. ${what}. The worker computes every result but the actor × actor CAA/DAA, of which it sends the 40 × 40 blocks shown (the whole matrix is built on a download); the baseline computes them all. A newer snapshot stops the analysis of the older one.`,
    }),
    resultRow(`${ANALYSIS_NAME}: time to the complete panel`, s.toComplete, {
      note: `As above, until the panel is no longer aria-busy (it renders part by part, then its tables some 400 cells per frame) plus one frame. The complete MACTOR panel has ${s.dom.cells} table cells and ${s.dom.inputs} inputs.`,
    }),
    resultRow(`${ANALYSIS_NAME}: longest main-thread task`, s.longestTask, {
      targetP99: LONG_TASK_MS,
      note: `Longest main-thread task (PerformanceObserver longtask, > 50 ms; 0 = none) from the navigation to the complete panel, each run; long tasks per run: ${s.longTasks.join(', ')}. The window includes the walk snapshot the app reloads on every navigation (walk.load, some 4.7 MB of JSON over the WebSocket, received and parsed in one task), which is not the analysis's.`,
    }),
  ];
}

/** Issue 4: the map's targets, by size. */
const MAP_SIZES = [
  { actors: 200, relations: 600, frameP95: 17 },
  { actors: 2000, relations: 6000, frameP95: 33 },
] as const;
const MAP_OPEN_MS = 1500;
const MAP_HEAP_MB = 120;

async function mapRows(browser: import('playwright-core').Browser, size: (typeof MAP_SIZES)[number]): Promise<BenchResult[]> {
  const s = await measureMap(browser, size);
  const name = `map ${size.actors.toLocaleString('en')} / ${size.relations.toLocaleString('en')}`;
  const bare = 'bare React Flow page, same graph, same run';
  const large = size.actors >= 2000;
  return [
    resultRow(`${name}: open until interactive`, s.open, {
      ...(large ? { targetP99: MAP_OPEN_MS } : {}),
      baseline: { name: `${bare} (until every node is shown)`, samples: s.baselineOpen },
      note: 'Chromium 1366x768, browser mode: page load of #/operations/<id>/map (app boot, WebSocket, walk.load, graph, first drawn frame) until the map marks itself ready, plus a frame; 3 loads, p99 = max.',
    }),
    resultRow(`${name}: pan frame time, whole map in view`, s.panFit, {
      targetP95: size.frameP95,
      baseline: { name: bare, samples: s.baselinePanFit },
      note: `Intervals between animation frames while a mouse drag moves the view a few pixels each frame (one event per frame, ${s.panFit.length} frames). DOM nodes on screen: ${s.domNodes.fit}.`,
    }),
    resultRow(`${name}: pan frame time, 100 % zoom`, s.pan100, {
      targetP95: size.frameP95,
      baseline: { name: bare, samples: s.baselinePan100 },
      note: `As above after the map's "100 %" button (the bare page opens at 100 % on the graph's centre). DOM nodes on screen: ${s.domNodes.at100}.`,
    }),
    resultRow(`${name}: zoom frame time, whole map in view`, s.zoomFit, {
      targetP95: size.frameP95,
      baseline: { name: bare, samples: s.baselineZoomFit },
      note: 'Wheel zoom in then out, one wheel event per frame, from the fitted view.',
    }),
    resultRow(`${name}: JS heap after open and pan (MB)`, s.heapMb, {
      ...(large ? { targetP99: MAP_HEAP_MB } : {}),
      baseline: { name: bare, samples: s.baselineHeapMb },
      note: 'Runtime.getHeapUsage after a forced GC (megabytes, not ms).',
    }),
    resultRow(`${name}: longest main-thread task while ForceAtlas2 runs`, s.layoutLongestTask, {
      targetP99: LONG_TASK_MS,
      baseline: { name: 'ForceAtlas2 in Node, same graph and iterations (whole run)', samples: s.nodeLayoutMs },
      note: `From choosing "Force" until the preview is drawn (${s.layoutMs.map((x) => Math.round(x)).join(', ')} ms); longtask entries, 0 = none. The ratio compares unlike things and is only there as scale.`,
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
  ...MAP_SIZES.map(
    (size): Bench => ({
      name: `map ${size.actors} / ${size.relations}`,
      needsBrowser: true,
      runs: '3 opens, 120 frames per pan or zoom, 2 layouts',
      run: async ({ browser }) => mapRows(browser!, size),
    }),
  ),
  { name: 'import and export 10,000 actors + 30,000 relations', needsBrowser: false, runs: '1 warm-up + 5', run: ({ options }) => measureImportExport(5, options.log) },
  { name: 'import of a 500 MB CSV: peak memory', needsBrowser: false, runs: '1', run: ({ options }) => measureLargeImport(options.log) },
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
      options.log(`running: ${bench.name}${bench.runs ? ` (${bench.runs})` : bench.name === ANALYSIS_NAME ? ` (1 warm-up + ${ANALYSIS_RUNS})` : ` (${options.warmup} warm-up + ${options.n})`}…`);
      const started = performance.now();
      report.results.push(...[await bench.run({ browser, options })].flat());
      options.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await closeBrowser();
  }
  return report;
}
