import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues';

const dir = join(import.meta.dirname, '..', 'locales');

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translation catalogues', () => {
  it('has the same files in French and English', () => {
    expect(readdirSync(join(dir, 'en')).sort()).toEqual(readdirSync(join(dir, 'fr')).sort());
  });
  it('has every key in both languages, none empty', () => {
    const fr = keys(catalogues.fr).sort();
    expect(keys(catalogues.en).sort()).toEqual(fr);
    for (const locale of ['fr', 'en'] as const) {
      for (const file of readdirSync(join(dir, locale))) {
        const text = readFileSync(join(dir, locale, file), 'utf8');
        expect(text, `${locale}/${file}`).not.toMatch(/:\s*""/);
      }
    }
  });
  it('uses French typographic apostrophes in French', () => {
    for (const file of readdirSync(join(dir, 'fr'))) {
      expect(readFileSync(join(dir, 'fr', file), 'utf8'), file).not.toMatch(/\p{L}'\p{L}/u);
    }
  });
  it('keeps the plural forms i18next needs', () => {
    for (const locale of ['fr', 'en'] as const) {
      const all = keys(catalogues[locale]);
      for (const k of all.filter((k) => k.endsWith('_one'))) expect(all, locale).toContain(k.replace(/_one$/, '_other'));
    }
  });
});
