/** One row of `bench/results.json`. Times are in `unit` (milliseconds for every bench so far). */
export interface BenchResult {
  name: string;
  unit: 'ms';
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  n: number;
  /** The p99 (or, for frame times, the p95) must be at or under this, when set. */
  target?: { p99: number } | { p95: number };
  baseline?: { name: string; p50: number; p99: number };
  ratio?: { p50: number; p99: number };
  pass?: boolean;
  /** What the figure covers, in a sentence, for whoever reads the JSON later. */
  note?: string;
}

export interface Summary {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  n: number;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of an ascending array (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no samples');
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(mean),
    n: samples.length,
  };
}

/**
 * A result row from the measured samples, with its baseline (a request measured on the same path
 * that does not write, or the bare library) as ratios, and its verdict against the p99 or p95 target.
 */
export function resultRow(
  name: string,
  samples: readonly number[],
  options: { targetP99?: number; targetP95?: number; baseline?: { name: string; samples: readonly number[] }; note?: string } = {},
): BenchResult {
  const s = summarize(samples);
  const row: BenchResult = { name, unit: 'ms', ...s };
  if (options.note) row.note = options.note;
  if (options.baseline) {
    const b = summarize(options.baseline.samples);
    row.baseline = { name: options.baseline.name, p50: b.p50, p99: b.p99 };
    row.ratio = { p50: round(s.p50 / b.p50, 2), p99: round(s.p99 / b.p99, 2) };
  }
  if (options.targetP99 !== undefined) {
    row.target = { p99: options.targetP99 };
    row.pass = s.p99 <= options.targetP99;
  } else if (options.targetP95 !== undefined) {
    row.target = { p95: options.targetP95 };
    row.pass = s.p95 <= options.targetP95;
  }
  return row;
}
