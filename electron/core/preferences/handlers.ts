import { defineHandlers } from '../handler-types';

export const preferenceHandlers = defineHandlers({
  'preferences.get': (_i, { prefs }) => prefs.get(),
  'preferences.set': (patch, { prefs }) => prefs.set(patch),
});
