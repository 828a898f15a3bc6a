import { useTranslation } from 'react-i18next';
import { useFeature, useServices } from '../../app/services-context';

export function PreferenceControls() {
  const { t } = useTranslation();
  const { preferences, attempt, toggleTheme } = useServices();
  const locale = useFeature('preferences', (s) => s.prefs.locale);
  const dark = useFeature('preferences', (s) => s.prefs.theme) === 'dark' || document.documentElement.dataset.theme === 'dark';
  return (
    <div className="button-group">
      <label className="visually-hidden" htmlFor="locale-select">
        {t('preferences.language')}
      </label>
      <select
        id="locale-select"
        className="select-compact"
        value={locale}
        onChange={(e) => void attempt(() => preferences.getState().set({ locale: e.target.value === 'en' ? 'en' : 'fr' }))}
      >
        <option value="fr">FR – Français</option>
        <option value="en">EN – English</option>
      </select>
      <button type="button" className="button-quiet" onClick={() => void toggleTheme()} aria-label={dark ? t('preferences.switchToLight') : t('preferences.switchToDark')} title={dark ? t('preferences.switchToLight') : t('preferences.switchToDark')}>
        <span aria-hidden="true">{dark ? '☀' : '☾'}</span>
      </button>
    </div>
  );
}
