// `npm test`: every check the project has, in one command, ending with one line
// "N passed, N failed". Stages run even after a failure, so one run shows everything.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const tally = { passed: 0, failed: 0 };
const summary = [];

function run(name, args, countFrom) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let counts = countFrom?.();
  if (!counts) counts = r.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  // A runner that crashed before reporting must still count as a failure.
  if (r.status !== 0 && counts.failed === 0) counts.failed = 1;
  tally.passed += counts.passed;
  tally.failed += counts.failed;
  summary.push(`${r.status === 0 ? 'ok  ' : 'FAIL'} ${name.padEnd(34)} ${String(counts.passed).padStart(4)} passed ${String(counts.failed).padStart(3)} failed  ${seconds}s`);
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

function vitestCounts() {
  const j = readJson(join(results, 'unit.json'));
  return j && { passed: j.numPassedTests, failed: j.numFailedTests + (j.numFailedTestSuites ?? 0) };
}

function playwrightCounts() {
  const j = readJson(join(results, 'e2e.json'));
  return j && { passed: j.stats.expected + j.stats.flaky, failed: j.stats.unexpected };
}

run('typecheck (tsc -b)', [bin('typescript', 'bin/tsc'), '-b']);
run('lint (eslint)', [bin('eslint', 'bin/eslint.js'), '.']);
run('unit and component tests (vitest)', [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile=${join(results, 'unit.json')}`], vitestCounts);
run('build renderer (vite)', [bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn']);
run('end to end (playwright, chromium)', [bin('@playwright/test', 'cli.js'), 'test'], playwrightCounts);
run('electron security (electronegativity)', [join(root, 'scripts', 'electronegativity.js')]);

console.log(`\n${summary.join('\n')}\n`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
