import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempBackend, tempDir } from '../../test/harness/temp-workspace';
import { runCli } from './tesr';

let dir: ReturnType<typeof tempDir>;
afterEach(() => dir?.cleanup());

function healthyFile(): string {
  const b = tempBackend({ example: true });
  const path = b.ws.path;
  b.ws.close(); // keep the folder: it is removed by dir.cleanup below
  dir = b.dir;
  return path;
}

describe('tesr check', () => {
  it('reports a healthy file with its counts, exit 0', () => {
    const file = healthyFile();
    const r = runCli(['check', file], { LANG: 'fr_FR.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Espace de travail sain');
    expect(r.stdout).toMatch(/operations\s+10 lignes/);
  });
  it('speaks English outside a French locale, and JSON on request', () => {
    const file = healthyFile();
    expect(runCli(['check', file], { LANG: 'C' }).stdout).toContain('Healthy workspace');
    const r = runCli(['check', file, '--json'], {});
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout!)).toMatchObject({ ok: true, quickCheck: 'ok', counts: { operations: 10 } });
  });
  it('exits 1 with a clear message on a file that is not a workspace, and leaves it alone', () => {
    dir = tempDir();
    const file = dir.file('acteurs.csv');
    writeFileSync(file, 'Nom;Collège\n');
    const r = runCli(['check', file], { LANG: 'fr_FR.UTF-8' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("n'est pas un espace de travail TESR Studio");
    const j = runCli(['check', file, '--json'], {});
    expect(JSON.parse(j.stdout!)).toMatchObject({ ok: false, error: { code: 'workspace-foreign' } });
  });
  it('exits 1 on a missing file, 2 on a usage error', () => {
    dir = tempDir();
    expect(runCli(['check', dir.file('none.tesr')], {}).code).toBe(1);
    expect(runCli([], {}).code).toBe(2);
    expect(runCli(['frobnicate'], {}).code).toBe(2);
    expect(runCli(['check', '--bogus'], {}).code).toBe(2);
    expect(runCli(['--help'], {}).code).toBe(0);
  });
});

describe('the tesr bin', () => {
  it('runs as `npx tesr` does, through bin/tesr.js', async () => {
    const { execFileSync } = await import('node:child_process');
    const file = healthyFile();
    const out = execFileSync(process.execPath, [new URL('../../bin/tesr.js', import.meta.url).pathname, 'check', file, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ ok: true, counts: { operations: 10 } });
  });
});
