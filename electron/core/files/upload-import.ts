import { extname } from 'node:path';
import { AppError, type Locale } from '../../../shared/errors';
import { MAX_ISSUES_SENT, PREVIEW_ROWS, type DuplicateChoice, type FileMapping, type FilesPreview } from '../../../shared/files/api-schemas';
import { guessMapping, isValidMapping } from '../../../shared/files/columns';
import { requiredFields, type Mapping, type TableKind } from '../../../shared/files/table';
import type { Workspace } from '../workspace/workspace';
import { fileSource } from './byte-source';
import type { FileTasks } from './file-tasks';
import { applyImport } from './import-file';
import { ImportInvalidError, type ImportFormat, type ImportReport } from './import-report';
import type { Job } from './jobs';
import { DEFAULT_LIMITS, WORKER_MIN_BYTES } from './limits';
import { formatOf, readImport, type ParsedFile } from './read-import';
import { readImportInWorker } from './read-in-worker';

export interface UploadRequest {
  operationId: string;
  uploadId: string;
  kind: TableKind;
  jobId?: string;
}

/** Networks and JSON exports say what they hold; anything else is a table of the kind chosen. */
const DOCUMENTS: ReadonlySet<string> = new Set<ImportFormat>(['json', 'gexf', 'graphml']);
const uploadFormat = (name: string, kind: TableKind): ImportFormat => {
  const ext = extname(name).slice(1).toLowerCase();
  return DOCUMENTS.has(ext) ? (ext as ImportFormat) : formatOf(name, kind);
};

const stopIfCancelled = (job: Job, file: string) => {
  if (job.signal.aborted) throw new AppError('import-cancelled', { file });
};

/**
 * Reads a complete upload with its format's parser (on a worker thread when large), reporting the
 * bytes read; the preview's parse is kept, so the import that follows does not read it again.
 */
async function parseUpload(files: FileTasks, request: UploadRequest, job: Job): Promise<ParsedFile> {
  const upload = files.uploads.complete(request.uploadId);
  const format = uploadFormat(upload.name, request.kind);
  const key = `${format}:${request.kind}`;
  const cached = files.uploads.cached(upload.id, key);
  if (cached) return cached;
  const kind = format === 'csv' || format === 'xlsx' ? request.kind : undefined;
  const options = { limits: DEFAULT_LIMITS, signal: job.signal, onProgress: (read: number, total: number) => job.progress('read', read, total) };
  const parsed =
    upload.size >= WORKER_MIN_BYTES
      ? await readImportInWorker(upload.path, upload.name, format, kind, options)
      : await readImport(fileSource(upload.path, upload.name), format, kind, options);
  stopIfCancelled(job, upload.name);
  files.uploads.cache(upload.id, key, parsed);
  return parsed;
}

/** A dry run: the report, or the report of its row errors (nothing would be created then). */
function dryRun(run: () => ImportReport): ImportReport {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof ImportInvalidError)) throw e;
    return { ...e.report, created: {}, updated: {} };
  }
}

const issues = (report: ImportReport) => ({
  errors: report.errors.slice(0, MAX_ISSUES_SENT),
  errorCount: report.errors.length,
  warnings: report.warnings.slice(0, MAX_ISSUES_SENT),
  created: report.created,
  updated: report.updated,
});

/** What a network or a JSON export would add: counts, errors, actors it matches. */
function documentPreview(format: ImportFormat, report: ImportReport): FilesPreview {
  return {
    format,
    encoding: null,
    separator: null,
    sheet: null,
    header: [],
    headerLine: 0,
    rowCount: report.rows,
    rows: [],
    mapping: {},
    guessed: {},
    missing: [],
    duplicates: report.duplicates.slice(0, MAX_ISSUES_SENT),
    ...issues(report),
  };
}

export function previewUpload(
  ws: Workspace,
  files: FileTasks,
  request: UploadRequest & { mapping?: FileMapping },
  locale: Locale,
): Promise<FilesPreview> {
  return files.jobs.run(request.jobId, async (job) => {
    let parsed: ParsedFile;
    try {
      parsed = await parseUpload(files, request, job);
    } catch (e) {
      // A JSON export failing its schema: its errors are the preview.
      if (e instanceof ImportInvalidError) return documentPreview('json', { ...e.report, created: {}, updated: {} });
      throw e;
    }
    job.progress('check', 0, 1);
    const options = { operationId: request.operationId, dryRun: true, locale };
    if (!('table' in parsed)) return documentPreview(parsed.format, dryRun(() => applyImport(ws, parsed, options)));

    const read = parsed.table;
    const { table } = read;
    const guessed = guessMapping(table.header, read.kind).mapping;
    const mapping = (request.mapping ?? guessed) as Mapping;
    if (request.mapping && !isValidMapping(mapping, table.header, read.kind)) {
      throw new AppError('invalid-input', { path: 'mapping', detail: 'unknown field or column' });
    }
    const missing = requiredFields[read.kind].filter((f) => mapping[f as keyof Mapping] === undefined);
    const base = {
      format: parsed.format,
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
    };
    if (missing.length) return { ...base, errors: [], errorCount: 0, warnings: [], duplicates: [], created: {}, updated: {} };
    const report = dryRun(() => applyImport(ws, parsed, { ...options, mapping }));
    return { ...base, ...issues(report), duplicates: report.duplicates.slice(0, MAX_ISSUES_SENT) };
  });
}

/** Imports an upload in ONE change (the importer's own change joins it), made by this client. */
export function importUpload(
  ws: Workspace,
  files: FileTasks,
  request: UploadRequest & { mapping?: FileMapping; duplicateChoices?: DuplicateChoice[] },
  locale: Locale,
  clientId?: string,
) {
  return files.jobs.run(request.jobId, async (job) => {
    const parsed = await parseUpload(files, request, job);
    job.progress('check', 0, 1);
    const skipLines = (request.duplicateChoices ?? []).filter((c) => c.choice === 'skip').map((c) => c.line);
    const options = { operationId: request.operationId, mapping: request.mapping as Mapping | undefined, skipLines, dryRun: false, locale };
    // From here on nothing awaits: the checks and the one transaction run to the end, or throw.
    const report = ws.change('files.import', () => applyImport(ws, parsed, options), clientId);
    files.uploads.discard(request.uploadId);
    return { rows: report.rows, created: report.created, updated: report.updated, skipped: skipLines.length, written: report.written };
  });
}
