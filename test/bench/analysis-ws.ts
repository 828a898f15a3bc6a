import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { analyzeWalk, type AnalysisOptions } from '../../shared/analysis/analyze';
import { tempWorkspace } from '../harness/web-server';
import { onCleanup } from './cleanup';
import { seedGeneratedWorkspace } from './generated-map';
import { serveWorkspace } from './server';

export const ANALYSIS_ACTORS = 2000;
export const ANALYSIS_RELATIONS = 6000;
export const ANALYSIS_HYPOTHESES = 3;

export interface AnalysisSamples {
  /** Navigation to the analysis screen until its result is in the DOM (and a frame later), per run. */
  toResults: number[];
  /** Navigation until the whole panel is rendered (it renders part by part: aria-busy false), per run. */
  toComplete: number[];
  /** The longest main-thread task (longtask entries, > 50 ms) seen during each run, to the complete panel; 0 when none. */
  longestTask: number[];
  /** Main-thread tasks over 50 ms per run. */
  longTasks: number[];
  /** analyzeWalk on the same snapshot in Node, per run. */
  node: number[];
  /** What the screen rendered, for the note (matrix cells, inputs). */
  dom: { cells: number; inputs: number };
}

/** Records every main-thread task over 50 ms from the page's start (added before any script runs). */
const LONGTASK_SCRIPT = `
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__benchLongTasks = null; }
  // Counts the walk snapshots the app receives (the only messages over 1 MB), to know it reloaded.
  window.__benchSnapshots = 0;
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => { if (typeof e.data === 'string' && e.data.length > 1e6) window.__benchSnapshots++; });
    }
  };
`;

interface RunArgs {
  operationId: string;
  /** The API's WebSocket address, for the change made before each run. */
  apiUrl: string;
  /** A participation whose interest each run sets (to another value than the run before). */
  participationId: string;
  interest: number;
  timeoutMs: number;
  selector: string;
  /** Matches while the panel is still rendering parts (aria-busy). */
  busySelector: string;
}

/**
 * Runs IN the page: leaves for the operation card, changes one stakeholder's interest there (as a
 * user changes something before opening the analysis; the worker reuses the analysis of unchanged
 * content, so without a change every run after the first would time no analysis at all) and waits
 * until the app has reloaded its snapshot, then navigates to the analysis screen and waits
 * until the selector is in the DOM, plus one frame (so the commit's layout and paint count): the
 * time to results. Then waits until the panel is complete (no longer busy), plus one frame. Long
 * tasks are those that ended after the navigation, read after a short settle past completion.
 */
