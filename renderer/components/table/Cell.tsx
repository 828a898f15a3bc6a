import { memo, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { Column } from './types';

interface Props<T> {
  row: T;
  column: Column<T>;
  value: string;
  rowIndex: number;
  colIndex: number;
  label: string;
  error?: string;
  /** Resolves true once the text is saved. */
  onCommit(row: T, column: Column<T>, text: string): Promise<boolean>;
  onKeyDown(e: KeyboardEvent<HTMLElement>, rowIndex: number, colIndex: number): void;
  onPaste?(e: ClipboardEvent<HTMLElement>, colIndex: number): void;
}

/**
 * One editable cell: keeps what is being typed locally and hands it over when the cell is left
 * or Enter is pressed; Escape puts back the saved value. Selects commit on change.
 */
function CellImpl<T>({ row, column, value, rowIndex, colIndex, label, error, onCommit: commitText, onKeyDown, onPaste }: Props<T>) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // Once saved, the typed text gives way to the saved value as formatted ("6800,5" → "6 800,5");
  // refused text stays in the cell, beside its error, for the user to correct.
  const onCommit = (text: string) => {
    void commitText(row, column, text).then((saved) => saved && setShown(text));
  };
  if (shown !== value) {
    // The saved value changed (undo, another window): show it unless the user is mid-edit.
    setShown(value);
    if (draft === shown) setDraft(value);
  }
  const common = {
    'data-row': rowIndex,
    'data-col': colIndex,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    // Narrow columns cut long names: the whole text shows on hover (and the error, when there is one).
    title: error ?? (value.length > 12 ? value : undefined),
    className: 'cell-input',
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'Escape') setDraft(value);
      onKeyDown(e, rowIndex, colIndex);
    },
    onPaste: onPaste ? (e: ClipboardEvent<HTMLElement>) => onPaste(e, colIndex) : undefined,
  };
  if (column.kind === 'select') {
    return (
      <select {...common} value={draft} onChange={(e) => (setDraft(e.target.value), onCommit(e.target.value))}>
        {column.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      {...common}
      type={column.kind === 'date' ? 'date' : 'text'}
      inputMode={column.kind === 'number' ? 'decimal' : undefined}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => draft !== value && onCommit(draft)}
      onKeyDownCapture={(e) => e.key === 'Enter' && draft !== value && onCommit(draft)}
    />
  );
}

export const Cell = memo(CellImpl) as typeof CellImpl;
