import type { AnalysisOptions } from '../../../shared/analysis/analyze';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';

/**
 * The screen's own analysis options: none. The analysis reads the MID, legitimacy and urgency the
 * walk stores (shared/analysis/analyze.ts `storedOptions`) in the worker, so nothing of the size
 * of the MID (actors²) is built on the main thread. Kept for the map, which passes it along.
 */
export const analysisOptions = (_snapshot: WalkSnapshot): AnalysisOptions => ({});
