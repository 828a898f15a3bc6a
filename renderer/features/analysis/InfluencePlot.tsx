import { niceDomain, linear } from '../../components/charts/scale';
import '../../components/charts/charts.css';

export interface PlotPoint {
  key: string;
  short: string;
  full: string;
  influence: number;
  dependence: number;
}

interface Props {
  label: string;
  points: PlotPoint[];
  axes: { x: string; y: string };
  table: { caption: string; name: string; influence: string; dependence: string };
  format: (v: number) => string;
  width?: number;
  height?: number;
}

const M = { left: 56, right: 24, top: 16, bottom: 44 };

/**
 * MACTOR's influence–dependence plane: dependence across, influence up; dashed lines at the means
 * split it into dominant, relay, dominated and autonomous actors. One SVG image with a summary,
 * plus a visually hidden table of the same numbers.
 */
export function InfluencePlot({ label, points, axes, table, format, width = 560, height = 380 }: Props) {
  const xd = niceDomain(0, Math.max(1, ...points.map((p) => p.dependence)));
  const yd = niceDomain(0, Math.max(1, ...points.map((p) => p.influence)));
  const x = linear(xd.min, xd.max, M.left, width - M.right);
  const y = linear(yd.min, yd.max, height - M.bottom, M.top);
  const mean = (f: (p: PlotPoint) => number) => (points.length ? points.reduce((s, p) => s + f(p), 0) / points.length : 0);
  const mx = mean((p) => p.dependence);
  const my = mean((p) => p.influence);
  return (
    <figure className="chart analysis-plot">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="chart-svg">
        {xd.ticks.map((v) => (
          <g key={`x${v}`} className="chart-grid">
            <line x1={x(v)} x2={x(v)} y1={M.top} y2={height - M.bottom} />
            <text className="chart-tick" x={x(v)} y={height - M.bottom + 16} textAnchor="middle">
              {v}
            </text>
          </g>
        ))}
        {yd.ticks.map((v) => (
          <g key={`y${v}`} className="chart-grid">
            <line x1={M.left} x2={width - M.right} y1={y(v)} y2={y(v)} />
            <text className="chart-tick" x={M.left - 8} y={y(v)} dy="0.32em" textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        <line className="analysis-plot-mean" x1={x(mx)} x2={x(mx)} y1={M.top} y2={height - M.bottom} />
        <line className="analysis-plot-mean" x1={M.left} x2={width - M.right} y1={y(my)} y2={y(my)} />
        <text className="chart-label" x={(M.left + width - M.right) / 2} y={height - 6} textAnchor="middle">
          {axes.x}
        </text>
        <text className="chart-label" transform={`translate(14 ${(M.top + height - M.bottom) / 2}) rotate(-90)`} textAnchor="middle">
          {axes.y}
        </text>
        {points.map((p) => (
          <g key={p.key} className="analysis-plot-point">
            <circle cx={x(p.dependence)} cy={y(p.influence)} r={5} />
            <text x={x(p.dependence) + 8} y={y(p.influence)} dy="0.32em">
              {p.short}
            </text>
          </g>
        ))}
      </svg>
      <table className="visually-hidden">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.name}</th>
            <th scope="col">{table.influence}</th>
            <th scope="col">{table.dependence}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.key}>
              <th scope="row">{p.full}</th>
              <td>{format(p.influence)}</td>
              <td>{format(p.dependence)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
