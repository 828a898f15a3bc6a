import type { Migration } from './types';
import { initial } from './001-initial';
import { walk } from './002-walk';
import { map } from './003-map';
import { orderIndexes } from './004-order-indexes';
import { analysis } from './005-analysis';

/** Every migration, in order; `PRAGMA user_version` records how many have run on a file. */
export const migrations: readonly Migration[] = [initial, walk, map, orderIndexes, analysis];

export const LATEST_VERSION = migrations.length;

/** Fails at load if someone edits the list out of order: versions must be 1..n. */
migrations.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
});
