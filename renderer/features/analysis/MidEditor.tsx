import { memo, useMemo, useRef, useState, type KeyboardEvent, type ChangeEvent, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { MID_MAX } from '../../../shared/analysis/mactor';
import { useServices } from '../../app/services-context';
import { rowsPerStep, useRevealed } from './Progressive';

interface Actor {
  id: string;
  short: string;
  full: string;
}

interface Props {
  operationId: string;
  actors: Actor[];
  values: number[][];
  /** Changes when the stored MID does (the snapshot's influences): pending cells are then dropped. */
  version: unknown;
}

/** The cell an event comes from (data-i, data-j on each input). */
function cellOf(target: EventTarget): [number, number] | null {
  const el = target as HTMLElement;
  if (el.dataset?.i === undefined || el.dataset.j === undefined) return null;
  return [Number(el.dataset.i), Number(el.dataset.j)];
}

/**
 * MACTOR's matrix of direct influences, edited by keyboard: arrows (and Enter, down) move between
 * cells, a digit 0–4 sets the cell at once (0 clears it), Delete or Backspace clears it. One cell is
 * in the tab order (roving tabindex); the diagonal is not editable. The events are handled once, on
 * the table, and rows render again only when their values or the active cell change: a 40 × 40
 * editor is 1,560 inputs.
 */
export function MidEditor({ operationId, actors, values, version }: Props) {
  const { t } = useTranslation();
  const { client, attempt } = useServices();
  const n = actors.length;
  const [active, setActive] = useState<[number, number]>([0, n > 1 ? 1 : 0]);
  const [pending, setPending] = useState<{ version: unknown; cells: Record<string, number> }>({ version, cells: {} });
  const table = useRef<HTMLTableElement>(null);
  const rows = useRevealed(n, rowsPerStep(n));

  // The snapshot reloads after each write: the stored values then replace the pending ones.
  const pendingCells = useMemo(() => (pending.version === version ? pending.cells : {}), [pending, version]);
  const key = (i: number, j: number) => `${i}:${j}`;
  const valueAt = (i: number, j: number) => pendingCells[key(i, j)] ?? values[i]?.[j] ?? 0;
  /** Per row, its pending cells (undefined for most rows, so they keep their memoised render). */
  const pendingByRow = useMemo(() => {
    const byRow: Record<number, Record<number, number>> = {};
    for (const [k, v] of Object.entries(pendingCells)) {
      const [i, j] = k.split(':').map(Number) as [number, number];
      (byRow[i] ??= {})[j] = v;
    }
    return byRow;
  }, [pendingCells]);

  const focus = (i: number, j: number) => {
    setActive([i, j]);
    table.current?.querySelector<HTMLInputElement>(`input[data-i="${i}"][data-j="${j}"]`)?.focus();
  };

  /** The next editable cell from (i, j) in direction (di, dj), skipping the diagonal; null at an edge. */
  const step = (i: number, j: number, di: number, dj: number): [number, number] | null => {
    let [a, b] = [i + di, j + dj];
    if (a === b) [a, b] = [a + di, b + dj];
    return a >= 0 && a < n && b >= 0 && b < n && a !== b ? [a, b] : null;
  };

  const set = (i: number, j: number, value: number) => {
    if (valueAt(i, j) === value) return;
    setPending((p) => ({ version, cells: { ...(p.version === version ? p.cells : {}), [key(i, j)]: value } }));
    void attempt(() => client.call('influences.set', { operationId, sourceActorId: actors[i]!.id, targetActorId: actors[j]!.id, value }));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const cell = cellOf(e.target);
    if (!cell) return;
    const [i, j] = cell;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      const next = step(i, j, move[0], move[1]);
      if (next) focus(...next);
      return;
    }
    if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const cols = [...Array(n).keys()].filter((c) => c !== i);
      const c = e.key === 'Home' ? cols[0] : cols[cols.length - 1];
      if (c !== undefined) focus(i, c);
      return;
    }
    if (/^[0-9]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      const v = Number(e.key);
      if (v <= MID_MAX) set(i, j, v);
      return;
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      set(i, j, 0);
    }
  };

  const onFocus = (e: FocusEvent<HTMLTableElement>) => {
    const cell = cellOf(e.target);
    if (cell) setActive(cell);
  };

  // Typing is handled on keydown; this catches input methods that skip it.
  const onChange = (e: ChangeEvent<HTMLTableElement>) => {
    const cell = cellOf(e.target);
    if (!cell) return;
    const typed = (e.target as unknown as HTMLInputElement).value.replace(String(valueAt(...cell)), '');
    if (/^[0-4]$/.test(typed)) set(cell[0], cell[1], Number(typed));
  };

  if (n < 2) return <p className="empty-state">{t('analysis.mid.needTwo')}</p>;

  return (
    <div className="analysis-matrix-scroll">
      <table ref={table} className="analysis-matrix analysis-mid" aria-describedby="analysis-mid-help" onKeyDown={onKeyDown} onFocus={onFocus} onChange={onChange}>
        <caption>{t('analysis.mid.caption')}</caption>
        <thead>
          <tr>
            <td className="analysis-corner">{t('analysis.mid.corner')}</td>
            {actors.map((a) => (
              <th key={a.id} scope="col" title={a.full}>
                {a.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {actors.slice(0, rows).map((source, i) => (
            <MidRow
              key={source.id}
              i={i}
              actors={actors}
              values={values[i]}
              pending={pendingByRow[i]}
              activeCol={active[0] === i ? active[1] : null}
              t={t}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each input's change reaches the table's handler; React wants a handler on a controlled input. */
const handledOnTheTable = () => undefined;

interface RowProps {
  i: number;
  actors: Actor[];
  values: number[] | undefined;
  pending: Record<number, number> | undefined;
  /** The column of the cell in the tab order, when it is in this row. */
  activeCol: number | null;
  t: TFunction;
}

const MidRow = memo(function MidRow({ i, actors, values, pending, activeCol, t }: RowProps) {
  const source = actors[i]!;
  return (
    <tr>
      <th scope="row" title={source.full}>
        {source.short}
      </th>
      {actors.map((target, j) => {
        if (i === j) {
          return (
            <td key={target.id} className="analysis-diagonal" aria-label={t('analysis.mid.diagonal')}>
              —
            </td>
          );
        }
        const value = pending?.[j] ?? values?.[j] ?? 0;
        return (
          <td key={target.id} className={value > 0 ? 'analysis-mid-set' : undefined}>
            <input
              className="cell-input analysis-mid-cell"
              inputMode="numeric"
              data-i={i}
              data-j={j}
              aria-label={t('analysis.mid.cell', { source: source.full, target: target.full })}
              value={String(value)}
              tabIndex={activeCol === j ? 0 : -1}
              onChange={handledOnTheTable}
            />
          </td>
        );
      })}
    </tr>
  );
});
