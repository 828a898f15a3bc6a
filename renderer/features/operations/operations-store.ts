import { createStore } from 'zustand/vanilla';
import { byTitle } from '../../../shared/domain/collate';
import type { Operation } from '../../../shared/domain/operation';
import type { MethodInput } from '../../../shared/api';
import type { Client } from '../../api/client';

export interface OperationsState {
  items: Operation[];
  loaded: boolean;
  includeArchived: boolean;
  selectedId: string | null;
  /** True while the "new operation" form is open. */
  creating: boolean;
  /** True while the ecosystem view (every operation on one map) is shown. */
  ecosystem: boolean;
  load(): Promise<void>;
  select(id: string | null): void;
  setCreating(creating: boolean): void;
  showEcosystem(): void;
  setIncludeArchived(include: boolean): Promise<void>;
  create(fields: MethodInput<'operations.create'>): Promise<Operation>;
  update(id: string, patch: MethodInput<'operations.update'>['patch']): Promise<Operation>;
  archive(id: string, archived: boolean): Promise<Operation>;
  remove(id: string): Promise<void>;
}

/**
 * Puts a saved operation in the list, in the backend's order. The change event of the same
 * edit may have reloaded the list already, so this must not add it twice.
 */
function upsert(items: Operation[], op: Operation): Operation[] {
  return [...items.filter((o) => o.id !== op.id), op].sort(byTitle);
}

/** A cache of the workspace's operations; SQLite stays the truth, change events trigger reloads. */
export function createOperationsStore(client: Client) {
  return createStore<OperationsState>()((set, get) => ({
    items: [],
    loaded: false,
    includeArchived: false,
    selectedId: null,
    creating: false,
    ecosystem: false,
    async load() {
      const items = await client.call('operations.list', { includeArchived: get().includeArchived });
      const selectedId = items.some((o) => o.id === get().selectedId) ? get().selectedId : null;
      set({ items, loaded: true, selectedId });
    },
    select(id) {
      set({ selectedId: id, creating: false, ecosystem: false });
    },
    setCreating(creating) {
      set({ creating, ...(creating ? { selectedId: null, ecosystem: false } : {}) });
    },
    showEcosystem() {
      set({ ecosystem: true, selectedId: null, creating: false });
    },
    async setIncludeArchived(includeArchived) {
      set({ includeArchived });
      await get().load();
    },
    async create(fields) {
      const op = await client.call('operations.create', fields);
      set({ items: upsert(get().items, op), selectedId: op.id, creating: false });
      return op;
    },
    async update(id, patch) {
      const op = await client.call('operations.update', { id, patch });
      set({ items: upsert(get().items, op) });
      return op;
    },
    async archive(id, archived) {
      const op = await client.call('operations.archive', { id, archived });
      await get().load();
      return op;
    },
    async remove(id) {
      await client.call('operations.delete', { id });
      set({ items: get().items.filter((o) => o.id !== id), selectedId: get().selectedId === id ? null : get().selectedId });
    },
  }));
}
export type OperationsStore = ReturnType<typeof createOperationsStore>;
