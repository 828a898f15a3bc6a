import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { brokenCsv, brokenGexf, brokenGraphml, brokenJson } from '../../../test/fixtures/files/fuzz-inputs';
import { call, tempBackend } from '../../../test/harness/temp-workspace';
import { journaledTables } from '../db/journaled-tables';
import { LOOS_TITLE } from '../example/loos-example';
import { listOperations } from '../operations/repository';
import { bytesSource } from './byte-source';
import { importFile } from './import-file';
import { DEFAULT_LIMITS } from './limits';
import { exportJson } from './workspace-dump';

/**
 * Real imports (not dry runs) of random and broken files into the example workspace: each one
 * either fails with an AppError and leaves every row and the journal exactly as they were, or
 * succeeds as ONE change that one undo takes back to exactly the rows there were before.
 */
let backend: ReturnType<typeof tempBackend>;
let operationId: string;
beforeAll(() => {
  backend = tempBackend({ example: true });
  operationId = listOperations(backend.ws.db, true).find((o) => o.title === LOOS_TITLE)!.id;
});
afterAll(() => backend.close());

function digest(): string {
  const hash = createHash('sha256');
  for (const t of journaledTables) hash.update(JSON.stringify(backend.ws.db.prepare(`SELECT * FROM "${t}" ORDER BY id`).all()));
  return hash.digest('hex');
}
const changes = () => backend.ws.db.prepare(`SELECT count(*) FROM changes WHERE origin = 'edit'`).pluck().get() as number;

describe('fuzz: imports write all or nothing', () => {
  it('random and broken files of every format, imported for real (subset of runs, real SQLite file)', async () => {
    const names = fc.constantFrom('Mairie de Loos-en-Gohelle', 'CD2E', 'Région Hauts-de-France', 'Nouvel acteur', '<b>Gras</b>', '=1+1', 'cd2e');
    const cleanCsv = fc
      .array(fc.tuple(names, fc.constantFrom('', '1', '5', '4,0', '9'), fc.constantFrom('', 'Experts', 'Collège inventé')), { minLength: 1, maxLength: 6 })
      .map((rows) => `Nom;Influence;Collège\n${rows.map((r) => r.join(';')).join('\n')}\n`);
    const cleanRelations = fc
      .array(fc.tuple(names, names, fc.constantFrom('', 'coopération', 'Mécénat'), fc.constantFrom('1', '3', '')), { minLength: 1, maxLength: 5 })
      .map((rows) => `Source;Cible;Type;Force\n${rows.map((r) => r.join(';')).join('\n')}\n`);
    const valid = JSON.parse(exportJson(backend.ws.db, { includePrivate: true, operationId }));
    const input = fc.oneof(
      fc.tuple(fc.constant('a.csv'), fc.oneof(brokenCsv, cleanCsv, cleanRelations)),
      fc.tuple(fc.constant('g.gexf'), brokenGexf),
      fc.tuple(fc.constant('g.graphml'), brokenGraphml),
      fc.tuple(fc.constant('w.json'), brokenJson(valid)),
      fc.tuple(fc.constant('w.json'), fc.constant(JSON.stringify(valid))),
    );
    const outcomes = { written: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(input, async ([name, content]) => {
        const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
        const before = digest();
        const edits = changes();
        let written = false;
        try {
          written = (await importFile(backend.ws, bytesSource(bytes, name), { locale: 'en', operationId, limits: { ...DEFAULT_LIMITS, rows: 300 } })).written;
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          outcomes.refused++;
          expect(changes()).toBe(edits);
          expect(digest()).toBe(before);
          return;
        }
        expect(changes()).toBe(edits + (written ? 1 : 0));
        if (!written) return;
        outcomes.written++;
        expect(digest()).not.toBe(before);
        await call(backend, 'history.undo');
        expect(digest()).toBe(before);
      }),
      { numRuns: 200 },
    );
    // The property saw both sides: imports that went through and imports that were refused.
    expect(outcomes.written).toBeGreaterThan(10);
    expect(outcomes.refused).toBeGreaterThan(10);
  });
});
