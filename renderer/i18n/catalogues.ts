export type Locale = 'fr' | 'en';
type Catalogue = Record<string, unknown>;

/**
 * Each feature keeps its strings in renderer/locales/<locale>/<feature>.json, whose top-level keys
 * are the key prefixes (`operations.heading`). They are merged into one catalogue per language.
 */
const files = {
  fr: import.meta.glob<Catalogue>('../locales/fr/*.json', { eager: true, import: 'default' }),
  en: import.meta.glob<Catalogue>('../locales/en/*.json', { eager: true, import: 'default' }),
};

function merge(modules: Record<string, Catalogue>): Catalogue {
  const all: Catalogue = {};
  for (const [file, content] of Object.entries(modules)) {
    for (const key of Object.keys(content)) {
      if (key in all) throw new Error(`translation key ${key} defined twice (${file})`);
    }
    Object.assign(all, content);
  }
  return all;
}

export const catalogues: Record<Locale, Catalogue> = { fr: merge(files.fr), en: merge(files.en) };
