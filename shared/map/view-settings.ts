import { z } from 'zod';
import { IdSchema } from '../domain/ids';
import { Engagement, RelationStatus } from '../domain/walk/enums';
import { colourModes, sizeMetrics } from './decorations';
import { hypothesisSides, noFilters } from './filters';
import { mapViews } from './graph';
import { layoutIds } from './layouts';

/**
 * What the map remembers of how it was left, per workspace and operation (or the ecosystem): the
 * network shown, the layout tried, filters, legend, decorations and focus. Kept by the backend
 * beside the preferences (not in the workspace file: it is how one person looks, not the work).
 * Each field falls back to its default on its own, so a setting from an older version, or one that
 * names a collège since deleted, never loses the rest.
 */
const idList = z.array(z.string().max(64)).max(1000).nullable();
/** One of a closed list of strings, typed as the list's union. */
const oneOf = <T extends string>(values: readonly T[]) => z.custom<T>((v) => typeof v === 'string' && (values as readonly string[]).includes(v));
export const MapFiltersSchema = z.object({
  colleges: idList.catch(null),
  kinds: idList.catch(null),
  statuses: z.array(RelationStatus).nullable().catch(null),
  engagements: z.array(Engagement).nullable().catch(null),
  hypothesis: z.object({ id: IdSchema, sides: z.array(oneOf(hypothesisSides)) }).nullable().catch(null),
});

export const MapViewSettingsSchema = z.object({
  view: oneOf(mapViews).catch('as_is'),
  layout: oneOf(layoutIds).catch('manual'),
  legend: z.boolean().catch(true),
  showFilters: z.boolean().catch(false),
  filters: MapFiltersSchema.catch(noFilters),
  sizeBy: z.enum(sizeMetrics).catch('influence'),
  colourBy: z.enum(colourModes).catch('college'),
  /** The actor (node id) whose neighbourhood is in focus, 1 or 2 steps; null: the whole map. */
  focus: z.object({ id: z.string().max(64), depth: z.union([z.literal(1), z.literal(2)]), hide: z.boolean() }).nullable().catch(null),
  /** Ecosystem only: the operations shown (null: all). */
  operations: z.array(IdSchema).max(10_000).nullable().catch(null),
});
export type MapViewSettings = z.infer<typeof MapViewSettingsSchema>;

export const defaultViewSettings: MapViewSettings = MapViewSettingsSchema.parse({});

/** Which map the settings belong to: an operation's (its id) or the ecosystem. */
export const MapScopeSchema = z.union([IdSchema, z.literal('ecosystem')]);
