import type { Migration } from './types';
import { installJournalTriggers } from '../journaled-tables';

/** The workspace skeleton: the change journal (undo, history, future sync) and the operations. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        method TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('edit', 'undo', 'redo')),
        -- for undo/redo: the edit it reverses or replays
        target INTEGER REFERENCES changes(id),
        -- for edits: done, undone (redo possible), dropped (a later edit cleared the redo stack)
        -- or base (the file's starting content, e.g. the example: not undoable)
        state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'dropped', 'base')),
        undone_by INTEGER,
        client TEXT
      );
      CREATE INDEX changes_undo ON changes(origin, state, id);
      CREATE TABLE journal (
        seq INTEGER PRIMARY KEY,
        change_id INTEGER NOT NULL REFERENCES changes(id),
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        before TEXT,
        after TEXT
      );
      CREATE INDEX journal_change ON journal(change_id);
      CREATE INDEX journal_entity ON journal(entity, entity_id);

      CREATE TABLE operations (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        territory TEXT NOT NULL DEFAULT '',
        lead TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
    installJournalTriggers(db, 'operations');
  },
};
