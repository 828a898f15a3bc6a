import type { Database } from 'better-sqlite3';
import { nameKey } from '../../../shared/domain/walk/names';
import { collegeWords, lookupWord, relationKindWords, type Vocabulary } from '../../../shared/files/vocabulary';
import { insertRecord, selectRecords } from '../entities/repository';
import { specs } from '../entities/specs';

type ListName = 'colleges' | 'relationKinds';
const words: Record<ListName, Vocabulary<string>> = { colleges: collegeWords, relationKinds: relationKindWords };

/**
 * Turns the collège or relation-kind labels of an imported file into ids of the workspace's lists:
 * a default item by any of its French or English words (or its key), any item by its label; a
 * label found nowhere becomes a new item of the list, created in the import's change.
 */
export class ListResolver {
  private readonly byKey = new Map<string, string>();
  private readonly pending = new Map<string, string>();

  constructor(
    private readonly db: Database,
    private readonly list: ListName,
  ) {
    for (const item of selectRecords(db, specs[list], '1', [])) {
      const id = String(item.id);
      if (typeof item.key === 'string') this.byKey.set(`key:${item.key}`, id);
      if (item.label) this.byKey.set(nameKey(String(item.label)), id);
    }
  }

  /** Labels repeat on every row: each is looked up once. */
  private readonly seen = new Map<string, string | undefined>();

  private known(label: string): string | undefined {
    if (this.seen.has(label)) return this.seen.get(label);
    const key = lookupWord(words[this.list], label);
    const id = (key && this.byKey.get(`key:${key}`)) || this.byKey.get(nameKey(label));
    if (id) this.seen.set(label, id); // unknown labels may be created later
    return id;
  }

  /** Labels that would be created, without creating them (for a dry run's report). */
  plan(labels: Iterable<string | null>): string[] {
    const fresh = new Map<string, string>();
    for (const label of labels) if (label && !this.known(label) && nameKey(label)) fresh.set(nameKey(label), label);
    return [...fresh.values()];
  }

  /** The id for a label, creating the item on first sight (call inside the import's change). */
  idFor(label: string | null): string | null {
    if (!label || !nameKey(label)) return null;
    const found = this.known(label);
    if (found) return found;
    const k = nameKey(label);
    let id = this.pending.get(k);
    if (!id) {
      id = String(insertRecord(this.db, specs[this.list], { label }).id);
      this.pending.set(k, id);
      this.byKey.set(k, id);
    }
    return id;
  }

  get createdCount(): number {
    return this.pending.size;
  }
}
