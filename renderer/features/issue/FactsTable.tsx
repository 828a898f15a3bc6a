import { useMemo, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { MethodInput } from '../../../shared/api';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { ApiCallError } from '../../api/client';
import { useServices } from '../../app/services-context';
import { EditableTable } from '../../components/table/EditableTable';
import type { Column, Parsed } from '../../components/table/types';
import { useManualOrder } from './manual-order';
import { formatFigure, parseFigure } from './numbers';
import { refusalMessage, worded } from './refusal';
import { excerpt } from './text';

type FactRecord = WalkSnapshot['facts'][number];
type FactInput = MethodInput<'facts.create'>;

const MAX_FIGURE = 1e13;
const YEARS = { min: 1000, max: 2200 };

/** The facts table's columns, in the order a pasted row fills them. */
function factColumns(t: TFunction, language: string): Column<FactRecord>[] {
  const text =
    (max: number, required = false) =>
    (typed: string): Parsed => {
      const value = typed.trim();
      if (required && value === '') return { ok: false, error: t('issue.facts.statementRequired') };
      if (value.length > max) return { ok: false, error: t('issue.tooLong', { max: formatFigure(max, language) }) };
      return { ok: true, value };
    };
  return [
    { key: 'statement', label: t('issue.facts.statement'), kind: 'text', primary: true, read: (f) => f.statement, parse: text(4000, true) },
    {
      key: 'figure',
      label: t('issue.facts.figure'),
      kind: 'number',
      width: '7.5rem',
      read: (f) => (f.figure === null ? '' : formatFigure(f.figure, language)),
      parse: (typed) => {
        const value = parseFigure(typed, language);
        if (value === undefined) return { ok: false, error: t('table.notANumber') };
        if (value !== null && Math.abs(value) > MAX_FIGURE) {
          return { ok: false, error: t('table.outOfRange', { min: formatFigure(-MAX_FIGURE, language), max: formatFigure(MAX_FIGURE, language) }) };
        }
        return { ok: true, value };
      },
    },
    { key: 'unit', label: t('issue.facts.unit'), kind: 'text', width: '7.5rem', read: (f) => f.unit, parse: text(500) },
    {
      key: 'year',
      label: t('issue.facts.year'),
      kind: 'number',
      width: '5rem',
      read: (f) => (f.year === null ? '' : String(f.year)),
      parse: (typed) => {
        const value = typed.replace(/[\s\u00a0\u202f]/g, '');
        if (value === '') return { ok: true, value: null };
        if (!/^\d+$/.test(value)) return { ok: false, error: t('table.wholeNumber') };
        const year = Number(value);
        if (year < YEARS.min || year > YEARS.max) return { ok: false, error: t('table.outOfRange', YEARS) };
        return { ok: true, value: year };
      },
    },
    { key: 'source', label: t('issue.facts.source'), kind: 'text', width: '13rem', read: (f) => f.source, parse: text(500) },
  ];
}

/** A first pasted row that repeats the column titles is a header, not a fact. */
const isHeader = (cells: string[], columns: Column<FactRecord>[], start: number) =>
  cells.every((cell, k) => cell === '' || cell.toLowerCase() === columns[start + k]?.label.toLowerCase());

/**
 * Step 1's facts and analyses: a keyboard-first table in the manual order. Alt+↑/Alt+↓ in a row (or
 * the buttons above the table) move it; rows pasted from a spreadsheet become new facts.
 */
export function FactsTable({ operationId, facts }: { operationId: string; facts: readonly FactRecord[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { walk, client, status, undo, attempt } = useServices();
  const columns = useMemo(() => factColumns(t, language), [t, language]);
  const { ordered, move } = useManualOrder(facts, (ids) => client.call('facts.reorder', { operationId, ids }));
  const [activeId, setActiveId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);
  const activeIndex = ordered.findIndex((f) => f.id === activeId);
  const active = activeIndex >= 0 ? ordered[activeIndex]! : null;

  async function moveFact(fact: FactRecord, delta: -1 | 1) {
    const to = await attempt(() => move(fact.id, delta));
    if (typeof to === 'number') {
      setAnnouncement(t('issue.facts.moved', { name: excerpt(fact.statement), position: to + 1, count: ordered.length }));
    }
  }

  const rowOf = (target: EventTarget) => {
    const row = target instanceof HTMLElement ? Number(target.dataset.row) : NaN;
    return Number.isInteger(row) && row < ordered.length ? ordered[row]! : null;
  };

  // Captured before the table's own arrows (which move between cells) so Alt+arrows move the row.
  function onKeyDownCapture(e: KeyboardEvent<HTMLDivElement>) {
    if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    const fact = rowOf(e.target);
    if (!fact) return;
    e.preventDefault();
    e.stopPropagation();
    void moveFact(fact, e.key === 'ArrowUp' ? -1 : 1);
  }

  function onFocus(e: FocusEvent<HTMLDivElement>) {
    if (!(e.target instanceof HTMLElement) || e.target.dataset.row === undefined) return;
    setActiveId(rowOf(e.target)?.id ?? null);
  }

  async function remove(fact: FactRecord) {
    try {
      await walk.getState().remove('facts', fact.id);
    } catch (err) {
      if (!(err instanceof ApiCallError)) throw err;
      return status.getState().reportError(err.error);
    }
    status.getState().showToast({
      message: t('issue.facts.deleted', { statement: excerpt(fact.statement) }),
      action: { label: t('common.undo'), run: () => void undo() },
    });
  }

  async function paste(rows: string[][], start: number) {
    setPasteError(null);
    const skip = rows.length > 1 && isHeader(rows[0]!, columns, start) ? 1 : 0;
    const inputs: FactInput[] = [];
    for (const [i, cells] of rows.entries()) {
      if (i < skip) continue;
      const values: Record<string, unknown> = {};
      for (const [k, cell] of cells.entries()) {
        const column = columns[start + k];
        if (!column || cell === '') continue;
        const parsed = column.parse!(cell);
        if (!parsed.ok) return setPasteError(t('issue.facts.pasteCellError', { row: i + 1, column: column.label, error: parsed.error }));
        values[column.key] = parsed.value;
      }
      if (!values.statement) return setPasteError(t('issue.facts.pasteNoStatement', { row: i + 1, column: columns[0]!.label }));
      inputs.push({ ...values, operationId } as FactInput);
    }
    let added = 0;
    for (const input of inputs) {
      try {
        await walk.getState().create('facts', input);
        added++;
      } catch (err) {
        return setPasteError(t('issue.facts.pastePartial', { added, count: inputs.length, error: refusalMessage(err, language) }));
      }
    }
    if (added > 0) status.getState().showToast({ message: t('issue.facts.pasted', { count: added }) });
  }

  return (
    <div className="facts-table" onKeyDownCapture={onKeyDownCapture} onFocus={onFocus}>
      {ordered.length > 1 && (
        <div className="reorder-bar" role="group" aria-label={t('issue.facts.reorderLabel')}>
          <span className="reorder-active">{active ? t('issue.facts.activeRow', { name: excerpt(active.statement, 48) }) : t('issue.facts.noActiveRow')}</span>
          <button
            type="button"
            className="button-quiet button-small"
            aria-label={active ? t('issue.facts.moveUpNamed', { name: excerpt(active.statement, 48) }) : t('issue.facts.moveUp')}
            aria-disabled={!active || activeIndex === 0}
            onClick={() => active && activeIndex > 0 && void moveFact(active, -1)}
          >
            <span aria-hidden="true">↑ </span>
            {t('issue.facts.moveUp')}
          </button>
          <button
            type="button"
            className="button-quiet button-small"
            aria-label={active ? t('issue.facts.moveDownNamed', { name: excerpt(active.statement, 48) }) : t('issue.facts.moveDown')}
            aria-disabled={!active || activeIndex === ordered.length - 1}
            onClick={() => active && activeIndex < ordered.length - 1 && void moveFact(active, 1)}
          >
            <span aria-hidden="true">↓ </span>
            {t('issue.facts.moveDown')}
          </button>
          <span className="meta reorder-hint">{t('issue.facts.moveHint')}</span>
        </div>
      )}
      <EditableTable
        caption={t('issue.facts.caption')}
        columns={columns}
        rows={ordered}
        rowName={(f) => excerpt(f.statement, 48)}
        empty={t('issue.facts.empty')}
        onChange={async (row, key, value) => {
          await worded(() => walk.getState().update('facts', row.id, { [key]: value }), language);
        }}
        onAdd={async (values) => {
          await worded(() => walk.getState().create('facts', { ...values, operationId } as FactInput), language);
        }}
        onDelete={remove}
        onPasteRows={paste}
      />
      {pasteError && (
        <p className="field-error" role="alert">
          {pasteError}
        </p>
      )}
      <p className="meta">{t('table.pasteHint')}</p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
