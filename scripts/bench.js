// `npm run bench -- [--out FILE] [--n 2000] [--warmup 100] [--filter TEXT] [--timeout SECONDS]`
// Runs the benchmarks (test/bench/run.ts), prints a table and writes bench/results.json (or FILE).
// Benchmarks are reported, not asserted: a missed target is printed but exits 0; only a bench that
// crashes (or overruns --timeout) exits non-zero. Servers, browser and temp files are cleaned up
// whatever happens. Set CHROMIUM_PATH to use another Chromium than /usr/bin/chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { register } from 'tsx/esm/api';
import { ensureRendererBuilt } from './renderer-build.js';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    out: { type: 'string', default: join(root, 'bench', 'results.json') },
    n: { type: 'string', default: '2000' },
    warmup: { type: 'string', default: '100' },
    filter: { type: 'string' },
    timeout: { type: 'string', default: '600' },
  },
});
const count = (name) => {
  const v = Number(values[name]);
  if (!Number.isInteger(v) || v < 0 || (name !== 'warmup' && v === 0)) {
    console.error(`bench: --${name} must be a ${name === 'warmup' ? 'non-negative' : 'positive'} integer, got ${values[name]}`);
    process.exit(2);
  }
  return v;
};
const n = count('n');
const warmup = count('warmup');
const timeoutSeconds = count('timeout');

// Build the renderer now if it is stale, rather than inside the server start's 60 s timeout.
ensureRendererBuilt();
register();
const { runBenches } = await import('../test/bench/run.ts');
const { formatReport } = await import('../test/bench/report.ts');
const { cleanupAll } = await import('../test/bench/cleanup.ts');

let finishing = false;
async function abort(reason, code) {
  if (finishing) return;
  finishing = true;
  console.error(`bench: ${reason}`);
  await cleanupAll();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void abort(`stopped by ${signal}`, 130));
const watchdog = setTimeout(() => void abort(`still running after ${timeoutSeconds} s, giving up`, 1), timeoutSeconds * 1000);
watchdog.unref();

try {
  const report = await runBenches({
    n,
    warmup,
    filter: values.filter,
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    log: (line) => console.error(line),
  });
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${formatReport(report)}\n\nresults written to ${out}`);
} catch (e) {
  if (!finishing) console.error('bench crashed:', e); // after Ctrl-C, the closed browser is expected
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
  await cleanupAll();
}
