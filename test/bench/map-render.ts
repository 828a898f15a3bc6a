import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import react from '@vitejs/plugin-react';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { buildGraph } from '../../shared/map/graph';
import { forceLayout, forceIterations } from '../../shared/map/layouts';
import { tempWorkspace } from '../harness/web-server';
import { onCleanup } from './cleanup';
import { seedGeneratedWorkspace } from './generated-map';
import { serveWorkspace } from './server';

/**
 * The stakeholder map in Chromium (issue 4), beside a bare React Flow page showing the same graph in
 * the same run: opening time, frame times while panning and zooming (whole map in view and 100 %),
 * the JS heap, and main-thread blocking while ForceAtlas2 runs.
 */
export interface MapSamples {
  open: number[];
  baselineOpen: number[];
  panFit: number[];
  baselinePanFit: number[];
  pan100: number[];
  baselinePan100: number[];
  zoomFit: number[];
  baselineZoomFit: number[];
  heapMb: number[];
  baselineHeapMb: number[];
  layoutLongestTask: number[];
  layoutMs: number[];
  nodeLayoutMs: number[];
  domNodes: { fit: number; at100: number };
}

const VIEWPORT = { width: 1366, height: 768 };
const OPEN_RUNS = 3;
const FRAMES = 120;
const READY_TIMEOUT = 120_000;

/** Frame driver, run in the page: one input event per animation frame, the frame intervals back. */
export const FRAME_DRIVER = `async ({ selector, kind, frames }) => {
  const el = document.querySelector(selector);
  if (!el) throw new Error('no ' + selector);
  const r = el.getBoundingClientRect();
  let x = r.left + r.width / 2, y = r.top + r.height / 2;
  const mouse = (type) => new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 });
  const times = [];
  if (kind === 'pan') el.dispatchEvent(mouse('mousedown'));
  await new Promise((done) => {
    let i = 0;
    const tick = (t) => {
      times.push(t);
      if (i === frames) return done();
      const back = Math.floor(i / 30) % 2 === 0 ? 1 : -1;
      if (kind === 'pan') {
        x += 9 * back; y += 5 * back;
        window.dispatchEvent(mouse('mousemove'));
      } else {
        el.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, deltaY: -30 * back, deltaMode: 0 }));
      }
      i++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  if (kind === 'pan') window.dispatchEvent(mouse('mouseup'));
  return times.slice(2).map((t, i) => t - times[i + 1]);
}`;

const LONGTASKS = `
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

async function drive(page: Page, selector: string, kind: 'pan' | 'zoom'): Promise<number[]> {
  await page.waitForTimeout(300);
  return page.evaluate(`(${FRAME_DRIVER})(${JSON.stringify({ selector, kind, frames: FRAMES })})`) as Promise<number[]>;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** Builds the bare React Flow page (test/bench/pages) into a temp folder. */
async function buildBaseline(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'tesr-bench-flow-'));
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'pages'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2023', rollupOptions: { input: join(import.meta.dirname, 'pages', 'bare-flow.html') } },
  });
  return outDir;
}

const BASE = 'http://bench.invalid/';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function baselinePage(context: BrowserContext, dir: string, graph: string): Promise<Page> {
  const page = await context.newPage();
  await page.route(`${BASE}**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice(1) || 'bare-flow.html';
    route.fulfill({ body: readFileSync(join(dir, path)), contentType: TYPES[extname(path)] ?? 'application/octet-stream' }).catch(() => undefined);
  });
  await page.addInitScript(`window.__BENCH_GRAPH__ = ${graph};`);
  return page;
}

async function readyAt(page: Page, selector: string): Promise<number> {
  await page.waitForSelector(selector, { timeout: READY_TIMEOUT, state: 'attached' });
  return page.evaluate('performance.now()') as Promise<number>;
}

