import { z } from 'zod';
import { HistoryStateSchema } from './domain/history';
import { IdSchema } from './domain/ids';
import { OperationFieldsSchema, OperationPatchSchema, OperationSchema } from './domain/operation';
import { PreferencesPatchSchema, PreferencesSchema } from './domain/preferences';
import { MatrixXlsxInput, XlsxFileOutput } from './analysis/export-schemas';
import {
  Action,
  Actor,
  ConditionAssessment,
  Decision,
  Fact,
  FundingLine,
  Hypothesis,
  Indicator,
  Influence,
  ListItem,
  mapCoordinate,
  Measurement,
  Meeting,
  Participation,
  Position,
  Relation,
} from './domain/walk/entities';
import { StakeholderRowsInput, StakeholderRowsResult } from './domain/walk/stakeholder-rows';
import { WalkSnapshotSchema } from './domain/walk/snapshot';
import { MapAddActorInput } from './map/add-actor';
import { EcosystemSchema } from './map/ecosystem-data';
import { MapScopeSchema, MapViewSettingsSchema } from './map/view-settings';
import {
  BackupIdSchema,
  BackupListSchema,
  BackupSchema,
  DataFileSchema,
  RecentFileSchema,
  RestoreOutput,
  WorkspaceDetailsSchema,
  WorkspaceNameInput,
  WorkspaceOpenInput,
} from './workspace-files/api-schemas';
import {
  CancelInput,
  FilesExportInput,
  FilesExportOutput,
  FilesImportInput,
  FilesImportOutput,
  FilesPreviewInput,
  FilesPreviewOutput,
  UploadChunkInput,
  UploadDiscardInput,
  UploadOutput,
  UploadStartInput,
} from './files/api-schemas';

/**
 * The whole contract between the renderer and the backend: `'domain.verb'` -> zod input and output.
 * Adding a method here (and its handler in electron/core) never touches a transport or the preload.
 * `writes` marks methods that change the workspace file (the renderer shows "saving…" for them).
 */
const read = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output, writes: false as const });
const write = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output, writes: true as const });
const none = z.object({}).strict();
const byId = z.object({ id: IdSchema }).strict();
const byOperation = z.object({ operationId: IdSchema }).strict();
const reorder = z.object({ operationId: IdSchema, ids: z.array(IdSchema).max(10_000) }).strict();

interface EntitySchemas {
  fields: z.ZodType;
  record: z.ZodType;
  patch: z.ZodType;
}

/** `name.create`, `name.update` and `name.delete` for one entity of the walk. */
function crud<N extends string, E extends EntitySchemas>(name: N, e: E) {
  return {
    [`${name}.create`]: write(e.fields, e.record),
    [`${name}.update`]: write(z.object({ id: IdSchema, patch: e.patch }).strict(), e.record),
    [`${name}.delete`]: write(byId, byId),
  } as {
    [K in `${N}.create`]: ReturnType<typeof write<E['fields'], E['record']>>;
  } & {
    [K in `${N}.update`]: ReturnType<typeof write<z.ZodObject<{ id: typeof IdSchema; patch: E['patch'] }>, E['record']>>;
  } & {
    [K in `${N}.delete`]: ReturnType<typeof write<typeof byId, typeof byId>>;
  };
}

