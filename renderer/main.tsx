import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createIpcTransport, type PreloadBridge } from './api/ipc-transport';
import { createWsTransport } from './api/ws-transport';
import { App } from './app/App';
import { createServices } from './app/services';
import { ServicesContext } from './app/services-context';
import { cachedPreferences } from './features/preferences/preferences-store';
import { createI18n } from './i18n/i18n';
import './styles/theme.css';
import './styles/app.css';

declare global {
  interface Window {
    tesr?: PreloadBridge;
  }
}

// Desktop: the preload's bridge. Browser mode: the loopback WebSocket (the token is a cookie by now).
const transport = window.tesr
  ? createIpcTransport(window.tesr)
  : createWsTransport(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api`);
const i18n = createI18n(cachedPreferences().locale);
const services = createServices(transport, i18n);
void services.start();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </I18nextProvider>
  </StrictMode>,
);
