import { describe, expect, it } from 'vitest';
import { outsideAsar } from './read-in-worker';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('the import worker in the packaged app', () => {
  it('is loaded from beside the asar archive, where the build unpacks it', () => {
    expect(outsideAsar('/opt/TESR Studio/resources/app.asar/dist/electron/import-worker.js')).toBe('/opt/TESR Studio/resources/app.asar.unpacked/dist/electron/import-worker.js');
    expect(outsideAsar('C:\\Program Files\\TESR Studio\\resources\\app.asar\\dist\\electron\\import-worker.js')).toBe(
      'C:\\Program Files\\TESR Studio\\resources\\app.asar.unpacked\\dist\\electron\\import-worker.js',
    );
    expect(outsideAsar('/home/me/tesr/dist/electron/import-worker.js')).toBe('/home/me/tesr/dist/electron/import-worker.js');
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8')) as { build: { asarUnpack: string[] } };
    expect(pkg.build.asarUnpack).toContain('dist/electron/import-worker.js');
  });
});
