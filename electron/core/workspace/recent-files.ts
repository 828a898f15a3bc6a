import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';

const MAX_RECENT = 10;

const RecentListSchema = z.array(z.object({ path: z.string().min(1).max(4096), openedAt: z.string() })).max(100);
export type RecentEntry = z.infer<typeof RecentListSchema>[number];

/**
 * The files opened lately, newest first, kept beside the preferences (per user, not per file).
 * A damaged list is an empty one; files that disappeared stay listed (flagged by the caller)
 * until the list rotates them out, since a drive may simply be unplugged.
 */
export class RecentFiles {
  constructor(readonly path: string) {}

  list(): RecentEntry[] {
    try {
      return RecentListSchema.parse(JSON.parse(readFileSync(this.path, 'utf8')));
    } catch {
      return [];
    }
  }

  has(path: string): boolean {
    const full = resolve(path);
    return this.list().some((e) => e.path === full);
  }

  add(path: string, now = new Date()): void {
    const full = resolve(path);
    const next = [{ path: full, openedAt: now.toISOString() }, ...this.list().filter((e) => e.path !== full)].slice(0, MAX_RECENT);
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(next, null, 2));
    renameSync(tmp, this.path);
  }
}
