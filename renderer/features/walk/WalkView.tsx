import { useTranslation } from 'react-i18next';
import { useFeature } from '../../app/services-context';
import { screens } from './screens';
import { MissingList } from './MissingList';

/** The open operation's current screen, under the step's name and what it still lacks. */
export function WalkView() {
  const { t } = useTranslation();
  const section = useFeature('walk', (s) => s.section);
  const loaded = useFeature('walk', (s) => s.snapshot !== null);
  const Screen = screens[section] ?? screens.card!;
  if (!loaded) return <p className="meta">{t('app.loading')}</p>;
  return (
    <div className="walk-view">
      {section !== 'card' && <MissingList section={section} />}
      <Screen />
    </div>
  );
}
