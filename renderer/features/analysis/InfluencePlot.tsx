import { Axis } from '../../components/charts/Axis';
import { niceDomain, linear } from '../../components/charts/scale';
import { placeLabels } from './plot-labels';
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
  /** Heading of the list naming the points labelled by a number (where names would overlap). */
  legend: string;
  format: (v: number) => string;
  width?: number;
  height?: number;
}

const M = { left: 56, right: 24, top: 16, bottom: 44 };
const RADIUS = 5;

/**
 * MACTOR's influence–dependence plane: dependence across, influence up; dashed lines at the means
 * split it into dominant, relay, dominated and autonomous actors. Names never overlap: actors at the
 * same spot share a label, and where names would not fit, the spot gets a number, named in the
 * legend under the plane. One SVG image with a summary,
 * plus a visually hidden table of the same numbers.
 */
export function InfluencePlot({ label, points, axes, table, legend, format, width = 560, height = 380 }: Props) {
  const xd = niceDomain(0, Math.max(1, ...points.map((p) => p.dependence)));
  const yd = niceDomain(0, Math.max(1, ...points.map((p) => p.influence)));
  const x = linear(xd.min, xd.max, M.left, width - M.right);
  const y = linear(yd.min, yd.max, height - M.bottom, M.top);
  const mean = (f: (p: PlotPoint) => number) => (points.length ? points.reduce((s, p) => s + f(p), 0) / points.length : 0);
  const mx = mean((p) => p.dependence);
  const my = mean((p) => p.influence);
  // Where the plane is crowded, the most influential or dependent actors keep their names.
  const prominent = [...points].sort((a, b) => b.influence + b.dependence - (a.influence + a.dependence));
  const labels = placeLabels(
    prominent.map((p) => ({ key: p.key, x: x(p.dependence), y: y(p.influence), text: p.short })),
    { left: M.left + 2, right: width - 2, top: 2, bottom: height - M.bottom - 2 },
    { radius: RADIUS },
  );
  const byKey = new Map(points.map((p) => [p.key, p]));
  const numbered = labels.filter((l) => l.number !== null);
  return (
    <figure className="chart analysis-plot">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="chart-svg">
        <Axis side="bottom" ticks={xd.ticks} scale={x} across={[M.top, height - M.bottom]} />
        <Axis side="left" ticks={yd.ticks} scale={y} across={[M.left, width - M.right]} />
        <line className="analysis-plot-mean" x1={x(mx)} x2={x(mx)} y1={M.top} y2={height - M.bottom} />
        <line className="analysis-plot-mean" x1={M.left} x2={width - M.right} y1={y(my)} y2={y(my)} />
        <text className="chart-label" x={(M.left + width - M.right) / 2} y={height - 6} textAnchor="middle">
          {axes.x}
        </text>
        <text className="chart-label" transform={`translate(14 ${(M.top + height - M.bottom) / 2}) rotate(-90)`} textAnchor="middle">
          {axes.y}
        </text>
        {points.map((p) => (
          <circle key={p.key} className="analysis-plot-point" cx={x(p.dependence)} cy={y(p.influence)} r={RADIUS} />
        ))}
        {labels.map((l) => (
          <text key={l.keys[0]} className={l.number === null ? 'analysis-plot-label' : 'analysis-plot-label analysis-plot-number'} x={l.x} y={l.y} dy="0.32em" textAnchor={l.anchor}>
            {l.text}
          </text>
        ))}
      </svg>
      {numbered.length > 0 && (
        <figcaption className="analysis-plot-legend">
          <span className="meta">{legend}</span>
          <ul>
            {numbered.map((l) => (
              <li key={l.keys[0]}>
                <span className="analysis-plot-legend-number">{l.number}</span> {l.keys.map((k) => byKey.get(k)?.full).join(', ')}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
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
