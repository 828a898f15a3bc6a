import { defineHandlers } from '../handler-types';
import { loadEcosystem } from './load';

export const ecosystemHandlers = defineHandlers({
  'ecosystem.load': (_i, { ws }) => loadEcosystem(ws.db),
});
