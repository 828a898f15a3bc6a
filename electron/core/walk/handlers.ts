import type { z } from 'zod';
import type { Actor, Influence, Position } from '../../../shared/domain/walk/entities';
import { defineHandlers } from '../handler-types';
import { actionHooks } from './actions';
import { crudHandlers } from './crud';
import { hypothesisHooks } from './hypotheses';
import { setInfluence } from './influences';
import { loadWalk } from './load';
import { mergeActors } from './merge-actors';
import { setMapPositions } from './map-positions';
import { setPosition } from './positions';
import { participationHooks, relationHooks } from './relations';
import { addStakeholderRows } from './stakeholders';

const special = defineHandlers({
  'walk.load': ({ operationId }, { ws }) => loadWalk(ws.db, operationId),
  'actors.merge': ({ keepId, mergeIds }, { ws, clientId }) => ws.change('actors.merge', () => mergeActors(ws.db, keepId, mergeIds) as z.infer<typeof Actor.record>, clientId),
  'stakeholders.addRows': ({ operationId, rows }, { ws, clientId }) =>
    ws.change('stakeholders.addRows', () => addStakeholderRows(ws.db, operationId, rows), clientId),
  'positions.set': ({ participationId, hypothesisId, value }, { ws, clientId }) =>
    ws.change('positions.set', () => setPosition(ws.db, participationId, hypothesisId, value) as z.infer<typeof Position.record> | null, clientId),
  'influences.set': ({ operationId, sourceActorId, targetActorId, value }, { ws, clientId }) =>
    ws.change('influences.set', () => setInfluence(ws.db, operationId, sourceActorId, targetActorId, value) as z.infer<typeof Influence.record> | null, clientId),
  'participations.setPositions': ({ operationId, positions }, { ws, clientId }) =>
    ws.change('participations.setPositions', () => setMapPositions(ws.db, operationId, positions), clientId),
});

// Records from the generic repository are checked against the contract's output schemas by dispatch.

/** The walk's methods: generic create/update/delete per entity, plus the few that need more. */
export const walkHandlers = {
  ...special,
  ...crudHandlers('facts'),
  ...crudHandlers('hypotheses', hypothesisHooks),
  ...crudHandlers('actors'),
  ...crudHandlers('colleges'),
  ...crudHandlers('relationKinds'),
  ...crudHandlers('participations', participationHooks),
  ...crudHandlers('relations', relationHooks),
  ...crudHandlers('meetings'),
  ...crudHandlers('decisions'),
  ...crudHandlers('actions', actionHooks),
  ...crudHandlers('fundingLines'),
  ...crudHandlers('indicators'),
  ...crudHandlers('measurements'),
  ...crudHandlers('conditionAssessments'),
};
