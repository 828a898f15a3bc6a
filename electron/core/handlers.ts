import { methodNames, type MethodName } from '../../shared/api';
import { analysisHandlers } from './analysis/handlers';
import { ecosystemHandlers } from './ecosystem/handlers';
import { mapHandlers } from './map/handlers';
import { backupHandlers } from './backups/handlers';
import type { Handlers } from './handler-types';
import { fileHandlers } from './files/handlers';
import { historyHandlers } from './history/handlers';
import { operationHandlers } from './operations/handlers';
import { preferenceHandlers } from './preferences/handlers';
import { walkHandlers } from './walk/handlers';
import { workspaceHandlers } from './workspace/handlers';

/** Merges domain groups; a method defined twice, or not at all, is a programming error caught at start. */
export function combineHandlers(...groups: Partial<Record<MethodName, unknown>>[]): Handlers {
  const all: Partial<Record<MethodName, unknown>> = {};
  for (const group of groups) {
    for (const name of Object.keys(group) as MethodName[]) {
      if (name in all) throw new Error(`handler defined twice: ${name}`);
      all[name] = group[name];
    }
  }
  const missing = methodNames.filter((m) => !(m in all));
  if (missing.length) throw new Error(`no handler for: ${missing.join(', ')}`);
  const unknown = Object.keys(all).filter((m) => !(methodNames as string[]).includes(m));
  if (unknown.length) throw new Error(`handler for a method not in the contract: ${unknown.join(', ')}`);
  return all as Handlers;
}

export const handlers = combineHandlers(workspaceHandlers, operationHandlers, walkHandlers, historyHandlers, preferenceHandlers, fileHandlers, analysisHandlers, backupHandlers, ecosystemHandlers, mapHandlers);
