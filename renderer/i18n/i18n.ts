import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, type Locale } from './catalogues';

export type { Locale };

/** French first (the users are French public servants), English second; both catalogues complete. */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } },
    lng: locale,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false }, // React escapes; user text is never HTML
    initAsync: false,
  });
  return instance;
}
