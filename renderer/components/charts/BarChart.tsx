import { Axis } from './Axis';
import { linear, wrapLabel } from './scale';
import './charts.css';

export interface Bar {
  key: string;
  label: string;
  /** null: no value yet (drawn as text, no bar). */
  value: number | null;
  /** The value in words, drawn after the bar and read in the table ("2 – en partie acquise"). */
  valueText: string;
}

interface Props {
  /** The accessible summary of the data (role="img" + aria-label). */
  label: string;
  bars: readonly Bar[];
  max: number;
  /** Values marked on the axis (default 0 … max). */
  ticks?: readonly number[];
  table: { caption: string; nameHeader: string; valueHeader: string };
  width?: number;
}

const ROW = 40;
const TOP = 6;
const AXIS = 26;

/**
 * A horizontal bar chart for a few named scores: one row per bar, its label on the left, the value in
 * words after the bar (never colour alone). One SVG image with a summary, plus a visually hidden table.
 */
export function BarChart({ label, bars, max, ticks, table, width = 900 }: Props) {
  const labelWidth = Math.round(width * 0.4);
  const valueWidth = 180;
  const x0 = labelWidth + 8;
  const x1 = width - valueWidth;
  const xs = linear(0, max, x0, x1);
  const height = TOP + bars.length * ROW + AXIS;
  const axisTicks = ticks ?? Array.from({ length: max + 1 }, (_, i) => i);
  const maxChars = Math.floor(labelWidth / 7.4);

  return (
    <figure className="chart chart-bars">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="chart-svg">
        <Axis side="bottom" ticks={axisTicks} scale={xs} across={[TOP, TOP + bars.length * ROW]} />
        {bars.map((bar, i) => {
          const cy = TOP + i * ROW + ROW / 2;
          const lines = wrapLabel(bar.label, maxChars);
          const end = bar.value === null ? x0 : xs(bar.value);
          return (
            <g key={bar.key}>
              <text className="chart-label" x={labelWidth} y={cy} textAnchor="end">
                {lines.map((line, li) => (
                  <tspan key={li} x={labelWidth} dy={li === 0 ? `${0.32 - (lines.length - 1) * 0.6}em` : '1.2em'}>
                    {line}
                  </tspan>
                ))}
              </text>
              {bar.value !== null && bar.value > 0 && <rect className="chart-bar" x={x0} y={cy - 10} width={Math.max(0, end - x0)} height={20} rx={3} />}
              {bar.value === 0 && <line className="chart-bar-zero" x1={x0} x2={x0} y1={cy - 10} y2={cy + 10} />}
              <text className={bar.value === null ? 'chart-value chart-value-none' : 'chart-value'} x={end + 8} y={cy} dy="0.32em">
                {bar.valueText}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.nameHeader}</th>
            <th scope="col">{table.valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.label}</th>
              <td>{bar.valueText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
