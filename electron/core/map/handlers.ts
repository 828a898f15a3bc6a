import type { z } from 'zod';
import type { Participation } from '../../../shared/domain/walk/entities';
import { defineHandlers } from '../handler-types';
import { addActorOnMap } from './add-actor';

export const mapHandlers = defineHandlers({
  'map.addActor': (input, { ws, clientId }) =>
    ws.change('map.addActor', () => addActorOnMap(ws.db, input) as z.infer<typeof Participation.record>, clientId),
});
