import { AppError } from '../../../shared/errors';
import { fieldLabel, guessMapping, isValidMapping } from '../../../shared/files/columns';
import { shown } from '../../../shared/files/issues';
import { requiredFields, type Mapping, type Table, type TableField, type TableKind } from '../../../shared/files/table';

const labels = (fields: TableField[]) => ({
  columns: fields.map((f) => fieldLabel(f, 'en')).join(', '),
  columnsFr: fields.map((f) => fieldLabel(f, 'fr')).join(', '),
});

/**
 * The mapping an import uses: the one the user chose (checked), or the one guessed from the
 * header, which must find every required column and give no field two columns.
 */
export function resolveMapping(file: string, table: Table, kind: TableKind, given?: Mapping): Mapping {
  if (given) {
    if (!isValidMapping(given, table.header, kind)) throw new AppError('invalid-input', { path: 'mapping', detail: 'unknown field or column' });
    const missing = requiredFields[kind].filter((f) => given[f as keyof Mapping] === undefined);
    if (missing.length) throw new AppError('import-missing-column', { file, ...labels(missing), found: shown(table.header.join(', ')) });
    return given;
  }
  const guess = guessMapping(table.header, kind);
  if (guess.missing.length) {
    throw new AppError('import-missing-column', { file, ...labels(guess.missing), found: shown(table.header.join(', ')) || '—' });
  }
  const conflict = guess.conflicts[0];
  if (conflict) {
    throw new AppError('import-duplicate-column', {
      file,
      column: fieldLabel(conflict.field, 'en'),
      columnFr: fieldLabel(conflict.field, 'fr'),
      columns: conflict.columns.map((i) => table.header[i]).join(', '),
    });
  }
  return guess.mapping;
}
