import { defineHandlers } from '../handler-types';
import { csvFiles } from './csv-export';
import { exportTables } from './export-tables';
import { exportGexf } from './gexf-export';
import { importUpload, previewUpload } from './upload-import';
import type { Upload } from './uploads';
import { collectWorkspace, contentJson } from './workspace-dump';
import { tablesToXlsx } from './xlsx-export';

const uploadView = (u: Upload) => ({ uploadId: u.id, size: u.size, received: u.received });

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
  'files.uploadStart': ({ name, size }, { files }) => uploadView(files.uploads.start(name, size)),
  'files.uploadChunk': ({ uploadId, offset, dataBase64 }, { files }) => uploadView(files.uploads.write(uploadId, offset, Buffer.from(dataBase64, 'base64'))),
  'files.uploadDiscard': ({ uploadId }, { files }) => ({ discarded: files.uploads.discard(uploadId) }),
  'files.cancel': ({ jobId }, { files }) => ({ cancelled: files.jobs.cancel(jobId) }),
  'files.preview': (input, { ws, files, prefs }) => previewUpload(ws, files, input, prefs.get().locale),
  'files.import': (input, { ws, files, prefs, clientId }) => importUpload(ws, files, input, prefs.get().locale, clientId),
  'files.export': async ({ operationId, format, includePrivate }, { ws, prefs }) => {
    const locale = prefs.get().locale;
    const options = { operationId: operationId ?? null, includePrivate };
    const content = collectWorkspace(ws.db, options);
    const title = operationId ? (content.operations[0]?.operation.title ?? null) : ws.name;
    const name = baseName(title);
    if (format === 'json') return { files: [{ name: `${name}.json`, mimeType: mimeTypes.json, contentBase64: base64(contentJson(content)), rows: null }] };
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
