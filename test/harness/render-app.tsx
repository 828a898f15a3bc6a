import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { onTestFinished } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { App } from '../../renderer/app/App';
import { createServices, type Services } from '../../renderer/app/services';
import { ServicesContext } from '../../renderer/app/services-context';
import { createI18n, type Locale } from '../../renderer/i18n/i18n';
import { createDirectTransport } from './direct-transport';

/**
 * Renders the whole app in jsdom on a real backend (real SQLite, no mock), in the given language,
 * and stops its services when the test ends (before the backend's file is closed).
 */
export async function renderApp(backend: Backend, locale: Locale = 'fr'): Promise<Services> {
  const i18n = createI18n(locale);
  const services = createServices(createDirectTransport(backend), i18n);
  onTestFinished(() => services.dispose());
  await services.start();
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </I18nextProvider>,
  );
  return services;
}
