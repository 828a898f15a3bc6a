import type { BrowserWindowConstructorOptions } from 'electron';

/** The hardened settings of every window (ARCHITECTURE.md, "Electron shell"). */
export function mainWindowOptions(preloadPath: string, title: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title,
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would open new windows; they are denied anyway, this removes the path.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  };
}
