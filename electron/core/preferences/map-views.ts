import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { MapViewSettingsSchema, type MapViewSettings } from '../../../shared/map/view-settings';

/** How many maps are remembered; the least recently saved are forgotten first. */
export const MAP_VIEWS_KEPT = 300;

const FileSchema = z.object({ entries: z.record(z.string(), z.object({ at: z.number(), settings: z.unknown() })) });

/**
 * How each map was left (view, layout, filters, focus...), per workspace file and operation, in a
 * JSON file beside the preferences: it is one person's way of looking, not part of the work, so it
 * is neither journaled nor undoable. A damaged file or entry gives the defaults.
 */
export class MapViewStore {
  private entries: Record<string, { at: number; settings: unknown }> | null = null;

  constructor(readonly path: string) {}

  private load() {
    if (this.entries) return this.entries;
    try {
      this.entries = FileSchema.parse(JSON.parse(readFileSync(this.path, 'utf8'))).entries;
    } catch {
      this.entries = {};
    }
    return this.entries;
  }

  get(workspace: string, scope: string): MapViewSettings | null {
    const entry = this.load()[key(workspace, scope)];
    const parsed = entry ? MapViewSettingsSchema.safeParse(entry.settings) : null;
    return parsed?.success ? parsed.data : null;
  }

  set(workspace: string, scope: string, settings: MapViewSettings): void {
    const entries = this.load();
    // A strictly growing stamp, so two saves in the same millisecond still order.
    const at = Math.max(Date.now(), ...Object.values(entries).map((e) => e.at + 1));
    entries[key(workspace, scope)] = { at, settings };
    const kept = Object.entries(entries)
      .sort((a, b) => b[1].at - a[1].at)
      .slice(0, MAP_VIEWS_KEPT);
    this.entries = Object.fromEntries(kept);
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ entries: this.entries }));
    renameSync(tmp, this.path);
  }
}

const key = (workspace: string, scope: string) => `${workspace}\n${scope}`;
