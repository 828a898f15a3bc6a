import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PreferencesSchema, type Preferences } from '../../../shared/domain/preferences';
import { MapViewStore } from './map-views';

/**
 * Preferences live in a small JSON file in the user's data folder. A missing or damaged file
 * gives the defaults (French, system theme); writes go through a temp file and a rename.
 */
export class PreferencesStore {
  private cached: Preferences | null = null;
  private readonly listeners = new Set<(p: Preferences) => void>();

  /** How each map was left, in a file of its own beside this one. */
  readonly mapViews: MapViewStore;

  constructor(readonly path: string) {
    this.mapViews = new MapViewStore(join(dirname(path), 'map-views.json'));
  }

  get(): Preferences {
    if (this.cached) return this.cached;
    try {
      this.cached = PreferencesSchema.parse(JSON.parse(readFileSync(this.path, 'utf8')));
    } catch {
      this.cached = PreferencesSchema.parse({});
    }
    return this.cached;
  }

  set(patch: Partial<Preferences>): Preferences {
    const next = PreferencesSchema.parse({ ...this.get(), ...patch });
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(next, null, 2));
    renameSync(tmp, this.path);
    this.cached = next;
    for (const l of this.listeners) l(next);
    return next;
  }

  onChange(listener: (p: Preferences) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
