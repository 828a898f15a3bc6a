import { memo, useCallback, useRef, useState, type ClipboardEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Cell } from './Cell';
import { isTablePaste, parseClipboardTable } from './clipboard';
import type { Column, Parsed } from './types';

interface Props<T extends { id: string }> {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  /** Saves one cell; rejects with a message to show beside it. */
  onChange(row: T, key: string, value: unknown): Promise<void>;
  /** Adds a row from the entry line's values (already parsed). */
  onAdd(values: Record<string, unknown>): Promise<void>;
  onDelete(row: T): Promise<void>;
  /** Rows pasted from a spreadsheet, starting at the given column. */
  onPasteRows?(rows: string[][], startColumn: number): Promise<void>;
  rowName(row: T): string;
  /** Extra buttons for a row (e.g. open its details), before its delete button. */
  rowActions?(row: T): ReactNode;
  empty?: string;
}

const parseWith = <T,>(column: Column<T>, text: string): Parsed => (column.parse ? column.parse(text) : { ok: true, value: text });

/**
 * A keyboard-first table editor: every cell saves itself, Enter on the last line adds a row,
 * Tab and arrows move between cells, pasting cells from a spreadsheet adds (or fills) rows,
 * each row has a delete button (Alt+Delete from any of its cells).
 */
export function EditableTable<T extends { id: string }>(props: Props<T>) {
  const { caption, columns, rows, onChange, onAdd, onDelete, onPasteRows, rowName, rowActions, empty } = props;
  const { t } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [entry, setEntry] = useState<Record<string, string>>({});
  const [entryError, setEntryError] = useState<string | null>(null);
  const entryRow = rows.length;
  // Handlers read the latest props through a ref, so cells keep stable callbacks and stay memoised.
  const latest = useRef({ entryRow, rows, onDelete, addFromEntry, onPasteRows, onChange });
  latest.current = { entryRow, rows, onDelete, addFromEntry, onPasteRows, onChange };

  const focusCell = (row: number, col: number) => {
    const el = tableRef.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
    el?.focus();
    if (el instanceof HTMLInputElement) el.select();
  };

  const commit = useCallback(
    async (row: T, column: Column<T>, text: string): Promise<boolean> => {
      const parsed = parseWith(column, text);
      const key = `${row.id}:${column.key}`;
      if (!parsed.ok) {
        setErrors((e) => ({ ...e, [key]: parsed.error }));
        return false;
      }
      try {
        await latest.current.onChange(row, column.key, parsed.value);
        setErrors(({ [key]: _gone, ...rest }) => rest);
        return true;
      } catch (err) {
        setErrors((e) => ({ ...e, [key]: err instanceof Error ? err.message : String(err) }));
        return false;
      }
    },
    [],
  );

  async function addFromEntry() {
    const values: Record<string, unknown> = {};
    for (const column of columns) {
      const text = entry[column.key] ?? '';
      if (column.primary && text.trim() === '') return setEntryError(t('table.primaryRequired', { column: column.label }));
      if (text === '' && column.kind !== 'select') continue;
      const parsed = parseWith(column, text);
      if (!parsed.ok) return setEntryError(`${column.label} : ${parsed.error}`);
      values[column.key] = parsed.value;
    }
    try {
      await onAdd(values);
      setEntry({});
      setEntryError(null);
      requestAnimationFrame(() => focusCell(entryRow + 1, 0));
    } catch (err) {
      setEntryError(err instanceof Error ? err.message : String(err));
    }
  }

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>, row: number, col: number) => {
      const { entryRow, rows, onDelete, addFromEntry } = latest.current;
      const isSelect = e.currentTarget.tagName === 'SELECT';
      if (e.key === 'ArrowDown' && !isSelect) focusCell(row + 1, col);
      else if (e.key === 'ArrowUp' && !isSelect) focusCell(row - 1, col);
      else if (e.key === 'Enter' && row === entryRow) void addFromEntry();
      else if (e.key === 'Enter' && !isSelect) focusCell(row + 1, col);
      else if (e.key === 'Delete' && e.altKey && row < entryRow) void onDelete(rows[row]!);
      else return;
      e.preventDefault();
    },
    [],
  );

  const pasteHandler = useCallback((e: ClipboardEvent<HTMLElement>, col: number) => {
    const text = e.clipboardData.getData('text/plain');
    if (!isTablePaste(text)) return;
    e.preventDefault();
    void latest.current.onPasteRows?.(parseClipboardTable(text), col);
  }, []);
  const onPaste = onPasteRows ? pasteHandler : undefined;
  const latestDelete = useCallback((row: T) => void latest.current.onDelete(row), []);

  return (
    <div className="table-wrap">
      <table className="editable-table" ref={tableRef}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" style={c.width ? { width: c.width } : undefined}>
                {c.label}
              </th>
            ))}
            <th scope="col" className="col-actions">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <Body rows={rows} columns={columns} rowName={rowName} rowActions={rowActions} errors={errors} commit={commit} onKeyDown={onKeyDown} onPaste={onPaste} onDelete={latestDelete} />
          <tr className="entry-row">
            {columns.map((c, ci) => (
              <td key={c.key}>
                {c.kind === 'select' ? (
                  <select
                    className="cell-input"
                    data-row={entryRow}
                    data-col={ci}
                    aria-label={`${c.label} – ${t('table.newRow')}`}
                    value={entry[c.key] ?? c.options?.[0]?.value ?? ''}
                    onChange={(e) => setEntry({ ...entry, [c.key]: e.target.value })}
                    onKeyDown={(e) => onKeyDown(e, entryRow, ci)}
                  >
                    {c.options?.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    className="cell-input"
                    data-row={entryRow}
                    data-col={ci}
                    type={c.kind === 'date' ? 'date' : 'text'}
                    aria-label={`${c.label} – ${t('table.newRow')}`}
                    placeholder={ci === 0 ? t('table.addPlaceholder') : undefined}
                    value={entry[c.key] ?? ''}
                    onChange={(e) => setEntry({ ...entry, [c.key]: e.target.value })}
                    onKeyDown={(e) => onKeyDown(e, entryRow, ci)}
                    onPaste={onPaste ? (e) => onPaste(e, ci) : undefined}
                  />
                )}
              </td>
            ))}
            <td className="col-actions">
              <button type="button" className="button-icon" aria-label={t('table.addRow')} onClick={() => void addFromEntry()}>
                +
              </button>
            </td>
          </tr>
        </tbody>
      </table>
      {rows.length === 0 && empty && <p className="meta table-empty">{empty}</p>}
      {entryError && (
        <p className="field-error" role="alert">
          {entryError}
        </p>
      )}
      {Object.keys(errors).length > 0 && (
        <p className="field-error" role="alert">
          {Object.values(errors)[0]}
        </p>
      )}
    </div>
  );
}

