import { analyzeWalkCore, type AnalysisOptions, type WalkAnalysisCore } from '../../../shared/analysis/analyze';
import { agreement, type Agreement, type MactorWeightedCore, type Matrix } from '../../../shared/analysis/mactor';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { matrixCsv } from './csv';

/**
 * The analysis as the screen gets it, computed off the main thread (analysis.worker.ts) or, where
 * there is no Worker (jsdom), after the current task. What crosses to the page stays small: the
 * actor × actor matrices (4 million cells each on a 2,000-actor operation) come as the block the
 * screen shows; the engine keeps the inputs and builds a whole matrix's download when asked.
 */

/** Rows and columns of a matrix shown on screen: a 2,000² table would freeze the page. */
export const MATRIX_SHOWN = 40;
/** Items of a long list shown (rankings, bridges, names); the rest is counted ("and 12 more"). */
export const LIST_SHOWN = 20;

export const MATRIX_KEYS = ['mid', 'midi', 'mao2', 'caa1', 'daa1', 'caa2', 'daa2', 'caa3', 'daa3'] as const;
export type MatrixKey = (typeof MATRIX_KEYS)[number];

/** The top-left block of a matrix, and the whole matrix's size. */
export interface MatrixPreview {
  rows: number;
  cols: number;
  values: Matrix;
}

/**
 * What the screen (and the map) get. Lists only read from the top come cut: the rankings and the
 * bridges keep their first LIST_SHOWN; the actor × objective and actor × actor matrices come as
 * blocks in `matrices`.
 */
export interface AnalysisView extends Omit<WalkAnalysisCore, 'mactor'> {
  /** Names this result for `exportMatrix`. */
  id: number;
  mactor: Omit<WalkAnalysisCore['mactor'], 'weighted' | 'mao1' | 'mao2'> & { weighted: Omit<MactorWeightedCore, 'mid' | 'midi' | 'mao3'> | null };
  /** The matrices the screen shows (those the inputs allow), as their top-left blocks. */
  matrices: Partial<Record<MatrixKey, MatrixPreview>>;
}

export type ExportFormat = 'csv' | 'table';
/** A whole matrix, named, for a download: CSV text, or a header and rows for the XLSX writer. */
export type MatrixExport = { format: 'csv'; csv: string } | { format: 'table'; header: string[]; rows: (string | number)[][] };

const block = (m: Matrix, rows = MATRIX_SHOWN, cols = MATRIX_SHOWN): Matrix => m.slice(0, rows).map((row) => row.slice(0, cols));
const preview = (m: Matrix): MatrixPreview => ({ rows: m.length, cols: m[0]?.length ?? 0, values: block(m) });

/** CAA/DAA of an order over the first `rows` actors: a block of the whole, as each cell only reads two rows. */
function agreementOf(core: WalkAnalysisCore, order: 1 | 2 | 3, rows = Infinity): Agreement | null {
  const m = core.mactor;
  const mao = order === 1 ? m.mao1 : order === 2 ? m.mao2 : m.weighted?.mao3;
  return mao ? agreement(mao.slice(0, rows)) : null;
}

function wholeMatrix(core: WalkAnalysisCore, key: MatrixKey): Matrix | null {
  if (key === 'mao2') return core.mactor.mao2;
  if (key === 'mid' || key === 'midi') return core.mactor.weighted?.[key] ?? null;
  const a = agreementOf(core, Number(key[3]) as 1 | 2 | 3);
  return a && (key.startsWith('caa') ? a.caa : a.daa);
}

const withoutMatrices = ({ mid: _mid, midi: _midi, mao3: _mao3, ...rest }: MactorWeightedCore) => rest;
const top = (ids: string[]) => ids.slice(0, LIST_SHOWN);

/** One engine per worker: it answers `analyze` and keeps the last results for `exportMatrix`. */
export function createAnalysisEngine(keep = 2) {
  const kept = new Map<number, WalkAnalysisCore>();
  let last: { input: string; core: WalkAnalysisCore } | null = null;
  return {
    analyze(id: number, snapshot: WalkSnapshot, options: AnalysisOptions = {}): AnalysisView {
      // The app reloads the snapshot on every navigation: the same content again (some 15 ms to
      // compare on a 2,000-actor operation) reuses the last analysis instead of half a second's.
      const input = JSON.stringify([snapshot, options]);
      const core = last?.input === input ? last.core : analyzeWalkCore(snapshot, options);
      last = { input, core };
      kept.set(id, core);
      for (const old of kept.keys()) if (kept.size > keep) kept.delete(old);
      const { weighted, mao1: _mao1, mao2, ...mactor } = core.mactor;
      const matrices: AnalysisView['matrices'] = { mao2: preview(mao2) };
      if (weighted) Object.assign(matrices, { mid: preview(weighted.mid), midi: preview(weighted.midi) });
      for (const order of [1, 2, 3] as const) {
        const a = agreementOf(core, order, MATRIX_SHOWN);
        const n = core.mactor.actors.length;
        if (a) Object.assign(matrices, { [`caa${order}`]: { rows: n, cols: n, values: a.caa }, [`daa${order}`]: { rows: n, cols: n, values: a.daa } });
      }
      const { rankings, bridges } = core.network;
      return {
        ...core,
        id,
        network: {
          ...core.network,
          rankings: { degree: top(rankings.degree), inDegree: top(rankings.inDegree), outDegree: top(rankings.outDegree), betweenness: top(rankings.betweenness) },
          bridges: bridges.slice(0, LIST_SHOWN),
        },
        mactor: { ...mactor, weighted: weighted && withoutMatrices(weighted) },
        matrices,
      };
    },

    /** The whole matrix `key` of result `id`, rows and columns named; null once that result is dropped. */
    exportMatrix(id: number, key: MatrixKey, format: ExportFormat, corner: string): MatrixExport | null {
      const core = kept.get(id);
      const values = core && wholeMatrix(core, key);
      if (!core || !values) return null;
      const actorName = new Map(core.labels.actors.map((a) => [a.id, a.name]));
      const rowNames = core.mactor.actors.map((a) => actorName.get(a) ?? '?');
      const colNames = key === 'mao2' ? core.labels.hypotheses.map((h) => h.statement) : rowNames;
      if (format === 'csv') return { format, csv: matrixCsv(corner, rowNames, colNames, values) };
      return { format, header: [corner, ...colNames], rows: values.map((row, i) => [rowNames[i]!, ...row.map((v) => Number(v.toFixed(6)))]) };
    },
  };
}
