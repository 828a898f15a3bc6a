import { mkdirSync, utimesSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/harness/temp-workspace';
import { sweepStaleUploads } from './uploads';

let dir: ReturnType<typeof tempDir>;
afterEach(() => dir?.cleanup());

describe('uploads left by a crashed backend', () => {
  it('are removed after a day; recent ones (another running backend) and other folders stay', () => {
    dir = tempDir();
    const now = Date.now();
    const folder = (name: string, ageHours: number) => {
      const path = join(dir.path, name);
      mkdirSync(path);
      writeFileSync(join(path, 'piece'), 'x');
      const t = (now - ageHours * 3600_000) / 1000;
      utimesSync(path, t, t);
      return path;
    };
    const stale = folder('tesr-uploads-old', 30);
    const live = folder('tesr-uploads-new', 1);
    const other = folder('someone-else', 48);
    expect(sweepStaleUploads(dir.path, now)).toBe(1);
    expect([existsSync(stale), existsSync(live), existsSync(other)]).toEqual([false, true, true]);
  });
});
