import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultViewSettings } from '../../../shared/map/view-settings';
import { call, tempBackend, tempDir } from '../../../test/harness/temp-workspace';
import { MAP_VIEWS_KEPT, MapViewStore } from './map-views';

let dir: ReturnType<typeof tempDir> | undefined;
afterEach(() => dir?.cleanup());

const sectors = { ...defaultViewSettings, layout: 'sectors' as const };

describe('MapViewStore', () => {
  it('remembers settings per workspace and scope, across instances', () => {
    dir = tempDir();
    const store = new MapViewStore(dir.file('m.json'));
    store.set('/a.tesr', 'ecosystem', sectors);
    expect(new MapViewStore(dir.file('m.json')).get('/a.tesr', 'ecosystem')).toEqual(sectors);
    expect(store.get('/b.tesr', 'ecosystem')).toBeNull();
  });
  it('gives nothing for a damaged file or entry', () => {
    dir = tempDir();
    writeFileSync(dir.file('m.json'), '{"entries": ');
    expect(new MapViewStore(dir.file('m.json')).get('/a.tesr', 'ecosystem')).toBeNull();
    writeFileSync(dir.file('m.json'), JSON.stringify({ entries: { '/a.tesr\necosystem': { at: 1, settings: 'nonsense' } } }));
    expect(new MapViewStore(dir.file('m.json')).get('/a.tesr', 'ecosystem')).toBeNull();
  });
  it('forgets the oldest maps past its limit', () => {
    dir = tempDir();
    const store = new MapViewStore(dir.file('m.json'));
    for (let i = 0; i <= MAP_VIEWS_KEPT; i++) store.set('/a.tesr', `s${i}`, defaultViewSettings);
    expect(store.get('/a.tesr', 's0')).toBeNull();
    expect(store.get('/a.tesr', `s${MAP_VIEWS_KEPT}`)).toEqual(defaultViewSettings);
    expect(Object.keys(JSON.parse(readFileSync(dir.file('m.json'), 'utf8')).entries)).toHaveLength(MAP_VIEWS_KEPT);
  });
});

describe('mapViews.get / mapViews.set (real backend)', () => {
  it('keeps a map’s view for this workspace file, beside the preferences', async () => {
    const backend = tempBackend();
    try {
      const ops = await call<{ id: string }>(backend, 'operations.create', { title: 'Filière Bois' });
      expect(await call(backend, 'mapViews.get', { scope: ops.id })).toBeNull();
      await call(backend, 'mapViews.set', { scope: ops.id, settings: { ...sectors, focus: { id: 'x', depth: 1, hide: true } } });
      expect(await call(backend, 'mapViews.get', { scope: ops.id })).toEqual({ ...sectors, focus: { id: 'x', depth: 1, hide: true } });
      expect((await backend.dispatch('mapViews.get', { scope: 'elsewhere' })).ok).toBe(false);
    } finally {
      backend.close();
    }
  });
});
