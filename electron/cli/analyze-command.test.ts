import { afterEach, describe, expect, it } from 'vitest';
import type { WalkSnapshot } from '../../shared/domain/walk/snapshot';
import { call, sha256, tempBackend, tempDir } from '../../test/harness/temp-workspace';
import { LOOS_TITLE } from '../core/example/loos-example';
import { listOperations } from '../core/operations/repository';
import { runCli } from './tesr';

let dir: ReturnType<typeof tempDir> | undefined;
afterEach(() => {
  dir?.cleanup();
  dir = undefined;
});

/** The example workspace on disk, closed, with the Loos-en-Gohelle operation's id. */
function example(): { file: string; loos: string } {
  const b = tempBackend({ example: true });
  const loos = listOperations(b.ws.db, true).find((o) => o.title === LOOS_TITLE)!.id;
  const file = b.ws.path;
  b.ws.close(); // keep the folder: dir.cleanup removes it
  dir = b.dir;
  return { file, loos };
}

const FR = { LANG: 'fr_FR.UTF-8' };

describe('tesr analyze', () => {
  it('prints a French report of the Loos-en-Gohelle operation, exit 0, and leaves the file as it was', () => {
    const { file, loos } = example();
    const before = sha256(file);
    const r = runCli(['analyze', file, '--operation', loos], FR);
    expect(r.code).toBe(0);
    const out = r.stdout!;
    expect(out).toContain(`Analyse de l’opération « ${LOOS_TITLE} »`);
    expect(out).toContain('15 acteurs, 7 paires reliées');
    expect(out).toContain('3 relation(s) à créer non comptée(s)');
    expect(out).toMatch(/Acteurs isolés : .*TEAM2/);
    expect(out).toContain('Acteurs influents sans relation : Centrale solaire Lumiwatt (influence 3, relation à créer prévue), TEAM2 (influence 3)');
    expect(out).toContain('Sans matrice des influences directes (MID)');
    expect(out).toMatch(/H1 « Faire de la Base 11-19 .*\+9 \/ 0/);
    expect(out).toContain('Satisfaire : Louvre-Lens');
    expect(out).toContain('Pouvoirs publics et élus / Experts, recherche et formation');
    expect(sha256(file)).toBe(before);
  });

  it('speaks English outside a French locale', () => {
    const { file, loos } = example();
    const out = runCli(['analyze', file, '--operation', loos], { LANG: 'C' }).stdout!;
    expect(out).toContain(`Analysis of the operation “${LOOS_TITLE}”`);
    expect(out).toContain('Keep satisfied: Louvre-Lens');
    expect(out).toContain('Without a matrix of direct influences (MID)');
    expect(out).toContain('Public authorities and elected bodies / Experts, research and education');
  });

  it('gives every result as JSON with --json', () => {
    const { file, loos } = example();
    const r = runCli(['analyze', file, '--operation', loos, '--json'], {});
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout!);
    expect(a).toMatchObject({ ok: true, file, operation: { id: loos, title: LOOS_TITLE }, thresholds: { high: 3, seed: 1 } });
    expect(a.network).toMatchObject({ order: 15, pairs: 7, excluded: { to_create: 3 } });
    expect(a.network.isolated).toHaveLength(6);
    expect(a.network.communities.filter((c: { members: string[] }) => c.members.length > 1)).toHaveLength(3);
    const names = new Map<string, string>(a.labels.actors.map((x: { id: string; name: string }) => [x.id, x.name]));
    expect(a.network.bridges.map((e: { source: string }) => names.get(e.source))).toEqual([
      'Ville de Loos-en-Gohelle',
      'Région Nord-Pas de Calais',
      'Incubateur Quadraparc',
      'Louvre-Lens',
    ]);
    expect(a.mactor.weighted).toBeNull();
    expect(a.mactor.unavailable).toContain('rStar');
    expect(a.mactor.mobilisation2).toEqual([
      { support: 9, opposition: 0, total: 9 },
      { support: 5, opposition: 0, total: 5 },
      { support: 4, opposition: 0, total: 4 },
    ]);
    const sizes = Object.fromEntries(Object.entries(a.stakeholders.quadrants as Record<string, string[]>).map(([q, ids]) => [q, ids.length]));
    expect(sizes).toEqual({ manage_closely: 7, keep_satisfied: 1, keep_informed: 7, monitor: 0, unknown: 0 });
    expect(a.stakeholders.salience.unknown).toHaveLength(15);
    expect(a.missing.influentialWithoutRelation.map((u: { actorId: string; planned: boolean }) => [names.get(u.actorId), u.planned])).toEqual([
      ['Centrale solaire Lumiwatt', true],
      ['TEAM2', false],
    ]);
  });

  it('includes the MID, legitimacy and urgency stored in the workspace', async () => {
    const b = tempBackend({ example: true });
    const loos = listOperations(b.ws.db, true).find((o) => o.title === LOOS_TITLE)!.id;
    const snap = await call<WalkSnapshot>(b, 'walk.load', { operationId: loos });
    const [first, second] = [...snap.participations].sort((x, y) => x.position - y.position);
    await call(b, 'influences.set', { operationId: loos, sourceActorId: first!.actorId, targetActorId: second!.actorId, value: 3 });
    await call(b, 'participations.update', { id: second!.id, patch: { legitimacy: 5, urgency: 4 } });
    const file = b.ws.path;
    b.ws.close();
    dir = b.dir;
    const a = JSON.parse(runCli(['analyze', file, '--operation', loos, '--json'], {}).stdout!);
    expect(a.mactor.unavailable).toEqual([]);
    expect(a.mactor.weighted.mid[0][1]).toBe(3);
    expect(a.mactor.weighted.influence[0]).toBe(3);
    expect(a.stakeholders.inputs).toEqual({ legitimacy: true, urgency: true });
    expect(a.stakeholders.rows.find((r: { actorId: string }) => r.actorId === second!.actorId).attributes).toMatchObject({ legitimacy: true, urgency: true });
  });

  it('exits 1 with a clear message, in both languages, on an unknown operation', () => {
    const { file } = example();
    const fr = runCli(['analyze', file, '--operation', 'nope'], FR);
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain(`Opération inconnue dans ${file} : nope.`);
    expect(fr.stderr).toContain(LOOS_TITLE); // the operations it could have been
    const en = runCli(['analyze', file, '-o', 'nope'], { LANG: 'C' });
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`Unknown operation in ${file}: nope.`);
    const j = runCli(['analyze', file, '--operation', 'nope', '--json'], {});
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout!)).toMatchObject({
      ok: false,
      error: { code: 'not-found', fr: expect.stringContaining('Opération inconnue'), en: expect.stringContaining('Unknown operation') },
    });
  });

  it('exits 1 on a missing file, 2 on a usage error, 0 on --help', () => {
    dir = tempDir();
    const missing = runCli(['analyze', dir.file('none.tesr'), '--operation', 'x'], FR);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("n'existe pas");
    expect(runCli(['analyze', dir.file('none.tesr')], {}).code).toBe(2);
    expect(runCli(['analyze', '--operation', 'x'], {}).code).toBe(2);
    expect(runCli(['analyze', 'a', 'b', '--operation', 'x'], {}).code).toBe(2);
    expect(runCli(['analyze', 'a', '--bogus'], {}).code).toBe(2);
    const help = runCli(['analyze', '--help'], FR);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('tesr analyze FICHIER --operation ID');
    expect(runCli(['--help'], {}).stdout).toContain('analyze FILE --operation ID');
  });

  it('runs through bin/tesr.js as `npx tesr analyze` does', async () => {
    const { execFileSync } = await import('node:child_process');
    const { file, loos } = example();
    const bin = new URL('../../bin/tesr.js', import.meta.url).pathname;
    const out = execFileSync(process.execPath, [bin, 'analyze', file, '--operation', loos, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ ok: true, network: { order: 15 } });
  });
});
