import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { issueMessage } from '../../../shared/files/issues';
import { tempBackend } from '../../../test/harness/temp-workspace';
import { countRows } from '../workspace/counts';
import { bytesSource } from './byte-source';
import { importFile } from './import-file';
import { ImportInvalidError } from './import-report';

let backend: ReturnType<typeof tempBackend>;
beforeEach(() => (backend = tempBackend()));
afterEach(() => backend.close());

const A = '01900000-0000-7000-8000-00000000000a';
const B = '01900000-0000-7000-8000-00000000000b';
const OP = '01900000-0000-7000-8000-0000000000f1';
const P = '01900000-0000-7000-8000-0000000000c1';
const file = (patch: Record<string, unknown> = {}) => ({
  format: 'tesr-studio',
  version: 1,
  actors: [
    { id: A, name: 'CD2E' },
    { id: B, name: 'Mairie' },
  ],
  operations: [
    {
      operation: { id: OP, title: 'OD' },
      participations: [{ id: P, actorId: A, position: 0 }],
      relations: [],
    },
  ],
  ...patch,
});
const importText = (text: string) => importFile(backend.ws, bytesSource(new TextEncoder().encode(text), 'export.json'), { locale: 'fr' });
const refusal = async (text: string) => {
  const before = JSON.stringify(countRows(backend.ws.db));
  const e = await importText(text).then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  expect(JSON.stringify(countRows(backend.ws.db))).toBe(before);
  return e as AppError;
};

describe('JSON import checks', () => {
  it('imports a minimal hand-written file, defaults filled in', async () => {
    const report = await importText(JSON.stringify(file()));
    expect(report.created).toMatchObject({ actors: 2, operations: 1, participations: 1 });
  });

  it('refuses other JSON, newer versions and broken syntax (with the line)', async () => {
    expect(await refusal('{"name": "package"}')).toMatchObject({ code: 'import-unsupported' });
    const newer = await refusal(JSON.stringify(file({ version: 2 })));
    expect(newer.code).toBe('import-unsupported');
    expect(newer.params.detailFr).toContain('version 2');
    const broken = await refusal('{\n  "format": "tesr-studio",\n  "version": 1,\n  "actors": [1 2]\n}');
    expect(broken).toMatchObject({ code: 'import-malformed', params: { format: 'JSON', line: 4 } });
    expect(await refusal('')).toMatchObject({ code: 'import-empty' });
  });

  it('refuses values out of the schema, with their path', async () => {
    const e = (await refusal(JSON.stringify(file({ actors: [{ id: A, name: '   ' }, { id: B, name: 'B', contactPrivate: 'yes' }] })))) as ImportInvalidError;
    expect(e.report.errors.map((i) => i.path)).toEqual(['actors[0].name', 'actors[1].contactPrivate']);
    expect(issueMessage(e.report.errors[0]!, 'fr')).toMatch(/^actors\[0\]\.name : valeur refusée/);
  });

  it('refuses ids that point nowhere and relations outside the operation', async () => {
    const bad = file();
    const ops = bad.operations as { participations: unknown[]; relations: unknown[] }[];
    ops[0]!.participations.push({ id: '01900000-0000-7000-8000-0000000000c2', actorId: '01900000-0000-7000-8000-000000000999', position: 1 });
    ops[0]!.relations.push({ id: '01900000-0000-7000-8000-0000000000d1', sourceActorId: A, targetActorId: B });
    const e = (await refusal(JSON.stringify(bad))) as ImportInvalidError;
    expect(e.report.errors.map((i) => [i.code, i.path])).toEqual([
      ['unknown-reference', 'operations[0].participations[1].actorId'],
      ['invalid', 'operations[0].relations[0].targetActorId'],
    ]);
  });
});