async function analysisRunInPage(args: RunArgs): Promise<{ ms: number; complete: number; longest: number; count: number; cells: number; inputs: number }> {
  // The bench's tsconfig has no DOM types: the few page globals used here, typed by hand.
  interface Doc {
    body: unknown;
    querySelector(s: string): unknown;
    querySelectorAll(s: string): { length: number };
  }
  const w = globalThis as unknown as {
    __benchLongTasks: { start: number; duration: number }[] | null;
    __benchSnapshots: number;
    WebSocket: new (url: string) => { onmessage: ((m: { data: unknown }) => void) | null; onerror: (() => void) | null; send(s: string): void; close(): void };
    location: { hash: string };
    document: Doc;
    requestAnimationFrame(f: () => void): void;
    MutationObserver: new (f: () => void) => { observe(n: unknown, o: object): void; disconnect(): void };
  };
  const { document, location } = w;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  location.hash = `#/operations/${args.operationId}/card`;
  for (let i = 0; i < 100 && document.querySelector(args.selector); i++) await sleep(50);
  await sleep(300);
  const snapshots = w.__benchSnapshots;
  await new Promise<void>((resolve, reject) => {
    const ws = new w.WebSocket(args.apiUrl);
    const timer = setTimeout(() => reject(new Error('the change before the run got no reply')), args.timeoutMs);
    ws.onerror = () => reject(new Error('the change before the run: WebSocket error'));
    ws.onmessage = (m) => {
      const data = JSON.parse(String(m.data)) as { hello?: unknown; id?: number; reply?: { ok: boolean } };
      if (data.hello) ws.send(JSON.stringify({ id: 1, method: 'participations.update', input: { id: args.participationId, patch: { interest: args.interest } } }));
      else if (data.id === 1) {
        clearTimeout(timer);
        ws.close();
        if (data.reply?.ok) resolve();
        else reject(new Error(`the change before the run failed: ${JSON.stringify(data.reply)}`));
      }
    };
  });
  for (let i = 0; i < args.timeoutMs / 50 && w.__benchSnapshots === snapshots; i++) await sleep(50);
  if (w.__benchSnapshots === snapshots) throw new Error('the app did not reload its snapshot after the change');
  await sleep(300);
  const t0 = performance.now();
  location.hash = `#/operations/${args.operationId}/analysis`;
  const after = (done: () => boolean, attributes: boolean) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${attributes ? 'panel not complete' : `no ${args.selector}`} within ${args.timeoutMs} ms`)), args.timeoutMs);
      const check = () => {
        if (!done()) return false;
        clearTimeout(timer);
        observer.disconnect();
        w.requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        return true;
      };
      const observer = new w.MutationObserver(() => void check());
      observer.observe(document.body, { childList: true, subtree: true, attributes });
      check();
    });
  const ms = await after(() => !!document.querySelector(args.selector), false);
  const complete = await after(() => !!document.querySelector(args.selector) && !document.querySelector(args.busySelector), true);
  await sleep(200); // longtask entries are delivered asynchronously
  if (w.__benchLongTasks === null) throw new Error('this Chromium has no longtask entries');
  const tasks = (w.__benchLongTasks ?? []).filter((e) => e.start + e.duration >= t0);
  return {
    ms,
    complete,
    longest: tasks.reduce((m, e) => Math.max(m, e.duration), 0),
    count: tasks.length,
    cells: document.querySelectorAll('.analysis-screen td').length,
    inputs: document.querySelectorAll('.analysis-screen input').length,
  };
}

/**
 * The analysis screen on a 2,000 / 6,000 operation, in the real app in Chromium (browser mode): the
 * workspace is written in Node first, then served; each run navigates to `#/operations/<id>/analysis`
 * and times until the result is rendered, while a longtask observer records main-thread blocking.
 */
export async function measureAnalysis(browser: Browser, { runs, timeoutMs = 60_000 }: { runs: number; timeoutMs?: number }): Promise<AnalysisSamples> {
  const workspace = tempWorkspace();
  const removeDir = onCleanup(() => rmSync(dirname(workspace), { recursive: true, force: true }));
  try {
    // The map bench's generator: stakeholders over the default collèges, positions on every
    // hypothesis, relations mostly within groups of 25. No MID: nobody fills a 2,000² matrix by
    // hand, and MIDI is cubic.
    const { operationId, snapshot } = await seedGeneratedWorkspace(
      workspace,
      join(dirname(workspace), 'data'),
      { actors: ANALYSIS_ACTORS, relations: ANALYSIS_RELATIONS, hypotheses: ANALYSIS_HYPOTHESES, placed: false },
      'Bench analysis',
    );

    const node: number[] = [];
    // As the screen's analysisOptions (renderer/features/analysis/inputs.ts) give for this snapshot: no MID.
    const options: AnalysisOptions = {
      mid: null,
      legitimacy: Object.fromEntries(snapshot.participations.map((p) => [p.actorId, p.legitimacy])),
      urgency: Object.fromEntries(snapshot.participations.map((p) => [p.actorId, p.urgency])),
    };
    if (snapshot.influences.length > 0) throw new Error('the bench snapshot should have no MID');
    analyzeWalk(snapshot, options); // warm-up, as the page's worker is warm after its first run
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      analyzeWalk(snapshot, options);
      node.push(performance.now() - t0);
    }

    const { server, stop } = await serveWorkspace(workspace);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const closeContext = onCleanup(() => context.close());
    try {
      const page = await context.newPage();
      await page.addInitScript(LONGTASK_SCRIPT);
      await page.goto(server.url); // the token becomes a cookie
      await page.goto(`${server.origin}/#/operations/${operationId}/card`);
      await page.waitForSelector('main', { timeout: 30_000 });
      await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
      const participation = snapshot.participations[0]!;
      const args = (run: number): RunArgs => ({
        operationId,
        apiUrl: `ws://127.0.0.1:${server.port}/api`,
        participationId: participation.id,
        // 1..5, never the value the run before set: each run is a change.
        interest: ((participation.interest ?? 1) + run) % 5 + 1,
        timeoutMs,
        selector: '.analysis-screen [role="tabpanel"] > :not([role="status"])',
        busySelector: '.analysis-screen [role="tabpanel"][aria-busy="true"]',
      });
      const samples: AnalysisSamples = { toResults: [], toComplete: [], longestTask: [], longTasks: [], node, dom: { cells: 0, inputs: 0 } };
      // One warm-up run: loads the worker's script and the walk snapshot.
      await page.evaluate(analysisRunInPage, args(0));
      for (let i = 0; i < runs; i++) {
        const r = await page.evaluate(analysisRunInPage, args(i + 1));
        samples.toResults.push(r.ms);
        samples.toComplete.push(r.complete);
        samples.longestTask.push(r.longest);
        samples.longTasks.push(r.count);
        samples.dom = { cells: r.cells, inputs: r.inputs };
      }
      return samples;
    } finally {
      await closeContext();
      await stop();
    }
  } finally {
    await removeDir();
  }
}
