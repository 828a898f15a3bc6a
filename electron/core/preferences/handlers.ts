import { defineHandlers } from '../handler-types';

export const preferenceHandlers = defineHandlers({
  'preferences.get': (_i, { prefs }) => prefs.get(),
  'preferences.set': (patch, { prefs }) => prefs.set(patch),
  'mapViews.get': ({ scope }, { prefs, ws }) => prefs.mapViews.get(ws.path, scope),
  'mapViews.set': ({ scope, settings }, { prefs, ws }) => {
    prefs.mapViews.set(ws.path, scope, settings);
    return {};
  },
});