interface BodyProps<T extends { id: string }> {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowName(row: T): string;
  rowActions?(row: T): ReactNode;
  errors: Record<string, string>;
  commit(row: T, column: Column<T>, text: string): Promise<boolean>;
  onKeyDown(e: KeyboardEvent<HTMLElement>, row: number, col: number): void;
  onPaste?(e: ClipboardEvent<HTMLElement>, col: number): void;
  onDelete(row: T): void;
}

const Body = memo(function Body<T extends { id: string }>({ rows, columns, rowName, rowActions, errors, commit, onKeyDown, onPaste, onDelete }: BodyProps<T>) {
  const { t } = useTranslation();
  return (
    <>
          {rows.map((row, r) => (
            <tr key={row.id}>
              {columns.map((c, ci) => (
                <td key={c.key}>
                  <Cell
                    column={c}
                    value={c.read(row)}
                    rowIndex={r}
                    colIndex={ci}
                    label={`${c.label} – ${rowName(row)}`}
                    error={errors[`${row.id}:${c.key}`]}
                    row={row}
                    onCommit={commit}
                    onKeyDown={onKeyDown}
                    onPaste={onPaste}
                  />
                </td>
              ))}
              <td className="col-actions">
                {rowActions?.(row)}
                <button type="button" className="button-icon" aria-label={t('table.deleteRow', { name: rowName(row) })} title={t('table.deleteRowHint')} onClick={() => onDelete(row)}>
                  ×
                </button>
              </td>
            </tr>
          ))}
    </>
  );
}) as <T extends { id: string }>(props: BodyProps<T>) => ReactNode;
