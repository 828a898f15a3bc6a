import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { onTestFinished } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Operation } from '../../shared/domain/operation';
import { App } from '../../renderer/app/App';
import { createServices, type Services } from '../../renderer/app/services';
import { ServicesContext } from '../../renderer/app/services-context';
import { createI18n, type Locale } from '../../renderer/i18n/i18n';
import { createDirectTransport } from './direct-transport';
import { call, tempBackend } from './temp-workspace';

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

/**
 * A fresh workspace file with one operation, for a test of a screen: nothing carried over from an
 * earlier test (storage, address). Pair with `closeScreenFixture` in afterEach.
 */
export async function openScreenFixture(fields: { title: string; territory?: string }) {
  localStorage.clear();
  window.history.replaceState(null, '', '/'); // no hashchange: an old test's services must not navigate
  const backend = tempBackend();
  const op = await call<Operation>(backend, 'operations.create', fields);
  return { backend, op };
}

export function closeScreenFixture(backend: Backend): void {
  cleanup();
  backend.close();
}
