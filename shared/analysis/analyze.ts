import type { WalkSnapshot } from '../domain/walk/snapshot';
import { mactor, MactorInputError, type MactorResult, type Matrix } from './mactor';
import { whoIsMissing, type WhoIsMissing } from './missing';
import { networkMetrics, type NetworkMetrics } from './network';
import { DEFAULT_HIGH, stakeholderReport, type StakeholderOptions, type StakeholderReport } from './stakeholders';
import { liveHypotheses, stakeholders, walkNetwork, walkPositions, type WalkNetwork } from './walk-inputs';

/**
 * Every analysis of one operation's walk, in one pure, synchronous call whose result is plain
 * JSON (ids, numbers, and the labels needed to print it). Meant to run in a worker for big maps.
 */

export interface AnalysisOptions extends StakeholderOptions {
  /** MACTOR's matrix of direct influences over an ordered actor list (not stored yet). */
  mid?: { actors: string[]; values: Matrix } | null;
  /** Louvain's seed (communities are reproducible for a given seed). */
  seed?: number;
}

export interface WalkAnalysis {
  operation: { id: string; title: string };
  thresholds: { high: number; seed: number };
  labels: {
    actors: { id: string; name: string }[];
    hypotheses: { id: string; statement: string; status: string }[];
    colleges: { id: string; key: string | null; label: string }[];
    actions: { id: string; title: string }[];
  };
  network: NetworkMetrics & { excluded: WalkNetwork['excluded'] };
  mactor: MactorResult & { missingPositions: number };
  stakeholders: StakeholderReport;
  missing: WhoIsMissing;
}

export function analyzeWalk(s: WalkSnapshot, options: AnalysisOptions = {}): WalkAnalysis {
  const high = options.high ?? DEFAULT_HIGH;
  const seed = options.seed ?? 1;

  const net = walkNetwork(s);
  const network = { ...networkMetrics(net.input, { seed }), excluded: net.excluded };

  const mid = options.mid ?? null;
  if (mid && new Set(mid.actors).size !== mid.actors.length) throw new MactorInputError('MID: an actor appears twice');
  const positions = walkPositions(s, mid?.actors);
  const mactorResult = {
    ...mactor({ actors: positions.actors, objectives: positions.objectives, mao2: positions.mao2, mid: mid?.values ?? null }),
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
    stakeholders: stakeholderReport(s, { ...options, high }),
    missing: whoIsMissing(s, { high }),
  };
}
