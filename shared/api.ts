import { z } from 'zod';
import { HistoryStateSchema, WorkspaceInfoSchema } from './domain/history';
import { IdSchema } from './domain/ids';
import { OperationFieldsSchema, OperationPatchSchema, OperationSchema } from './domain/operation';
import { PreferencesPatchSchema, PreferencesSchema } from './domain/preferences';

/**
 * The whole contract between the renderer and the backend: `'domain.verb'` -> zod input and output.
 * Adding a method here (and its handler in electron/core) never touches a transport or the preload.
 * `writes` marks methods that change the workspace file (the renderer shows "saving…" for them).
 */
const read = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output, writes: false });
const write = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output, writes: true });
const none = z.object({}).strict();
const byId = z.object({ id: IdSchema }).strict();

export const api = {
  'workspace.info': read(none, WorkspaceInfoSchema),

  'operations.list': read(z.object({ includeArchived: z.boolean().default(false) }).strict(), z.array(OperationSchema)),
  'operations.get': read(byId, OperationSchema),
  'operations.create': write(OperationFieldsSchema.strict(), OperationSchema),
  'operations.update': write(z.object({ id: IdSchema, patch: OperationPatchSchema }).strict(), OperationSchema),
  'operations.archive': write(z.object({ id: IdSchema, archived: z.boolean() }).strict(), OperationSchema),
  'operations.delete': write(byId, byId),

  'history.state': read(none, HistoryStateSchema),
  'history.undo': write(none, HistoryStateSchema),
  'history.redo': write(none, HistoryStateSchema),

  'preferences.get': read(none, PreferencesSchema),
  'preferences.set': read(PreferencesPatchSchema, PreferencesSchema),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

export const methodNames = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}