export async function measureMap(browser: Browser, size: { actors: number; relations: number }): Promise<MapSamples> {
  const workspace = tempWorkspace();
  const removeDir = onCleanup(() => rmSync(dirname(workspace), { recursive: true, force: true }));
  const flowDir = await buildBaseline();
  const removeFlow = onCleanup(() => rmSync(flowDir, { recursive: true, force: true }));
  try {
    const { operationId, snapshot } = await seedGeneratedWorkspace(workspace, join(dirname(workspace), 'data'), { ...size, hypotheses: 2, placed: true }, 'Bench map');
    const graph = buildGraph(snapshot);
    const benchGraph = JSON.stringify({
      nodes: graph.nodes.map((n) => ({ id: n.id, label: n.label, x: n.x, y: n.y })),
      edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
    });
    const nodeLayoutMs: number[] = [];
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      forceLayout(graph.nodes, graph.edges, forceIterations(graph.nodes.length), 1);
      nodeLayoutMs.push(performance.now() - t0);
    }

    const samples: MapSamples = {
      open: [], baselineOpen: [], panFit: [], baselinePanFit: [], pan100: [], baselinePan100: [], zoomFit: [], baselineZoomFit: [],
      heapMb: [], baselineHeapMb: [], layoutLongestTask: [], layoutMs: [], nodeLayoutMs, domNodes: { fit: 0, at100: 0 },
    };

    // The bare React Flow page: opened OPEN_RUNS times, measured on the last.
    const context = await browser.newContext({ viewport: VIEWPORT });
    const closeContext = onCleanup(() => context.close());
    try {
      for (let i = 0; i < OPEN_RUNS; i++) {
        const page = await baselinePage(context, flowDir, benchGraph);
        await page.goto(`${BASE}bare-flow.html`);
        samples.baselineOpen.push(await readyAt(page, 'body[data-ready]'));
        if (i === OPEN_RUNS - 1) {
          samples.baselinePanFit.push(...(await drive(page, '.react-flow__pane', 'pan')));
          samples.baselineZoomFit.push(...(await drive(page, '.react-flow__pane', 'zoom')));
          samples.baselineHeapMb.push(await heapMb(page));
        }
        await page.close();
      }
      const page = await baselinePage(context, flowDir, benchGraph);
      await page.goto(`${BASE}bare-flow.html?zoom=1`);
      await readyAt(page, 'body[data-ready]');
      samples.baselinePan100.push(...(await drive(page, '.react-flow__pane', 'pan')));
      await page.close();
    } finally {
      await closeContext();
    }

    // The app, in browser mode on the generated workspace.
    const { server, stop } = await serveWorkspace(workspace);
    const appContext = await browser.newContext({ viewport: VIEWPORT });
    const closeApp = onCleanup(() => appContext.close());
    try {
      const first = await appContext.newPage();
      await first.goto(server.url); // the token becomes a cookie
      await first.close();
      const mapUrl = `${server.origin}/#/operations/${operationId}/map`;
      const pane = '.map-canvas .react-flow__pane';
      const ready = 'canvas.map-graph-canvas[data-ready="true"]';
      for (let i = 0; i < OPEN_RUNS; i++) {
        const page = await appContext.newPage();
        await page.addInitScript(LONGTASKS);
        await page.goto(mapUrl);
        samples.open.push(await readyAt(page, ready));
        if (i < OPEN_RUNS - 1) {
          await page.close();
          continue;
        }
        samples.domNodes.fit = await page.locator('.map-canvas .react-flow__node').count();
        samples.panFit.push(...(await drive(page, pane, 'pan')));
        samples.zoomFit.push(...(await drive(page, pane, 'zoom')));
        samples.heapMb.push(await heapMb(page));
        await page.getByRole('button', { name: /100 %/ }).click();
        await page.waitForTimeout(500);
        samples.domNodes.at100 = await page.locator('.map-canvas .react-flow__node').count();
        samples.pan100.push(...(await drive(page, pane, 'pan')));

        // ForceAtlas2 in its worker: main-thread long tasks from the choice until the preview is shown.
        for (let run = 0; run < 2; run++) {
          await page.getByLabel('Disposition').selectOption('manual');
          await page.waitForTimeout(500);
          const t0 = (await page.evaluate('performance.now()')) as number;
          await page.getByLabel('Disposition').selectOption('force');
          await page.getByRole('button', { name: 'Garder cette disposition' }).waitFor({ timeout: READY_TIMEOUT });
          await page.waitForSelector(ready, { state: 'attached' });
          const t1 = (await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(performance.now())))')) as number;
          await page.waitForTimeout(300);
          const tasks = (await page.evaluate('window.__benchLongTasks')) as { start: number; duration: number }[];
          samples.layoutMs.push(t1 - t0);
          samples.layoutLongestTask.push(tasks.filter((e) => e.start + e.duration >= t0 && e.start <= t1).reduce((m, e) => Math.max(m, e.duration), 0));
        }
        await page.close();
      }
    } finally {
      await closeApp();
      await stop();
    }
    return samples;
  } finally {
    await removeFlow();
    await removeDir();
  }
}
