import type { MethodName, MethodOutput, ParsedInput } from '../../shared/api';
import type { FileTasks } from './files/file-tasks';
import type { PreferencesStore } from './preferences/store';
import type { WorkspaceSession } from './workspace/session';
import type { Workspace } from './workspace/workspace';

export interface HandlerContext {
  ws: Workspace;
  prefs: PreferencesStore;
  /** Which file is open, and its backups: for the handlers that open, create or restore files. */
  session: WorkspaceSession;
  /** Uploads and long file jobs (progress, cancel). */
  files: FileTasks;
  /** Which window or tab called, so change events can say who made them. */
  clientId?: string;
}

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type HandlerGroup<K extends MethodName> = { [M in K]: Handler<M> };
export type Handlers = HandlerGroup<MethodName>;

/** Typed identity: lets a domain folder declare its handlers with inputs inferred from the contract. */
export const defineHandlers = <K extends MethodName>(group: HandlerGroup<K>): HandlerGroup<K> => group;
