import type { TableSpec } from './table-spec';

/**
 * Every entity of the walk and how it is stored (see table-spec.ts). Lists without a position of
 * their own are in creation order by id (UUID v7, time first): an undone delete puts the row back
 * with its id, so it returns to its place, where a new rowid would put it last.
 */
export const specs = {
  operations: { table: 'operations', bools: ['archived'], json: ['pillars'], created: true, updated: true, orderBy: 'created_at' },
  facts: { table: 'facts', bools: ['illustrative'], ordered: true, orderBy: 'position, rowid' },
  hypotheses: { table: 'hypotheses', bools: ['illustrative'], ordered: true, orderBy: 'position, rowid' },
  hypothesisStatusChanges: { table: 'hypothesis_status_changes', orderBy: 'at, rowid' },
  colleges: { table: 'colleges', workspace: true, ordered: true, orderBy: 'position, rowid' },
  relationKinds: { table: 'relation_kinds', workspace: true, ordered: true, orderBy: 'position, rowid' },
  actors: { table: 'actors', workspace: true, bools: ['contactPrivate', 'notesPrivate', 'illustrative'], created: true, orderBy: 'name COLLATE NOCASE' },
  participations: { table: 'participations', bools: ['notesPrivate', 'illustrative'], ordered: true, orderBy: 'position, rowid' },
  positions: {
    table: 'positions',
    sameOperation: { participationId: 'participations', hypothesisId: 'hypotheses' },
    orderBy: 'id',
  },
  actions: {
    table: 'actions',
    bools: ['illustrative'],
    ordered: true,
    links: {
      partnerIds: { table: 'action_partners', own: 'action_id', other: 'actor_id' },
      hypothesisIds: { table: 'action_hypotheses', own: 'action_id', other: 'hypothesis_id' },
    },
    sameOperation: { hypothesisIds: 'hypotheses' },
    orderBy: 'position, rowid',
  },
  fundingLines: { table: 'funding_lines', sameOperation: { actionId: 'actions' }, orderBy: 'id' },
  relations: { table: 'relations', bools: ['illustrative'], sameOperation: { actionId: 'actions' }, orderBy: 'id' },
  meetings: {
    table: 'meetings',
    bools: ['illustrative'],
    links: { attendeeIds: { table: 'meeting_attendees', own: 'meeting_id', other: 'actor_id' } },
    orderBy: 'date, rowid',
  },
  decisions: { table: 'decisions', bools: ['done'], sameOperation: { meetingId: 'meetings' }, orderBy: 'id' },
  indicators: {
    table: 'indicators',
    bools: ['illustrative'],
    ordered: true,
    links: { actionIds: { table: 'indicator_actions', own: 'indicator_id', other: 'action_id' } },
    sameOperation: { actionIds: 'actions' },
    orderBy: 'position, rowid',
  },
  measurements: { table: 'measurements', sameOperation: { indicatorId: 'indicators' }, orderBy: 'date, id' },
  conditionAssessments: { table: 'condition_assessments', orderBy: 'date, rowid' },
  // Ordered by its ends, stable across undo (a restored row gets a new rowid).
  influences: { table: 'influences', orderBy: 'source_actor_id, target_actor_id' },
} as const satisfies Record<string, TableSpec>;

export type EntityName = keyof typeof specs;
