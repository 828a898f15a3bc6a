import { extname } from 'node:path';
import { nameKey } from '../../../shared/domain/walk/names';
import type { Locale } from '../../../shared/errors';
import {
  MAX_ISSUES_SENT,
  PREVIEW_ROWS,
  type FileMapping,
  type FilesPreview,
} from '../../../shared/files/api-schemas';
import { guessMapping, isValidMapping } from '../../../shared/files/columns';
import { checkActorRows } from '../../../shared/files/rows';
import { requiredFields, type ActorField, type Mapping, type Table, type TableKind } from '../../../shared/files/table';
import { AppError } from '../../../shared/errors';
import { stmt } from '../db/statements';
import { defineHandlers } from '../handler-types';
import type { Workspace } from '../workspace/workspace';
import { bytesSource } from './byte-source';
import { csvFiles } from './csv-export';
import { exportTables } from './export-tables';
import { exportGexf } from './gexf-export';
import { importActors } from './import-actors';
import { emptyReport, ImportInvalidError, type DuplicateMatch, type ImportReport } from './import-report';
import { importRelations } from './import-relations';
import { DEFAULT_LIMITS } from './limits';
import { readTable, type ReadTable, type TableFormat } from './table-reader';
import { collectWorkspace, exportJson } from './workspace-dump';
import { tablesToXlsx } from './xlsx-export';

interface Upload {
  operationId: string;
  kind: TableKind;
  name: string;
  contentBase64: string;
}

const tableFormat = (name: string): TableFormat => (extname(name).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv');

/** Decodes the upload and reads it as a table of the kind asked for (CSV or XLSX). */
async function readUpload(upload: Upload): Promise<ReadTable> {
  const bytes = Buffer.from(upload.contentBase64, 'base64');
  const format = tableFormat(upload.name);
  if (format !== 'xlsx' && /\.(json|gexf|graphml)$/i.test(upload.name)) {
    throw new AppError('import-unsupported', {
      file: upload.name,
      detail: 'stakeholders and relations are read from CSV or XLSX files',
      detailFr: 'les parties prenantes et les relations se lisent dans un fichier CSV ou XLSX',
    });
  }
  return readTable(bytesSource(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), upload.name), format, upload.kind, {
    limits: DEFAULT_LIMITS,
  });
}

/** Rows naming an existing actor or an earlier row of the file (the same rule as the import). */
function actorDuplicates(ws: Workspace, operationId: string, table: Table, mapping: Mapping<ActorField>, locale: Locale): DuplicateMatch[] {
  const actors = new Map<string, { id: string; name: string }>();
  for (const a of stmt(ws.db, 'SELECT id, name FROM actors').all() as { id: string; name: string }[]) actors.set(nameKey(a.name), a);
  const participating = new Set(stmt(ws.db, 'SELECT actor_id FROM participations WHERE operation_id = ?').pluck().all(operationId) as string[]);
  const first = new Map<string, { line: number; name: string }>();
  const out: DuplicateMatch[] = [];
  for (const draft of checkActorRows(table, mapping, locale).drafts) {
    const key = nameKey(draft.name);
    const actor = actors.get(key);
    const earlier = first.get(key);
    if (actor || earlier) {
      out.push({
        line: draft.line,
        name: draft.name,
        actorId: actor?.id ?? null,
        actorName: actor?.name ?? earlier?.name ?? draft.name,
        ...(earlier ? { sameAsLine: earlier.line } : {}),
        participating: !!actor && participating.has(actor.id),
      });
    }
    if (!earlier) first.set(key, { line: draft.line, name: draft.name });
  }
  return out;
}

/** Runs the importer of the kind (a dry run or for real); row errors come back in the report. */
function runImport(ws: Workspace, read: ReadTable, upload: Upload, options: { mapping: Mapping; skipLines?: number[]; dryRun: boolean; locale: Locale }) {
  const report = emptyReport(upload.name, upload.kind, read.format, options.dryRun);
  const importer = upload.kind === 'actors' ? importActors : importRelations;
  return importer(ws, read.table, report, { operationId: upload.operationId, ...options });
}

