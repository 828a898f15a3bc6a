import { installJournalTriggers } from '../journaled-tables';
import type { Migration } from './types';

/**
 * The stakeholder map (ARCHITECTURE.md, "The map"): where each participation's node sits on the
 * operation's map. Null until the user places it (by dragging, or by keeping a computed layout).
 * The journal triggers list the table's columns, so they are rebuilt to include the new ones.
 */
export const map: Migration = {
  version: 3,
  name: 'map',
  up(db) {
    db.exec(`
      ALTER TABLE participations ADD COLUMN map_x REAL;
      ALTER TABLE participations ADD COLUMN map_y REAL;
    `);
    installJournalTriggers(db, 'participations');
  },
};
