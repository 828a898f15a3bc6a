import type { Migration } from './types';

/**
 * New rows go after the last one of their operation (`max(position) WHERE operation_id = ?`):
 * without these indexes every insert scanned the operation's rows, so a 10,000-actor import
 * took seconds of quadratic work.
 */
export const orderIndexes: Migration = {
  version: 4,
  name: 'order-indexes',
  up(db) {
    for (const table of ['facts', 'hypotheses', 'participations', 'actions', 'indicators']) {
      db.exec(`CREATE INDEX ${table}_order ON ${table}(operation_id, position)`);
    }
  },
};