export async function previewUpload(ws: Workspace, upload: Upload & { mapping?: FileMapping }, locale: Locale): Promise<FilesPreview> {
  const read = await readUpload(upload);
  const { table } = read;
  const guessed = guessMapping(table.header, upload.kind).mapping;
  const mapping = (upload.mapping ?? guessed) as Mapping;
  if (upload.mapping && !isValidMapping(mapping, table.header, upload.kind)) {
    throw new AppError('invalid-input', { path: 'mapping', detail: 'unknown field or column' });
  }
  const missing = requiredFields[upload.kind].filter((f) => mapping[f as keyof Mapping] === undefined);
  const preview: FilesPreview = {
    format: read.format,
    encoding: read.encoding ?? null,
    separator: read.separator ?? null,
    sheet: read.sheet ?? null,
    header: table.header,
    headerLine: table.headerLine,
    rowCount: table.rows.length,
    rows: table.rows.slice(0, PREVIEW_ROWS),
    mapping,
    guessed,
    missing,
    errors: [],
    errorCount: 0,
    warnings: [],
    duplicates: [],
    created: {},
    updated: {},
  };
  if (missing.length) return preview;
  let report: ImportReport;
  try {
    report = runImport(ws, read, upload, { mapping, dryRun: true, locale });
  } catch (e) {
    if (!(e instanceof ImportInvalidError)) throw e;
    report = e.report;
    report.created = {};
    report.updated = {};
  }
  const duplicates = upload.kind === 'actors' ? actorDuplicates(ws, upload.operationId, table, mapping as Mapping<ActorField>, locale) : [];
  return {
    ...preview,
    errors: report.errors.slice(0, MAX_ISSUES_SENT),
    errorCount: report.errors.length,
    warnings: report.warnings.slice(0, MAX_ISSUES_SENT),
    duplicates,
    created: report.created,
    updated: report.updated,
  };
}

const mimeTypes = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  gexf: 'application/gexf+xml',
} as const;

const base64 = (data: string | Uint8Array) => Buffer.from(data).toString('base64');

/** A file name from the operation's title (or "tesr"), safe on every system. */
const baseName = (title: string | null) =>
  (title ?? 'tesr')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'tesr';

export const fileHandlers = defineHandlers({
  'files.preview': (input, { ws, prefs }) => previewUpload(ws, input, prefs.get().locale),
  'files.import': async (input, { ws, prefs, clientId }) => {
    const locale = prefs.get().locale;
    const read = await readUpload(input);
    const skipLines = (input.duplicateChoices ?? []).filter((c) => c.choice === 'skip').map((c) => c.line);
    // One change named 'files.import' (the importer's own change joins it), made by this client.
    const report = ws.change('files.import', () => runImport(ws, read, input, { mapping: input.mapping as Mapping, skipLines, dryRun: false, locale }), clientId);
    return { rows: report.rows, created: report.created, updated: report.updated, skipped: skipLines.length, written: report.written };
  },
  'files.export': async ({ operationId, format, includePrivate }, { ws, prefs }) => {
    const locale = prefs.get().locale;
    const options = { operationId: operationId ?? null, includePrivate };
    const content = collectWorkspace(ws.db, options);
    const title = operationId ? (content.operations[0]?.operation.title ?? null) : ws.name;
    const name = baseName(title);
    if (format === 'json') return { files: [{ name: `${name}.json`, mimeType: mimeTypes.json, contentBase64: base64(exportJson(ws.db, options)), rows: null }] };
    if (format === 'gexf') {
      return { files: [{ name: `${name}.gexf`, mimeType: mimeTypes.gexf, contentBase64: base64(exportGexf(content, locale, !!operationId)), rows: null }] };
    }
    const tables = exportTables(content, locale);
    if (format === 'xlsx') return { files: [{ name: `${name}.xlsx`, mimeType: mimeTypes.xlsx, contentBase64: base64(await tablesToXlsx(tables)), rows: null }] };
    const rows = Object.fromEntries(tables.map((t) => [t.name, t.rows.length]));
    const csvRows = tables.map((t) => rows[t.name] ?? 0);
    return {
      files: csvFiles(tables, locale).map((f, i) => ({ name: `${name}-${f.name}`, mimeType: mimeTypes.csv, contentBase64: base64(f.data), rows: csvRows[i] ?? null })),
    };
  },
});
