import { defineHandlers } from '../handler-types';
import { historyState, redo, undo } from './undo';

export const historyHandlers = defineHandlers({
  'history.state': (_i, { ws }) => historyState(ws),
  'history.undo': (_i, { ws, clientId }) => undo(ws, clientId),
  'history.redo': (_i, { ws, clientId }) => redo(ws, clientId),
});
