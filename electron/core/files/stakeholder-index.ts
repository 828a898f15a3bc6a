import type { Database } from 'better-sqlite3';
import { nameKey } from '../../../shared/domain/walk/names';
import { stmt } from '../db/statements';

export type EndMatch = { actorId: string } | { issue: 'unknown-actor' | 'ambiguous-actor' };

/**
 * The stakeholders of an operation by name and by acronym (case, accents and punctuation ignored),
 * so a relation file may name its ends "Centre de développement des éco-entreprises" or "CD2E".
 */
export class StakeholderIndex {
  private readonly byName = new Map<string, string[]>();
  private readonly byAcronym = new Map<string, string[]>();

  constructor(db: Database, operationId: string | null) {
    if (!operationId) return;
    const rows = stmt(
      db,
      'SELECT a.id, a.name, a.acronym FROM participations p JOIN actors a ON a.id = p.actor_id WHERE p.operation_id = ?',
    ).all(operationId) as { id: string; name: string; acronym: string }[];
    for (const r of rows) this.add(r.id, r.name, r.acronym);
  }

  add(actorId: string, name: string, acronym = ''): void {
    const push = (map: Map<string, string[]>, key: string) => {
      if (!key) return;
      const ids = map.get(key) ?? [];
      if (!ids.includes(actorId)) map.set(key, [...ids, actorId]);
    };
    push(this.byName, nameKey(name));
    push(this.byAcronym, nameKey(acronym));
  }

  /** The same ends come back on many rows: each text is keyed once. */
  private readonly keys = new Map<string, string>();

  find(text: string): EndMatch {
    let key = this.keys.get(text);
    if (key === undefined) this.keys.set(text, (key = nameKey(text)));
    for (const map of [this.byName, this.byAcronym]) {
      const ids = map.get(key);
      if (ids?.length === 1) return { actorId: ids[0]! };
      if (ids && ids.length > 1) return { issue: 'ambiguous-actor' };
    }
    return { issue: 'unknown-actor' };
  }
}
