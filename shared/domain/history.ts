import { z } from 'zod';

export const HistoryStateSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** The API method of the edit that undo (or redo) would reverse, for menus and tooltips. */
  undoMethod: z.string().nullable(),
  redoMethod: z.string().nullable(),
  lastChangeAt: z.string().nullable(),
});
export type HistoryState = z.infer<typeof HistoryStateSchema>;

export const WorkspaceInfoSchema = z.object({
  path: z.string(),
  name: z.string(),
  formatVersion: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>;
