import { defineHandlers } from '../handler-types';
import { workspaceDetails } from '../workspace/data-folder';

export const backupHandlers = defineHandlers({
  'backups.list': (_i, { session }) => ({
    folder: session.backups.folderFor(session.current.path),
    keep: session.backups.keep,
    items: session.listBackups(),
  }),
  'backups.create': (_i, { session }) => session.backupNow(),
  'backups.restore': async ({ id }, { session }) => {
    const { undoId } = await session.restore(id);
    return { undoId, info: workspaceDetails(session) };
  },
});
