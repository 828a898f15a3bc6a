import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { StakeholderRow } from '../../../shared/domain/walk/stakeholder-rows';
import { nameKey } from '../../../shared/domain/walk/names';
import type { Column } from '../../components/table/types';

export type StakeholderRowInput = z.input<typeof StakeholderRow>;

/** A row for `stakeholders.addRows` from parsed cell values; an unset engagement keeps its default. */
export function toStakeholderRow(values: Record<string, unknown>): StakeholderRowInput {
  const { engagement, ...rest } = values;
  return { ...(rest as StakeholderRowInput), ...(engagement ? { engagement: engagement as StakeholderRowInput['engagement'] } : {}) };
}

export type PasteReading = { ok: true; rows: StakeholderRowInput[] } | { ok: false; summary: string; errors: string[] };

/**
 * Reads rows pasted from a spreadsheet, cells mapped onto the columns from `start` on (extra cells
 * are ignored; a header line is skipped). Every row is checked before anything is imported: one
 * unreadable or out-of-range cell refuses the whole paste, each faulty cell named by its line (as
 * numbered in the pasted block) and column.
 */
export function readPastedRows<T>(
  t: TFunction,
  pasted: readonly string[][],
  start: number,
  columns: readonly Column<T>[],
  headerWords: readonly string[] = [],
): PasteReading {
  const primary = columns.findIndex((c) => c.primary);
  if (start > primary) {
    const column = columns[primary]?.label ?? '';
    return { ok: false, summary: t('stakeholders.errors.pasteNeedsName', { column }), errors: [] };
  }
  const rows: StakeholderRowInput[] = [];
  const errors: string[] = [];
  const invalid = new Set<number>();
  // A first line naming the columns ("Acteur", "Name"…) is a header, not a stakeholder.
  const headers = new Set(headerWords.map(nameKey));
  const skip = pasted[0] && headers.has(nameKey(pasted[0][0] ?? '')) ? 1 : 0;
  pasted.forEach((cells, r) => {
    if (r < skip) return;
    const values: Record<string, unknown> = {};
    const fail = (column: string, message: string) => {
      errors.push(t('stakeholders.errors.pasteRow', { row: r + 1, column, message }));
      invalid.add(r);
    };
    columns.forEach((column, c) => {
      const text = c >= start ? (cells[c - start] ?? '') : '';
      if (text.trim() === '') {
        if (column.primary) fail(column.label, t('stakeholders.errors.required'));
        return;
      }
      const parsed = column.parse ? column.parse(text) : { ok: true as const, value: text };
      if (parsed.ok) values[column.key] = parsed.value;
      else fail(column.label, parsed.error);
    });
    rows.push(toStakeholderRow(values));
  });
  if (invalid.size > 0) return { ok: false, summary: t('stakeholders.errors.pasteRefused', { count: invalid.size }), errors };
  return { ok: true, rows };
}
