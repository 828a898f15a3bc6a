import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The element holding the table whose rows can be opened. */
  tableRef: RefObject<HTMLElement | null>;
  rows: readonly { id: string; name: string }[];
  onOpen(id: string): void;
}

/**
 * Opens the details of the table row the user is on: this button names that row, and Alt+Enter in
 * any of its cells does the same. It follows focus on its own, so moving between cells re-renders
 * this button only, never the (possibly long) table.
 */
export function RowDetailsButton({ tableRef, rows, onOpen }: Props) {
  const { t } = useTranslation();
  const [activeId, setActiveId] = useState<string | null>(null);
  const latest = useRef({ rows, onOpen });
  useEffect(() => {
    latest.current = { rows, onOpen };
  });

  useEffect(() => {
    const root = tableRef.current;
    if (!root) return;
    const rowAt = (target: EventTarget | null) => {
      const cell = target instanceof Element ? target.closest('[data-row]') : null;
      return cell ? latest.current.rows[Number(cell.getAttribute('data-row'))] : undefined;
    };
    const onFocus = (e: FocusEvent) => {
      const row = rowAt(e.target);
      if (row) setActiveId(row.id);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !e.altKey) return;
      const row = rowAt(e.target);
      if (!row) return;
      e.preventDefault();
      e.stopPropagation(); // the table would otherwise move to the next row
      latest.current.onOpen(row.id);
    };
    root.addEventListener('focusin', onFocus);
    root.addEventListener('keydown', onKey);
    return () => {
      root.removeEventListener('focusin', onFocus);
      root.removeEventListener('keydown', onKey);
    };
  }, [tableRef]);

  const active = rows.find((r) => r.id === activeId) ?? rows[0];
  if (!active) return null;
  return (
    <button type="button" className="button-quiet stakeholder-details-button" title={t('stakeholders.table.detailsHint')} aria-keyshortcuts="Alt+Enter" onClick={() => onOpen(active.id)}>
      <span aria-hidden="true">☰ </span>
      {t('stakeholders.table.details', { name: active.name })}
    </button>
  );
}
