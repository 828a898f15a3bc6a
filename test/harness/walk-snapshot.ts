import type { WalkSnapshot } from '../../shared/domain/walk/snapshot';

type S = WalkSnapshot;

/** An operation record with every field at its empty value, for tests that build snapshots by hand. */
export function blankOperation(id: string, o: Partial<S['operation']> = {}): S['operation'] {
  return {
    id,
    title: 'Filière Bois',
    territory: '',
    lead: '',
    archived: false,
    missionLetter: '',
    pillars: [],
    commons: '',
    issueKind: null,
    issueStatement: '',
    issueWhyCollective: '',
    issueScale: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...o,
  };
}

/** A snapshot with no rows at all; tests fill in the lists they are about. */
export function emptySnapshot(operation: S['operation'], lists: Partial<Omit<S, 'operation'>> = {}): S {
  return {
    operation,
    facts: [],
    hypotheses: [],
    hypothesisStatusChanges: [],
    participations: [],
    positions: [],
    relations: [],
    meetings: [],
    decisions: [],
    actions: [],
    fundingLines: [],
    indicators: [],
    measurements: [],
    conditionAssessments: [],
    influences: [],
    actors: [],
    colleges: [],
    relationKinds: [],
    ...lists,
  };
}
