import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultViewSettings, type MapViewSettings } from '../../../shared/map/view-settings';
import { useServices } from '../../app/services-context';

/** Saves wait for a pause, so ticking five filters writes once. */
const SAVE_DELAY_MS = 250;

/**
 * How the user looks at one map (network, layout, filters, legend, decorations, focus), kept
 * across reloads per workspace file and map (`scope`: an operation's id or "ecosystem") by the
 * backend (mapViews.get/set). `loaded` turns true once the saved settings (or the defaults) are in.
 */
export function useMapViewState(scope: string) {
  const { client } = useServices();
  const [settings, setSettings] = useState<MapViewSettings>(defaultViewSettings);
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const loaded = loadedFor === scope;
  const dirty = useRef(false);
  /** Settings changed but not saved yet: sent at once if the map closes before the pause. */
  const unsaved = useRef<{ scope: string; settings: MapViewSettings } | null>(null);

  useEffect(() => {
    let live = true;
    client.call('mapViews.get', { scope }).then(
      (saved) => {
        if (!live) return;
        setSettings(saved ?? defaultViewSettings);
        setLoadedFor(scope);
      },
      () => live && setLoadedFor(scope), // unreadable: the defaults, and nothing lost
    );
    return () => {
      live = false;
    };
  }, [client, scope]);

  const save = useCallback(() => {
    const pending = unsaved.current;
    unsaved.current = null;
    if (pending) void client.call('mapViews.set', pending).catch(() => undefined);
  }, [client]);
  useEffect(() => {
    if (!loaded || !dirty.current) return;
    unsaved.current = { scope, settings };
    const timer = setTimeout(save, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [scope, settings, loaded, save]);
  useEffect(() => save, [save]);

  const patch = useCallback((p: Partial<MapViewSettings> | ((s: MapViewSettings) => Partial<MapViewSettings>)) => {
    dirty.current = true;
    setSettings((s) => ({ ...s, ...(typeof p === 'function' ? p(s) : p) }));
  }, []);

  return { settings, patch, loaded };
}
export type MapViewState = ReturnType<typeof useMapViewState>;
