import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/harness/temp-workspace';
import { PreferencesStore } from './store';

let dir: ReturnType<typeof tempDir>;
afterEach(() => dir?.cleanup());

describe('PreferencesStore', () => {
  it('defaults to French and the system theme', () => {
    dir = tempDir();
    expect(new PreferencesStore(dir.file('p.json')).get()).toEqual({ locale: 'fr', theme: 'system' });
  });
  it('remembers what was set, across instances, and tells listeners', () => {
    dir = tempDir();
    const store = new PreferencesStore(dir.file('sub/p.json'));
    const seen: string[] = [];
    store.onChange((p) => seen.push(p.locale));
    store.set({ locale: 'en' });
    store.set({ theme: 'dark' });
    expect(new PreferencesStore(dir.file('sub/p.json')).get()).toEqual({ locale: 'en', theme: 'dark' });
    expect(seen).toEqual(['en', 'en']);
    expect(JSON.parse(readFileSync(dir.file('sub/p.json'), 'utf8'))).toEqual({ locale: 'en', theme: 'dark' });
  });
  it('falls back to the defaults on a damaged file', () => {
    dir = tempDir();
    writeFileSync(dir.file('p.json'), '{"locale": "klingon"');
    expect(new PreferencesStore(dir.file('p.json')).get()).toEqual({ locale: 'fr', theme: 'system' });
  });
});
