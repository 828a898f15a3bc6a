interface Props {
  /** bottom: ticks along x with vertical grid lines; left: ticks along y with horizontal ones. */
  side: 'bottom' | 'left';
  ticks: readonly number[];
  /** Value to position along the axis. */
  scale: (v: number) => number;
  /** Where the grid lines start and end across the plot (the y range for bottom, the x range for left). */
  across: readonly [number, number];
  format?: (v: number) => string;
}

/** One axis of a chart: a grid line and a tick label per value, under (bottom) or left of the plot. */
export function Axis({ side, ticks, scale, across: [a, b], format = String }: Props) {
  return (
    <>
      {ticks.map((v) => {
        const p = scale(v);
        return side === 'bottom' ? (
          <g key={v} className="chart-grid">
            <line x1={p} x2={p} y1={a} y2={b} />
            <text className="chart-tick" x={p} y={Math.max(a, b) + 17} textAnchor="middle">
              {format(v)}
            </text>
          </g>
        ) : (
          <g key={v} className="chart-grid">
            <line x1={a} x2={b} y1={p} y2={p} />
            <text className="chart-tick" x={Math.min(a, b) - 8} y={p} dy="0.32em" textAnchor="end">
              {format(v)}
            </text>
          </g>
        );
      })}
    </>
  );
}
