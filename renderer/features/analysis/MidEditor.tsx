import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MID_MAX } from '../../../shared/analysis/mactor';
import { useServices } from '../../app/services-context';
import { rowsPerStep, useRevealed } from './Progressive';

interface Props {
  operationId: string;
  actors: { id: string; short: string; full: string }[];
  values: number[][];
  /** Changes when the stored MID does (the snapshot's influences): pending cells are then dropped. */
  version: unknown;
}

/**
 * MACTOR's matrix of direct influences, edited by keyboard: arrows (and Enter, down) move between
 * cells, a digit 0–4 sets the cell at once (0 clears it), Delete or Backspace clears it. One cell is
 * in the tab order (roving tabindex); the diagonal is not editable.
 */
export function MidEditor({ operationId, actors, values, version }: Props) {
  const { t } = useTranslation();
  const { client, attempt } = useServices();
  const n = actors.length;
  const [active, setActive] = useState<[number, number]>([0, n > 1 ? 1 : 0]);
  const [pending, setPending] = useState<{ version: unknown; cells: Record<string, number> }>({ version, cells: {} });
  const cells = useRef(new Map<string, HTMLInputElement>());
  const rows = useRevealed(n, rowsPerStep(n));

  // The snapshot reloads after each write: the stored values then replace the pending ones.
  const pendingCells = pending.version === version ? pending.cells : {};
  const key = (i: number, j: number) => `${i}:${j}`;
  const valueAt = (i: number, j: number) => pendingCells[key(i, j)] ?? values[i]?.[j] ?? 0;

  const focus = (i: number, j: number) => {
    setActive([i, j]);
    cells.current.get(key(i, j))?.focus();
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
    void attempt(() =>
      client.call('influences.set', { operationId, sourceActorId: actors[i]!.id, targetActorId: actors[j]!.id, value }),
    );
  };

  const onKeyDown = (i: number, j: number) => (e: KeyboardEvent<HTMLInputElement>) => {
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

  if (n < 2) return <p className="empty-state">{t('analysis.mid.needTwo')}</p>;

  return (
    <div className="analysis-matrix-scroll">
      <table className="analysis-matrix analysis-mid" aria-describedby="analysis-mid-help">
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
            <tr key={source.id}>
              <th scope="row" title={source.full}>
                {source.short}
              </th>
              {actors.map((target, j) =>
                i === j ? (
                  <td key={target.id} className="analysis-diagonal" aria-label={t('analysis.mid.diagonal')}>
                    —
                  </td>
                ) : (
                  <td key={target.id} className={valueAt(i, j) > 0 ? 'analysis-mid-set' : undefined}>
                    <input
                      ref={(el) => {
                        if (el) cells.current.set(key(i, j), el);
                        else cells.current.delete(key(i, j));
                      }}
                      className="cell-input analysis-mid-cell"
                      inputMode="numeric"
                      aria-label={t('analysis.mid.cell', { source: source.full, target: target.full })}
                      value={String(valueAt(i, j))}
                      tabIndex={active[0] === i && active[1] === j ? 0 : -1}
                      onFocus={() => setActive([i, j])}
                      onKeyDown={onKeyDown(i, j)}
                      onChange={(e) => {
                        // Typing is handled on keydown; this catches input methods that skip it.
                        const typed = e.target.value.replace(String(valueAt(i, j)), '');
                        const v = Number(typed);
                        if (/^[0-4]$/.test(typed)) set(i, j, v);
                      }}
                    />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
