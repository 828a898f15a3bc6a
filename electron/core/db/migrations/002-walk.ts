import { asBaseChange } from '../change-context';
import { installJournalTriggers, type JournaledTable } from '../journaled-tables';
import { DEFAULT_COLLEGES, DEFAULT_RELATION_KINDS } from '../../../../shared/domain/walk/defaults';
import type { Migration } from './types';

/**
 * The four steps of the method (METHOD.md): the salient issue on the operation, facts, strategic
 * hypotheses, actors at workspace level with their participation in each operation, relations,
 * meetings and decisions, actions with funding, indicators, conditions of success.
 * Every table has a text `id` (the journal's key) and, when it belongs to an operation, an
 * `operation_id` so one query loads a whole operation. `illustrative` marks example content that
 * the seed does not state.
 */
const TABLES = `
  ALTER TABLE operations ADD COLUMN mission_letter TEXT NOT NULL DEFAULT '';
  ALTER TABLE operations ADD COLUMN pillars TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE operations ADD COLUMN commons TEXT NOT NULL DEFAULT '';
  ALTER TABLE operations ADD COLUMN issue_kind TEXT CHECK (issue_kind IN ('difficulty', 'threat', 'opportunity'));
  ALTER TABLE operations ADD COLUMN issue_statement TEXT NOT NULL DEFAULT '';
  ALTER TABLE operations ADD COLUMN issue_why_collective TEXT NOT NULL DEFAULT '';
  ALTER TABLE operations ADD COLUMN issue_scale TEXT CHECK (issue_scale IN ('local', 'territorial', 'regional', 'national', 'global'));

  CREATE TABLE facts (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    statement TEXT NOT NULL,
    figure REAL,
    unit TEXT NOT NULL DEFAULT '',
    year INTEGER,
    source TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0,
    illustrative INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX facts_operation ON facts(operation_id);

  CREATE TABLE hypotheses (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    statement TEXT NOT NULL,
    rationale TEXT NOT NULL DEFAULT '',
    policies TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'under_test', 'validated', 'invalidated', 'abandoned')),
    position REAL NOT NULL DEFAULT 0,
    illustrative INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX hypotheses_operation ON hypotheses(operation_id);

  CREATE TABLE hypothesis_status_changes (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    hypothesis_id TEXT NOT NULL REFERENCES hypotheses(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX hypothesis_status_changes_hypothesis ON hypothesis_status_changes(hypothesis_id);

  CREATE TABLE colleges (
    id TEXT PRIMARY KEY,
    key TEXT UNIQUE,
    label TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0
  );
  CREATE TABLE relation_kinds (
    id TEXT PRIMARY KEY,
    key TEXT UNIQUE,
    label TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0
  );

  CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    acronym TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    contact_private INTEGER NOT NULL DEFAULT 1,
    notes TEXT NOT NULL DEFAULT '',
    notes_private INTEGER NOT NULL DEFAULT 1,
    illustrative INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );

  CREATE TABLE participations (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT '',
    college_id TEXT REFERENCES colleges(id) ON DELETE SET NULL,
    influence INTEGER CHECK (influence BETWEEN 1 AND 5),
    influence_source TEXT NOT NULL DEFAULT '',
    influence_confidence TEXT CHECK (influence_confidence IN ('low', 'medium', 'high')),
    interest INTEGER CHECK (interest BETWEEN 1 AND 5),
    interest_source TEXT NOT NULL DEFAULT '',
    interest_confidence TEXT CHECK (interest_confidence IN ('low', 'medium', 'high')),
    stance INTEGER CHECK (stance BETWEEN -2 AND 2),
    stance_source TEXT NOT NULL DEFAULT '',
    stance_confidence TEXT CHECK (stance_confidence IN ('low', 'medium', 'high')),
    engagement TEXT NOT NULL DEFAULT 'not_contacted' CHECK (engagement IN ('not_contacted', 'contacted', 'engaged', 'committed', 'withdrawn')),
    notes TEXT NOT NULL DEFAULT '',
    notes_private INTEGER NOT NULL DEFAULT 1,
    position REAL NOT NULL DEFAULT 0,
    illustrative INTEGER NOT NULL DEFAULT 0,
    UNIQUE (operation_id, actor_id)
  );
  CREATE INDEX participations_actor ON participations(actor_id);

  CREATE TABLE positions (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    participation_id TEXT NOT NULL REFERENCES participations(id) ON DELETE CASCADE,
    hypothesis_id TEXT NOT NULL REFERENCES hypotheses(id) ON DELETE CASCADE,
    value INTEGER NOT NULL CHECK (value BETWEEN -3 AND 3),
    source TEXT NOT NULL DEFAULT '',
    confidence TEXT CHECK (confidence IN ('low', 'medium', 'high')),
    UNIQUE (participation_id, hypothesis_id)
  );
  CREATE INDEX positions_operation ON positions(operation_id);

  CREATE TABLE actions (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    lead_actor_id TEXT REFERENCES actors(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'abandoned')),
    start_date TEXT,
    end_date TEXT,
    budget REAL,
    position REAL NOT NULL DEFAULT 0,
    illustrative INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX actions_operation ON actions(operation_id);

  CREATE TABLE action_partners (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    UNIQUE (action_id, actor_id)
  );
  CREATE TABLE action_hypotheses (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    hypothesis_id TEXT NOT NULL REFERENCES hypotheses(id) ON DELETE CASCADE,
    UNIQUE (action_id, hypothesis_id)
  );
  CREATE TABLE funding_lines (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('public_funds', 'local_authority', 'private_finance', 'solidarity_economy', 'citizen')),
    amount REAL,
    note TEXT NOT NULL DEFAULT ''
  );

  CREATE TABLE relations (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    source_actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    target_actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    kind_id TEXT REFERENCES relation_kinds(id) ON DELETE SET NULL,
    direction TEXT NOT NULL DEFAULT 'forward' CHECK (direction IN ('none', 'forward', 'both')),
    strength INTEGER NOT NULL DEFAULT 2 CHECK (strength BETWEEN 1 AND 3),
    status TEXT NOT NULL DEFAULT 'existing' CHECK (status IN ('existing', 'to_create', 'to_strengthen', 'to_weaken')),
    action_id TEXT REFERENCES actions(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    illustrative INTEGER NOT NULL DEFAULT 0,
    CHECK (source_actor_id <> target_actor_id)
  );
  CREATE INDEX relations_operation ON relations(operation_id);

  CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('workshop', 'public_meeting', 'steering_committee', 'scientific_committee', 'bilateral')),
    place TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    illustrative INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX meetings_operation ON meetings(operation_id);
  CREATE TABLE meeting_attendees (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    UNIQUE (meeting_id, actor_id)
  );
  CREATE TABLE decisions (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    done INTEGER NOT NULL DEFAULT 0
  );

  CREATE TABLE indicators (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    baseline REAL,
    target REAL,
    position REAL NOT NULL DEFAULT 0,
    illustrative INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE measurements (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT ''
  );
  CREATE TABLE indicator_actions (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    UNIQUE (indicator_id, action_id)
  );

  CREATE TABLE condition_assessments (
    id TEXT PRIMARY KEY,
    operation_id TEXT NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    condition TEXT NOT NULL CHECK (condition IN ('collective_dynamic', 'regional_policies', 'territories', 'right_to_experiment', 'project_engineering', 'behaviour_change', 'funding')),
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 3),
    note TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL
  );
  CREATE INDEX condition_assessments_operation ON condition_assessments(operation_id);
`;

const WALK_TABLES: JournaledTable[] = [
  'operations', 'facts', 'hypotheses', 'hypothesis_status_changes', 'colleges', 'relation_kinds', 'actors',
  'participations', 'positions', 'actions', 'action_partners', 'action_hypotheses', 'funding_lines',
  'relations', 'meetings', 'meeting_attendees', 'decisions', 'indicators', 'measurements',
  'indicator_actions', 'condition_assessments',
];


export const walk: Migration = {
  version: 2,
  name: 'walk',
  up(db, context) {
    db.exec(TABLES);
    for (const t of WALK_TABLES) installJournalTriggers(db, t);
    asBaseChange(db, context, 'migration.walk', () => {
      const college = db.prepare('INSERT INTO colleges (id, key, position) VALUES (?, ?, ?)');
      Object.entries(DEFAULT_COLLEGES).forEach(([key, id], i) => college.run(id, key, i));
      const kind = db.prepare('INSERT INTO relation_kinds (id, key, position) VALUES (?, ?, ?)');
      Object.entries(DEFAULT_RELATION_KINDS).forEach(([key, id], i) => kind.run(id, key, i));
    });
  },
};
