import { Axis } from './Axis';
import { dayTime, linear, niceDomain } from './scale';
import './charts.css';

export interface LinePoint {
  /** An ISO calendar day. */
  x: string;
  y: number;
}

export interface ReferenceLine {
  value: number;
  /** Short text drawn at the line's end, e.g. "Cible : 400". */
  label: string;
  /** Drawn dashed (baseline) or dotted and bold (target): told apart by more than colour. */
  kind: 'baseline' | 'target';
  /** Full wording for the table read by screen readers, e.g. "Valeur de référence". */
  name: string;
}

interface Props {
  /** The accessible summary of the data (role="img" + aria-label). */
  label: string;
  points: readonly LinePoint[];
  references?: readonly ReferenceLine[];
  formatX(iso: string): string;
  formatXShort?(iso: string): string;
  formatY(n: number): string;
  /** The visually hidden table giving every value. */
  table: { caption: string; xHeader: string; yHeader: string };
  width?: number;
  height?: number;
}

const M = { top: 14, right: 112, bottom: 30, left: 62 };

/**
 * A small line chart of dated values with horizontal reference lines (baseline, target). Drawn in
 * SVG as one image with a summary for screen readers, and every value in a visually hidden table.
 */
export function LineChart({ label, points, references = [], formatX, formatXShort = formatX, formatY, table, width = 520, height = 200 }: Props) {
  const sorted = [...points].sort((a, b) => dayTime(a.x) - dayTime(b.x));
  const times = sorted.map((p) => dayTime(p.x));
  const values = [...sorted.map((p) => p.y), ...references.map((r) => r.value)];
  const lo = Math.min(...values);
  const domain = niceDomain(lo >= 0 ? 0 : lo, Math.max(...values));
  const x0 = M.left;
  const x1 = width - M.right;
  const y0 = height - M.bottom;
  const y1 = M.top;
  const tMin = Math.min(...times);
  const tMax = Math.max(...times);
  const xs = linear(tMin, tMax, x0 + 28, x1 - 28);
  const ys = linear(domain.min, domain.max, y0, y1);
  const path = sorted.map((p, i) => `${i ? 'L' : 'M'}${xs(times[i]!).toFixed(1)},${ys(p.y).toFixed(1)}`).join(' ');

  // Reference labels stay apart even when the lines are close.
  const refLabels = references.map((r) => ({ ...r, ly: ys(r.value) })).sort((a, b) => a.ly - b.ly);
  for (let i = 1; i < refLabels.length; i++) {
    if (refLabels[i]!.ly - refLabels[i - 1]!.ly < 14) refLabels[i]!.ly = refLabels[i - 1]!.ly + 14;
  }
  const labelled = sorted.length <= 4 ? sorted : sorted.slice(-1);
  const xTicks = sorted.length <= 1 ? sorted : [sorted[0]!, sorted[sorted.length - 1]!];

  return (
    <figure className="chart chart-line">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="chart-svg">
        <Axis side="left" ticks={domain.ticks} scale={ys} across={[x0, x1]} format={formatY} />
        <line className="chart-axis" x1={x0} x2={x1} y1={y0} y2={y0} />
        {xTicks.map((p, i) => (
          <text key={`${p.x}-${i}`} x={xs(dayTime(p.x))} y={y0 + 18} textAnchor={xTicks.length === 1 ? 'middle' : i === 0 ? 'start' : 'end'} className="chart-tick">
            {formatXShort(p.x)}
          </text>
        ))}
        {refLabels.map((r) => (
          <g key={r.kind} className={`chart-ref chart-ref-${r.kind}`}>
            <line x1={x0} x2={x1} y1={ys(r.value)} y2={ys(r.value)} />
            <text x={x1 + 6} y={r.ly} dy="0.32em">
              {r.label}
            </text>
          </g>
        ))}
        {sorted.length > 1 && <path className="chart-series" d={path} />}
        {sorted.map((p, i) => (
          <circle key={`${p.x}-${i}`} className="chart-point" cx={xs(times[i]!)} cy={ys(p.y)} r={4} />
        ))}
        {labelled.map((p, i) => (
          <text key={`${p.x}-${i}`} className="chart-value" x={xs(dayTime(p.x))} y={ys(p.y) - 9} textAnchor="middle">
            {formatY(p.y)}
          </text>
        ))}
      </svg>
      <table className="visually-hidden">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.xHeader}</th>
            <th scope="col">{table.yHeader}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((p, i) => (
            <tr key={`${p.x}-${i}`}>
              <td>{formatX(p.x)}</td>
              <td>{formatY(p.y)}</td>
            </tr>
          ))}
        </tbody>
        {references.length > 0 && (
          <tfoot>
            {references.map((r) => (
              <tr key={r.kind}>
                <th scope="row">{r.name}</th>
                <td>{formatY(r.value)}</td>
              </tr>
            ))}
          </tfoot>
        )}
      </table>
    </figure>
  );
}
