import { AppError } from '../../../shared/errors';
import { defineHandlers } from '../handler-types';
import { dataFilePath, listDataFiles, newDataFilePath, recentFiles, workspaceDetails } from './data-folder';

export const workspaceHandlers = defineHandlers({
  'workspace.info': (_i, { session }) => workspaceDetails(session),
  'workspace.list': (_i, { session }) => listDataFiles(session),
  'workspace.recent': (_i, { session }) => recentFiles(session),
  'workspace.open': (input, { session }) => {
    if ('fileName' in input) session.open(dataFilePath(session, input.fileName));
    else if (session.recent.has(input.recentPath)) session.open(input.recentPath);
    else throw new AppError('not-found'); // only files the user opened before, never any path
    return workspaceDetails(session);
  },
  'workspace.new': ({ name }, { session }) => {
    session.create(newDataFilePath(session, name));
    return workspaceDetails(session);
  },
  'workspace.saveAs': async ({ name }, { session }) => {
    await session.saveAs(newDataFilePath(session, name));
    return workspaceDetails(session);
  },
});