export const api = {
  'workspace.info': read(none, WorkspaceDetailsSchema),
  /** The workspace files of the data folder, and the files opened lately. */
  'workspace.list': read(none, z.array(DataFileSchema)),
  'workspace.recent': read(none, z.array(RecentFileSchema)),
  /** Switch the open file (every window reloads); a refused file leaves the current one open. */
  'workspace.open': write(WorkspaceOpenInput, WorkspaceDetailsSchema),
  'workspace.new': write(WorkspaceNameInput, WorkspaceDetailsSchema),
  'workspace.saveAs': write(WorkspaceNameInput, WorkspaceDetailsSchema),
  'backups.list': read(none, BackupListSchema),
  'backups.create': write(none, BackupSchema),
  /** Replaces the open file with a backup; `undoId` is the backup of the file as it was. */
  'backups.restore': write(z.object({ id: BackupIdSchema }).strict(), RestoreOutput),

  'operations.list': read(z.object({ includeArchived: z.boolean().default(false) }).strict(), z.array(OperationSchema)),
  'operations.get': read(byId, OperationSchema),
  'operations.create': write(OperationFieldsSchema.strict(), OperationSchema),
  'operations.update': write(z.object({ id: IdSchema, patch: OperationPatchSchema }).strict(), OperationSchema),
  'operations.archive': write(z.object({ id: IdSchema, archived: z.boolean() }).strict(), OperationSchema),
  'operations.delete': write(byId, byId),

  /** Everything an operation's walk shows, in one call. */
  'walk.load': read(byOperation, WalkSnapshotSchema),

  ...crud('facts', Fact),
  'facts.reorder': write(reorder, none),
  ...crud('hypotheses', Hypothesis),
  'hypotheses.reorder': write(reorder, none),
  ...crud('actors', Actor),
  /** Merges duplicates into `keepId`, moving every participation, relation, attendance and role. */
  'actors.merge': write(z.object({ keepId: IdSchema, mergeIds: z.array(IdSchema).min(1).max(1000) }).strict(), Actor.record),
  ...crud('colleges', ListItem),
  ...crud('relationKinds', ListItem),
  ...crud('participations', Participation),
  'participations.reorder': write(reorder, none),
  /** Places several actors on the operation's map at once (keeping a computed layout): one change, one undo. */
  'participations.setPositions': write(
    z
      .object({
        operationId: IdSchema,
        positions: z
          .array(z.object({ id: IdSchema, x: mapCoordinate, y: mapCoordinate }).strict())
          .max(100_000),
      })
      .strict(),
    none,
  ),
  /** Adds stakeholders from table rows (typed or pasted), matching existing actors by name. */
  'stakeholders.addRows': write(StakeholderRowsInput, StakeholderRowsResult),
  /** Sets (or clears, with `value: null`) an actor's position on a hypothesis. */
  'positions.set': write(
    z.object({ participationId: IdSchema, hypothesisId: IdSchema, value: Position.fields.shape.value.nullable() }).strict(),
    Position.record.nullable(),
  ),
  /** Sets one cell of the operation's MID (MACTOR); 0 removes it. */
  'influences.set': write(
    z
      .object({ operationId: IdSchema, sourceActorId: IdSchema, targetActorId: IdSchema, value: Influence.fields.shape.value })
      .strict(),
    Influence.record.nullable(),
  ),
  ...crud('relations', Relation),
  ...crud('meetings', Meeting),
  ...crud('decisions', Decision),
  ...crud('actions', Action),
  'actions.reorder': write(reorder, none),
  ...crud('fundingLines', FundingLine),
  ...crud('indicators', Indicator),
  'indicators.reorder': write(reorder, none),
  ...crud('measurements', Measurement),
  ...crud('conditionAssessments', ConditionAssessment),

  /** A file to import, sent in pieces to a temp file of the backend (never whole in one message). */
  'files.uploadStart': read(UploadStartInput, UploadOutput),
  'files.uploadChunk': read(UploadChunkInput, UploadOutput),
  'files.uploadDiscard': read(UploadDiscardInput, z.object({ discarded: z.boolean() })),
  /** Stops a preview or an import named by its jobId; the workspace stays as it was. */
  'files.cancel': read(CancelInput, z.object({ cancelled: z.boolean() })),
  /** Reads an upload: a table (encoding, header, guessed mapping, first rows) or a network / JSON export; row errors, duplicates, counts. */
  'files.preview': read(FilesPreviewInput, FilesPreviewOutput),
  /** Imports an upload (stakeholders, relations, a network, a JSON export): all or nothing, one change, one undo. */
  'files.import': write(FilesImportInput, FilesImportOutput),
  /** The workspace (or one operation) as JSON, CSV (one file per table), XLSX or GEXF. */
  'files.export': read(FilesExportInput, FilesExportOutput),

  /** A matrix of the analysis as an XLSX file (the CSV is built in the renderer). */
  'analysis.exportXlsx': read(MatrixXlsxInput, XlsxFileOutput),

  'history.state': read(none, HistoryStateSchema),
  'history.undo': write(none, HistoryStateSchema),
  'history.redo': write(none, HistoryStateSchema),

  'preferences.get': read(none, PreferencesSchema),
  'preferences.set': read(PreferencesPatchSchema, PreferencesSchema),
  /** How a map was left (view, layout, filters, focus), per workspace file and operation or the ecosystem; null if never saved. */
  'mapViews.get': read(z.object({ scope: MapScopeSchema }).strict(), MapViewSettingsSchema.nullable()),
  'mapViews.set': read(z.object({ scope: MapScopeSchema, settings: MapViewSettingsSchema }).strict(), none),

  /** Every operation's actors and relations at once, for the ecosystem map. */
  'ecosystem.load': read(none, EcosystemSchema),
  /** Adds an actor (new, or of the workspace) to the operation where the map asked for it: one change. */
  'map.addActor': write(MapAddActorInput, Participation.record),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

export const methodNames = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}
