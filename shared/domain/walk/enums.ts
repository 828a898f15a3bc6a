import { z } from 'zod';

/** The method's closed vocabularies (UX.md); the UI words each value through i18n by its key. */
export const IssueKind = z.enum(['difficulty', 'threat', 'opportunity']);
export const Scale = z.enum(['local', 'territorial', 'regional', 'national', 'global']);
export const Pillar = z.enum([
  'renewable_energy',
  'producer_buildings',
  'energy_storage',
  'smart_grids',
  'mobility',
  'energy_efficiency',
  'functional_economy',
  'circular_economy',
]);
export const HypothesisStatus = z.enum(['draft', 'under_test', 'validated', 'invalidated', 'abandoned']);
export const Engagement = z.enum(['not_contacted', 'contacted', 'engaged', 'committed', 'withdrawn']);
export const Confidence = z.enum(['low', 'medium', 'high']);
export const RelationStatus = z.enum(['existing', 'to_create', 'to_strengthen', 'to_weaken']);
export const Direction = z.enum(['none', 'forward', 'both']);
export const MeetingKind = z.enum(['workshop', 'public_meeting', 'steering_committee', 'scientific_committee', 'bilateral']);
export const ActionStatus = z.enum(['planned', 'in_progress', 'done', 'abandoned']);
export const FundingSource = z.enum(['public_funds', 'local_authority', 'private_finance', 'solidarity_economy', 'citizen']);
export const Condition = z.enum([
  'collective_dynamic',
  'regional_policies',
  'territories',
  'right_to_experiment',
  'project_engineering',
  'behaviour_change',
  'funding',
]);
