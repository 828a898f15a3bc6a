import { installJournalTriggers } from '../journaled-tables';
import type { Migration } from './types';

/**
 * The analysis (docs/analysis/): MACTOR's matrix of direct influences (MID) of one operation, one row
 * per non-zero cell (0, "no influence", is the absence of a row), and the two salience attributes
 * (Mitchell, Agle & Wood) that the stakeholder fields lacked, legitimacy and urgency 1–5.
 * The journal triggers list the table's columns, so participations' are rebuilt.
 */
export const analysis: Migration = {
  version: 5,
  name: 'analysis',
  up(db) {
    db.exec(`
      CREATE TABLE influences (
        id TEXT PRIMARY KEY,
        operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
        source_actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        target_actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 4),
        UNIQUE (operation_id, source_actor_id, target_actor_id),
        CHECK (source_actor_id <> target_actor_id)
      );
      CREATE INDEX influences_operation ON influences(operation_id);
      ALTER TABLE participations ADD COLUMN legitimacy INTEGER CHECK (legitimacy BETWEEN 1 AND 5);
      ALTER TABLE participations ADD COLUMN urgency INTEGER CHECK (urgency BETWEEN 1 AND 5);
    `);
    installJournalTriggers(db, 'participations');
    installJournalTriggers(db, 'influences');
  },
};
