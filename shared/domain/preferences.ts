import { z } from 'zod';

/** Per-user settings (not per workspace): kept by the backend so the menu and every window agree. */
export const PreferencesSchema = z.object({
  locale: z.enum(['fr', 'en']).default('fr'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
});
export type Preferences = z.infer<typeof PreferencesSchema>;
export const PreferencesPatchSchema = z
  .object({ locale: z.enum(['fr', 'en']), theme: z.enum(['system', 'light', 'dark']) })
  .partial()
  .strict();
