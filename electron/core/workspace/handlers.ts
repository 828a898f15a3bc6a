import { defineHandlers } from '../handler-types';
import { LATEST_VERSION } from '../db/migrations';
import { countRows } from './counts';

export const workspaceHandlers = defineHandlers({
  'workspace.info': (_i, { ws }) => ({
    path: ws.path,
    name: ws.name,
    formatVersion: LATEST_VERSION,
    counts: countRows(ws.db),
  }),
});
