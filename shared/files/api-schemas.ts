import { z } from 'zod';
import { IdSchema } from '../domain/ids';
import { actorFields, relationFields } from './table';

/**
 * The file exchange methods of the API. A file to import travels in pieces (`files.uploadStart`,
 * `.chunk`, then `files.preview` and `files.import` name the upload): one path for both transports,
 * memory bounded on both sides, see docs/adr/0005-large-imports.md. A piece is UPLOAD_CHUNK_BYTES
 * as base64, well under browser mode's 32 MB WebSocket messages (electron/web/server.ts).
 */
export const UPLOAD_CHUNK_BYTES = 2 * 1024 * 1024;
/** Files larger than this are refused before sending (CSV limits stop a read long before). */
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4 + 4;

export const FileKindSchema = z.enum(['actors', 'relations']);
export const TableFieldSchema = z.enum([...actorFields, ...relationFields]);
export const MappingSchema = z.partialRecord(TableFieldSchema, z.number().int().min(0).max(499));
const UploadIdSchema = z.uuid();
/** Chosen by the client, so it can cancel a job (files.cancel) and follow its progress events. */
const JobIdSchema = z.string().min(8).max(64);

export const UploadStartInput = z.object({ name: z.string().min(1).max(255), size: z.number().int().min(0).max(MAX_UPLOAD_BYTES) }).strict();
export const UploadChunkInput = z
  .object({ uploadId: UploadIdSchema, offset: z.number().int().min(0), dataBase64: z.string().min(1).max(MAX_BASE64) })
  .strict();
export const UploadOutput = z.object({ uploadId: z.string(), size: z.number(), received: z.number() });
export const UploadDiscardInput = z.object({ uploadId: UploadIdSchema }).strict();
export const CancelInput = z.object({ jobId: JobIdSchema }).strict();

const upload = {
  operationId: IdSchema,
  /** What a CSV or XLSX table holds (GEXF, GraphML and JSON files say it themselves). */
  kind: FileKindSchema,
  uploadId: UploadIdSchema,
  jobId: JobIdSchema.optional(),
};

export const FilesPreviewInput = z.object({ ...upload, mapping: MappingSchema.optional() }).strict();

export const RowIssueSchema = z.object({
  code: z.string(),
  line: z.number().nullable(),
  column: z.string().optional(),
  path: z.string().optional(),
  value: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const DuplicateSchema = z.object({
  line: z.number(),
  name: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  sameAsLine: z.number().optional(),
  participating: z.boolean(),
});

/** Rows shown in the preview, and row issues sent at most (the count says how many there are). */
export const PREVIEW_ROWS = 20;
export const MAX_ISSUES_SENT = 200;

export const FilesPreviewOutput = z.object({
  /** Tables (csv, xlsx) have a header, rows and a mapping; networks and JSON exports only counts. */
  format: z.enum(['csv', 'xlsx', 'gexf', 'graphml', 'json']),
  encoding: z.string().nullable(),
  separator: z.string().nullable(),
  sheet: z.string().nullable(),
  header: z.array(z.string()),
  headerLine: z.number(),
  rowCount: z.number(),
  rows: z.array(z.object({ line: z.number(), cells: z.array(z.string()) })),
  /** The mapping used for the checks: the one given, else the guess. */
  mapping: MappingSchema,
  /** The mapping guessed from the header. */
  guessed: MappingSchema,
  /** Required fields without a column: rows are not checked until they have one. */
  missing: z.array(TableFieldSchema),
  errors: z.array(RowIssueSchema),
  errorCount: z.number(),
  warnings: z.array(RowIssueSchema),
  duplicates: z.array(DuplicateSchema),
  /** What the import would create, by table (empty while there are errors). */
  created: z.record(z.string(), z.number()),
  updated: z.record(z.string(), z.number()),
});

export const DuplicateChoiceSchema = z.object({ line: z.number().int().min(0), choice: z.enum(['merge', 'skip']) }).strict();

export const FilesImportInput = z
  .object({ ...upload, mapping: MappingSchema.optional(), duplicateChoices: z.array(DuplicateChoiceSchema).max(200_000).optional() })
  .strict();

export const FilesImportOutput = z.object({
  rows: z.number(),
  created: z.record(z.string(), z.number()),
  updated: z.record(z.string(), z.number()),
  skipped: z.number(),
  written: z.boolean(),
});

export const ExportFormatSchema = z.enum(['json', 'csv', 'xlsx', 'gexf']);

export const FilesExportInput = z
  .object({ operationId: IdSchema.nullable().optional(), format: ExportFormatSchema, includePrivate: z.boolean().default(false) })
  .strict();

/** One file for JSON, XLSX and GEXF; one CSV file per table (no zip), each downloaded on its own. */
export const FilesExportOutput = z.object({
  files: z.array(z.object({ name: z.string(), mimeType: z.string(), contentBase64: z.string(), rows: z.number().nullable() })),
});

export type FilesPreview = z.infer<typeof FilesPreviewOutput>;
export type FileMapping = z.infer<typeof MappingSchema>;
export type DuplicateChoice = z.infer<typeof DuplicateChoiceSchema>;
export type ExportedFile = z.infer<typeof FilesExportOutput>['files'][number];
