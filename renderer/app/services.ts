import type { i18n } from 'i18next';
import type { Preferences } from '../../shared/domain/preferences';
import type { AppEvent } from '../../shared/events';
import { ApiCallError, createClient } from '../api/client';
import type { Transport } from '../api/transport';
import { createHistoryStore } from '../features/history/history-store';
import { createOperationsStore } from '../features/operations/operations-store';
import { createPreferencesStore } from '../features/preferences/preferences-store';
import { createStatusStore } from '../features/status/status-store';
import { ECOSYSTEM_HASH, readLocation, writeLocation } from '../features/walk/location';
import { createWalkStore, type Section } from '../features/walk/walk-store';
import { createWorkspaceFilesStore } from '../features/workspace-files/workspace-files-store';

function applyPreferences(p: Preferences, i18n: i18n) {
  if (i18n.language !== p.locale) void i18n.changeLanguage(p.locale);
  const root = document.documentElement;
  root.lang = p.locale;
  const dark = p.theme === 'dark' || (p.theme === 'system' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  root.dataset.theme = dark ? 'dark' : 'light';
}

/** The composition root: one client, one store per feature, wired to the backend's events. */
export function createServices(transport: Transport, i18n: i18n) {
  const { store: status, observer } = createStatusStore();
  const client = createClient(transport, observer);
  const operations = createOperationsStore(client);
  const history = createHistoryStore(client);
  const preferences = createPreferencesStore(client, (p) => applyPreferences(p, i18n));
  const walk = createWalkStore(client);
  const workspaceFiles = createWorkspaceFilesStore(client);
  const t = i18n.t.bind(i18n);
  const methodLabel = (m: string | null) => t(`methods.${m ?? 'unknown'}`, { defaultValue: t('methods.unknown') });

  /** Runs a user action; a refusal shows as the error banner, never as an uncaught rejection. */
  async function attempt<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (e) {
      if (e instanceof ApiCallError) status.getState().reportError(e.error);
      else throw e;
      return undefined;
    }
  }

  async function undo() {
    const what = methodLabel(history.getState().state.undoMethod);
    if (!history.getState().state.canUndo) return;
    if ((await attempt(() => history.getState().undo())) !== undefined) status.getState().showToast({ message: t('history.undone', { what }) });
  }
  async function redo() {
    const what = methodLabel(history.getState().state.redoMethod);
    if (!history.getState().state.canRedo) return;
    if ((await attempt(() => history.getState().redo())) !== undefined) status.getState().showToast({ message: t('history.redone', { what }) });
  }

  const reloadAll = () =>
    attempt(() => Promise.all([operations.getState().load(), history.getState().refresh(), walk.getState().reload()]));

  /** Opens an operation's screen (or none), and records it in the address so a reload comes back. */
  function navigate(operationId: string | null, section: Section = 'card') {
    operations.getState().select(operationId);
    const hash = writeLocation(operationId, section);
    if (location.hash !== hash) window.history.replaceState(null, '', hash);
    return attempt(() => walk.getState().open(operationId, section));
  }

  /** Opens the ecosystem view (every operation on one map), at an address of its own. */
  function openEcosystem() {
    operations.getState().showEcosystem();
    if (location.hash !== ECOSYSTEM_HASH) window.history.replaceState(null, '', ECOSYSTEM_HASH);
    return attempt(() => walk.getState().open(null));
  }

  // Many rows change at once in a paste or an undo: reload the walk once per burst of events.
  let reloadTimer: ReturnType<typeof setTimeout> | null = null;
  function reloadWalkSoon() {
    if (reloadTimer) return;
    reloadTimer = setTimeout(() => {
      reloadTimer = null;
      void attempt(() => walk.getState().reload());
    }, 30);
  }

  function onEvent(event: AppEvent) {
    if (event.type === 'change') {
      if (event.entities.includes('operations')) void attempt(() => operations.getState().load());
      if (walk.getState().operationId) reloadWalkSoon();
      void attempt(() => history.getState().refresh());
    } else if (event.type === 'preferences') {
      preferences.getState().receive(event.preferences);
    } else if (event.type === 'workspace') {
      // Another file is open: nothing of the old one may stay on screen.
      void navigate(null).then(() => Promise.all([reloadAll(), attempt(() => workspaceFiles.getState().refresh())]));
    } else if (event.type !== 'menu') {
      return; // progress events: the dialog that started the job listens to them itself
    } else if (event.command === 'undo') void undo();
    else if (event.command === 'redo') void redo();
    else if (event.command === 'newOperation') operations.getState().setCreating(true);
    else if (event.command === 'toggleTheme') void toggleTheme();
    else if (event.command === 'showFiles' || event.command === 'showBackups') workspaceFiles.getState().show(event.command === 'showFiles' ? 'files' : 'backups');
    else void attempt(() => preferences.getState().set({ locale: event.command === 'setLocale:en' ? 'en' : 'fr' }));
  }

  function toggleTheme() {
    const dark = document.documentElement.dataset.theme === 'dark';
    return attempt(() => preferences.getState().set({ theme: dark ? 'light' : 'dark' }));
  }

  const onHashChange = () => {
    if (location.hash === ECOSYSTEM_HASH) return void openEcosystem();
    const where = readLocation(location.hash);
    if (where.operationId !== walk.getState().operationId || where.section !== walk.getState().section) {
      void navigate(where.operationId, where.section);
    }
  };
  window.addEventListener('hashchange', onHashChange);
  const unsubscribe = [
    client.on(onEvent),
    client.onStatus((connected) => {
      status.getState().setConnected(connected);
      if (connected) void reloadAll(); // catch up on what changed while we were away
    }),
    () => window.removeEventListener('hashchange', onHashChange),
    () => reloadTimer && clearTimeout(reloadTimer),
  ];

  return {
    client,
    status,
    operations,
    history,
    preferences,
    walk,
    workspaceFiles,
    navigate,
    openEcosystem,
    i18n,
    attempt,
    undo,
    redo,
    toggleTheme,
    methodLabel,
    /** Stops listening (tests; a window being closed). */
    dispose: () => unsubscribe.forEach((off) => off()),
    start: async () => {
      const where = readLocation(location.hash);
      const lists = Promise.all([reloadAll(), attempt(() => preferences.getState().load()), attempt(() => workspaceFiles.getState().refresh())]);
      // The operation in the address loads alongside the lists rather than after them: a walk of
      // thousands of actors is the longest read of the start (gone, it is closed once the list says so).
      const opening = where.operationId ? navigate(where.operationId, where.section) : null;
      await lists;
      if (where.operationId && !operations.getState().items.some((o) => o.id === where.operationId)) await navigate(null);
      else if (opening) await opening;
      else if (location.hash === ECOSYSTEM_HASH) await openEcosystem();
    },
  };
}
export type Services = ReturnType<typeof createServices>;
