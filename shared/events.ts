import { z } from 'zod';
import { PreferencesSchema } from './domain/preferences';

/** Sent to every window or tab after a change commits, so a second window (the projector) updates live. */
export const ChangeEventSchema = z.object({
  type: z.literal('change'),
  changeId: z.number().int(),
  origin: z.enum(['edit', 'undo', 'redo']),
  method: z.string(),
  /** Tables touched by the change, e.g. `operations`. */
  entities: z.array(z.string()),
  /** The client that made the change. */
  clientId: z.string().optional(),
});
export type ChangeEvent = z.infer<typeof ChangeEventSchema>;

export const PreferencesEventSchema = z.object({ type: z.literal('preferences'), preferences: PreferencesSchema });

/** The open workspace file was replaced (opened, new, saved as, restored): every window reloads. */
export const WorkspaceEventSchema = z.object({
  type: z.literal('workspace'),
  reason: z.enum(['open', 'new', 'saveAs', 'restore']),
  name: z.string(),
});
export type WorkspaceEvent = z.infer<typeof WorkspaceEventSchema>;

/** A command from the desktop menu, carried to the focused window (undo, redo, new operation...). */
export const MenuEventSchema = z.object({ type: z.literal('menu'), command: z.enum(['undo', 'redo', 'newOperation', 'toggleTheme', 'setLocale:fr', 'setLocale:en', 'showFiles', 'showBackups']) });
export type MenuCommand = z.infer<typeof MenuEventSchema>['command'];

/** How far a long file job has got (files.preview / files.import with a jobId): bytes read, then rows checked. */
export const ProgressPhaseSchema = z.enum(['read', 'check']);
export type ProgressPhase = z.infer<typeof ProgressPhaseSchema>;
export const ProgressEventSchema = z.object({
  type: z.literal('progress'),
  jobId: z.string(),
  phase: ProgressPhaseSchema,
  done: z.number(),
  total: z.number(),
});
export type ProgressEvent = z.infer<typeof ProgressEventSchema>;

export const AppEventSchema = z.discriminatedUnion('type', [
  ChangeEventSchema,
  PreferencesEventSchema,
  MenuEventSchema,
  WorkspaceEventSchema,
  ProgressEventSchema,
]);
export type AppEvent = z.infer<typeof AppEventSchema>;
