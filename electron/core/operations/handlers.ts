import { defineHandlers } from '../handler-types';
import { deleteOperation, getOperation, insertOperation, listOperations, updateOperation } from './repository';

export const operationHandlers = defineHandlers({
  'operations.list': ({ includeArchived }, { ws }) => listOperations(ws.db, includeArchived),
  'operations.get': ({ id }, { ws }) => getOperation(ws.db, id),
  'operations.create': (fields, { ws, clientId }) =>
    ws.change('operations.create', () => insertOperation(ws.db, fields), clientId),
  'operations.update': ({ id, patch }, { ws, clientId }) =>
    ws.change('operations.update', () => updateOperation(ws.db, id, patch), clientId),
  'operations.archive': ({ id, archived }, { ws, clientId }) =>
    ws.change('operations.archive', () => updateOperation(ws.db, id, { archived }), clientId),
  'operations.delete': ({ id }, { ws, clientId }) =>
    ws.change(
      'operations.delete',
      () => {
        deleteOperation(ws.db, id);
        return { id };
      },
      clientId,
    ),
});
