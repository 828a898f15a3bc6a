import { createStore } from 'zustand/vanilla';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import type { StepId as Section } from '../../../shared/domain/walk/progress';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { ApiCallError, type Client } from '../../api/client';

/** The screens of an operation, in the method's order (UX.md, "The window": the four steps, then meetings and conditions). */
export { stepOrder as sections } from '../../../shared/domain/walk/progress';
export type { StepId as Section } from '../../../shared/domain/walk/progress';

/** Entities with generic create/update/delete methods in the contract. */
export type WalkEntity =
  | 'facts'
  | 'hypotheses'
  | 'actors'
  | 'colleges'
  | 'relationKinds'
  | 'participations'
  | 'relations'
  | 'meetings'
  | 'decisions'
  | 'actions'
  | 'fundingLines'
  | 'indicators'
  | 'measurements'
  | 'conditionAssessments';

type Create<E extends WalkEntity> = `${E}.create` & MethodName;

export interface WalkState {
  operationId: string | null;
  section: Section;
  snapshot: WalkSnapshot | null;
  open(operationId: string | null, section?: Section): Promise<void>;
  setSection(section: Section): void;
  reload(): Promise<void>;
  create<E extends WalkEntity>(entity: E, input: MethodInput<Create<E>>): Promise<MethodOutput<Create<E>>>;
  /** Patches are checked by the contract's schema on the way in (a wrong field is `invalid-input`). */
  update(entity: WalkEntity, id: string, patch: Record<string, unknown>): Promise<unknown>;
  remove(entity: WalkEntity, id: string): Promise<void>;
}

/**
 * The open operation's whole walk, cached from `walk.load`. Writes go to the backend and the
 * snapshot is reloaded from the change event (SQLite stays the truth; undo and other windows
 * reach every screen the same way).
 */
export function createWalkStore(client: Client) {
  let generation = 0;
  return createStore<WalkState>()((set, get) => ({
    operationId: null,
    section: 'card',
    snapshot: null,
    async open(operationId, section) {
      const same = operationId === get().operationId;
      set({ operationId, section: section ?? (same ? get().section : 'card'), ...(same ? {} : { snapshot: null }) });
      // Moving between the sections of the open operation keeps its snapshot: change events keep it
      // fresh, and reloading thousands of actors on every step blocked the screen for ~100 ms.
      if (same && get().snapshot) return;
      await get().reload();
    },
    setSection(section) {
      set({ section });
    },
    async reload() {
      const id = get().operationId;
      const mine = ++generation;
      if (!id) return set({ snapshot: null });
      try {
        const snapshot = await client.call('walk.load', { operationId: id });
        if (mine === generation) set({ snapshot }); // a newer load or another operation wins
      } catch (e) {
        if (mine === generation) set({ snapshot: null, operationId: null });
        // The operation was deleted (here or in another window): nothing is wrong, it is just gone.
        if (!(e instanceof ApiCallError && e.error.code === 'not-found')) throw e;
      }
    },
    create(entity, input) {
      return client.call(`${entity}.create` as Create<typeof entity>, input as never) as never;
    },
    update(entity, id, patch) {
      return client.call(`${entity}.update` as MethodName, { id, patch } as never);
    },
    async remove(entity, id) {
      await client.call(`${entity}.delete` as MethodName, { id } as never);
    },
  }));
}
export type WalkStore = ReturnType<typeof createWalkStore>;
