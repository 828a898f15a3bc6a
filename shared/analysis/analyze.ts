import type { WalkSnapshot } from '../domain/walk/snapshot';
import { mactorCore, MactorInputError, withAgreements, type MactorCore, type MactorResult, type Matrix } from './mactor';
import { whoIsMissing, type WhoIsMissing } from './missing';
import { networkMetrics, type NetworkMetrics } from './network';
import { DEFAULT_HIGH, stakeholderReport, type StakeholderOptions, type StakeholderReport } from './stakeholders';
import { liveHypotheses, stakeholders, storedMid, walkNetwork, walkPositions, type WalkNetwork } from './walk-inputs';

/**
 * Every analysis of one operation's walk, in one pure, synchronous call whose result is plain
 * JSON (ids, numbers, and the labels needed to print it). Meant to run in a worker for big maps.
 */

export interface AnalysisOptions extends StakeholderOptions {
  /**
   * MACTOR's matrix of direct influences over an ordered actor list; null: none. Absent: the one
   * stored in the walk (its influences), as legitimacy and urgency default to the participations'.
   */
  mid?: { actors: string[]; values: Matrix } | null;
  /** Louvain's seed (communities are reproducible for a given seed). */
  seed?: number;
}

export interface WalkAnalysisCore {
  operation: { id: string; title: string };
  thresholds: { high: number; seed: number };
  labels: {
    actors: { id: string; name: string }[];
    hypotheses: { id: string; statement: string; status: string }[];
    colleges: { id: string; key: string | null; label: string }[];
    actions: { id: string; title: string }[];
  };
  network: NetworkMetrics & { excluded: WalkNetwork['excluded'] };
  mactor: MactorCore & { missingPositions: number };
  stakeholders: StakeholderReport;
  missing: WhoIsMissing;
}

export interface WalkAnalysis extends Omit<WalkAnalysisCore, 'mactor'> {
  mactor: MactorResult & { missingPositions: number };
}

/** The options the walk stores: its MID (null while empty), legitimacy and urgency per actor. */
export function storedOptions(s: WalkSnapshot): Required<Pick<AnalysisOptions, 'mid' | 'legitimacy' | 'urgency'>> {
  const mid = storedMid(s);
  const legitimacy: Record<string, number | null> = {};
  const urgency: Record<string, number | null> = {};
  for (const p of s.participations) {
    legitimacy[p.actorId] = p.legitimacy;
    urgency[p.actorId] = p.urgency;
  }
  return { mid: mid.filled > 0 ? { actors: mid.actors, values: mid.values } : null, legitimacy, urgency };
}

/**
 * Every analysis but MACTOR's actor × actor convergences and divergences (see MactorCore): what
 * the screen needs at once. `analyzeWalk` adds them.
 */
export function analyzeWalkCore(s: WalkSnapshot, options: AnalysisOptions = {}): WalkAnalysisCore {
  const high = options.high ?? DEFAULT_HIGH;
  const seed = options.seed ?? 1;
  const stored = options.mid === undefined || options.legitimacy === undefined || options.urgency === undefined ? storedOptions(s) : null;
  const legitimacy = options.legitimacy ?? stored?.legitimacy;
  const urgency = options.urgency ?? stored?.urgency;

  const net = walkNetwork(s);
  const network = { ...networkMetrics(net.input, { seed }), excluded: net.excluded };

  const mid = options.mid === undefined ? stored!.mid : options.mid;
  if (mid && new Set(mid.actors).size !== mid.actors.length) throw new MactorInputError('MID: an actor appears twice');
  const positions = walkPositions(s, mid?.actors);
  const mactorResult = {
    ...mactorCore({ actors: positions.actors, objectives: positions.objectives, mao2: positions.mao2, mid: mid?.values ?? null }),
    missingPositions: positions.missing,
  };

  const actorName = new Map(s.actors.map((a) => [a.id, a.name]));
  const actorIds = new Set([...stakeholders(s).map((p) => p.actorId), ...positions.actors]);
  return {
    operation: { id: s.operation.id, title: s.operation.title },
    thresholds: { high, seed },
    labels: {
      actors: [...actorIds].map((id) => ({ id, name: actorName.get(id) ?? '?' })),
      hypotheses: liveHypotheses(s).map((h) => ({ id: h.id, statement: h.statement, status: h.status })),
      colleges: [...s.colleges].sort((a, b) => a.position - b.position).map((c) => ({ id: c.id, key: c.key, label: c.label })),
      actions: [...s.actions].sort((a, b) => a.position - b.position).map((a) => ({ id: a.id, title: a.title })),
    },
    network,
    mactor: mactorResult,
    stakeholders: stakeholderReport(s, { ...options, high, legitimacy, urgency }),
    missing: whoIsMissing(s, { high }),
  };
}

/** Every analysis of one operation's walk (what `tesr analyze` prints). */
export function analyzeWalk(s: WalkSnapshot, options: AnalysisOptions = {}): WalkAnalysis {
  const core = analyzeWalkCore(s, options);
  const { missingPositions, ...mactorCoreResult } = core.mactor;
  return { ...core, mactor: { ...withAgreements(mactorCoreResult), missingPositions } };
}
