import { z } from 'zod';
import { WorkspaceInfoSchema } from '../domain/history';
import { fileNameProblem } from './file-name';

/** The open file as the Files screen shows it: where it is, how big, since when. */
export const WorkspaceDetailsSchema = WorkspaceInfoSchema.extend({
  fileName: z.string(),
  folder: z.string(),
  size: z.number().int().nonnegative(),
  /** When the file was created, where the file system knows it. */
  createdAt: z.string().nullable(),
  openedAt: z.string(),
  /** The folder the page lists and creates files in, and whether the open file sits there. */
  dataFolder: z.string(),
  inDataFolder: z.boolean(),
});
export type WorkspaceDetails = z.infer<typeof WorkspaceDetailsSchema>;

/** A workspace file in the data folder. */
export const DataFileSchema = z.object({
  fileName: z.string(),
  name: z.string(),
  size: z.number().int().nonnegative(),
  modifiedAt: z.string(),
  current: z.boolean(),
});
export type DataFile = z.infer<typeof DataFileSchema>;

export const RecentFileSchema = z.object({
  path: z.string(),
  name: z.string(),
  fileName: z.string(),
  openedAt: z.string(),
  /** A recent file may have been moved or deleted since: shown, flagged, not opened. */
  exists: z.boolean(),
  current: z.boolean(),
});
export type RecentFile = z.infer<typeof RecentFileSchema>;

export const backupReasons = ['open', 'daily', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** A backup's id is its file name: a timestamp and a reason, nothing a path could hide in. */
export const BackupIdSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-(open|daily|manual|before-restore)(-\d{1,3})?\.tesr$/);

export const BackupSchema = z.object({
  id: BackupIdSchema,
  createdAt: z.string(),
  size: z.number().int().nonnegative(),
  reason: z.enum(backupReasons),
});
export type Backup = z.infer<typeof BackupSchema>;

export const BackupListSchema = z.object({ folder: z.string(), keep: z.number().int().positive(), items: z.array(BackupSchema) });
export type BackupList = z.infer<typeof BackupListSchema>;

export const WorkspaceNameInput = z
  .object({ name: z.string().max(300).refine((n) => fileNameProblem(n) === null, 'invalid file name') })
  .strict();

/** A file of the data folder by its name, or a file of the recent list by its path: never any other path. */
export const WorkspaceOpenInput = z.union([
  z.object({ fileName: z.string().max(300) }).strict(),
  z.object({ recentPath: z.string().max(4096) }).strict(),
]);

export const RestoreOutput = z.object({
  /** The backup of the file as it was just before the restore: restoring it undoes the restore. */
  undoId: BackupIdSchema,
  info: WorkspaceDetailsSchema,
});

/** Uploads through the page (browser mode): larger files are refused before anything is kept. */
export const MAX_WORKSPACE_UPLOAD_BYTES = 256 * 1024 * 1024;
