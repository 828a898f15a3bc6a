import type { Locale } from '../../shared/errors';

/** French when the environment says so (LC_ALL, LC_MESSAGES, LANG), English otherwise. */
export function localeFromEnv(env: NodeJS.ProcessEnv = process.env): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return tag.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
