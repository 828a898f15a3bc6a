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

/** A command from the desktop menu, carried to the focused window (undo, redo, new operation...). */
export const MenuEventSchema = z.object({ type: z.literal('menu'), command: z.enum(['undo', 'redo', 'newOperation', 'toggleTheme', 'setLocale:fr', 'setLocale:en']) });
export type MenuCommand = z.infer<typeof MenuEventSchema>['command'];

export const AppEventSchema = z.discriminatedUnion('type', [ChangeEventSchema, PreferencesEventSchema, MenuEventSchema]);
export type AppEvent = z.infer<typeof AppEventSchema>;
