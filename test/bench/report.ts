import type { BenchReport } from './run';
import type { BenchResult } from './stats';

const targetText = (t: NonNullable<BenchResult['target']>) => ('p95' in t ? `p95 <= ${t.p95}` : `p99 <= ${t.p99}`);
const measured = (r: BenchResult) => (r.target && 'p95' in r.target ? `p95 ${ms(r.p95)}` : `p99 ${ms(r.p99)}`);
const ms = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(3));

/** The results as a plain-text table, with misses called out underneath. */
export function formatReport(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    `machine: ${m.cpus} CPU${m.cpus > 1 ? 's' : ''}${m.cpuModel ? ` (${m.cpuModel})` : ''}, node ${m.node}, ${m.platform}${m.chromium ? `, chromium ${m.chromium}` : ''}${m.loadavg ? `, load ${m.loadavg.join(' ')}` : ''}`,
    `date: ${report.date}    times in ms`,
    '',
  ];
  const header = ['name', 'n', 'p50', 'p95', 'p99', 'mean', 'target', 'baseline p50', 'baseline p99', 'ratio p50', 'ratio p99', 'pass'];
  const rows = report.results.map((r) => [
    r.name,
    String(r.n),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    ms(r.mean),
    r.target ? targetText(r.target) : '-',
    ms(r.baseline?.p50),
    ms(r.baseline?.p99),
    r.ratio ? `${r.ratio.p50.toFixed(2)}x` : '-',
    r.ratio ? `${r.ratio.p99.toFixed(2)}x` : '-',
    r.pass === undefined ? '-' : r.pass ? 'yes' : 'NO  <-- MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ').trimEnd();
  lines.push(line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line));

  const baselines = [...new Set(report.results.flatMap((r) => (r.baseline ? [r.baseline.name] : [])))];
  if (baselines.length) lines.push('', `baseline: ${baselines.join('; ')}`);
  const missed = report.results.filter((r) => r.pass === false);
  for (const r of missed) lines.push(`MISSED TARGET: "${r.name}" ${measured(r)} ms > ${targetText(r.target!).split(' <= ')[1]} ms`);
  if (!missed.length && report.results.some((r) => r.pass)) lines.push('all targets met');
  return lines.join('\n');
}
