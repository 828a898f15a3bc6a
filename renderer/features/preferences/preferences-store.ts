import { createStore } from 'zustand/vanilla';
import type { Preferences } from '../../../shared/domain/preferences';
import type { Client } from '../../api/client';

export interface PreferencesState {
  prefs: Preferences;
  load(): Promise<void>;
  set(patch: Partial<Preferences>): Promise<void>;
  /** Applies preferences broadcast by the backend (another window, the desktop menu). */
  receive(prefs: Preferences): void;
}

const CACHE_KEY = 'tesr.preferences';

/** Cached in localStorage too, so the first paint is already in the right language and theme. */
export function cachedPreferences(): Preferences {
  try {
    const raw = JSON.parse(localStorage.getItem(CACHE_KEY) ?? '{}') as Partial<Preferences>;
    return { locale: raw.locale === 'en' ? 'en' : 'fr', theme: raw.theme === 'light' || raw.theme === 'dark' ? raw.theme : 'system' };
  } catch {
    return { locale: 'fr', theme: 'system' };
  }
}

export function createPreferencesStore(client: Client, apply: (p: Preferences) => void) {
  const store = createStore<PreferencesState>()((set, get) => ({
    prefs: cachedPreferences(),
    async load() {
      get().receive(await client.call('preferences.get', {}));
    },
    async set(patch) {
      get().receive({ ...get().prefs, ...patch }); // optimistic: a language switch must feel instant
      get().receive(await client.call('preferences.set', patch));
    },
    receive(prefs) {
      localStorage.setItem(CACHE_KEY, JSON.stringify(prefs));
      set({ prefs });
      apply(prefs);
    },
  }));
  apply(store.getState().prefs);
  return store;
}
export type PreferencesStore = ReturnType<typeof createPreferencesStore>;
