import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppError, errorMessage } from '../../shared/errors';
import type { AppEvent, MenuCommand } from '../../shared/events';
import { openBackend, type Backend } from '../core/backend';
import { defaultWorkspacePath } from '../core/paths';
import { APP_ENTRY, APP_SCHEME, isAppUrl, isOpenableExternally, resolveAppFile } from './app-url';
import { isTrustedSender } from './ipc-guard';
import { menuTemplate, type MenuLocale } from './menu-template';
import { electronNativeBinding } from './native-binding';
import { mainWindowOptions } from './window-options';

const here = dirname(fileURLToPath(import.meta.url)); // dist/electron
const appRoot = join(here, '..', '..');
const rendererRoot = join(here, '..', 'renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

let backend: Backend | null = null;

function broadcast(event: AppEvent): void {
  for (const w of BrowserWindow.getAllWindows()) w.webContents.send('api:event', event);
}

function sendMenuCommand(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send('api:event', { type: 'menu', command });
}

function buildMenu(locale: MenuLocale): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(locale, sendMenuCommand)));
}

/** Opens the workspace; on a refused file, says why in both languages and lets the user pick another. */
async function openWorkspace(path: string): Promise<Backend | null> {
  try {
    return openBackend(path, {
      create: true,
      example: path === defaultWorkspacePath(),
      nativeBinding: electronNativeBinding(appRoot, app.isPackaged),
    });
  } catch (e) {
    const err = e instanceof AppError ? e : new AppError('internal');
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: 'TESR Studio',
      message: errorMessage(err.code, 'fr', err.params),
      detail: errorMessage(err.code, 'en', err.params),
      buttons: ['Ouvrir un autre fichier / Open another file', 'Quitter / Quit'],
      defaultId: 0,
      cancelId: 1,
    });
    if (response !== 0) return null;
    const pick = await dialog.showOpenDialog({ filters: [{ name: 'TESR Studio', extensions: ['tesr'] }], properties: ['openFile', 'promptToCreate'] });
    return pick.canceled || !pick.filePaths[0] ? openWorkspace(path) : openWorkspace(pick.filePaths[0]);
  }
}

function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppFile(request.url, rendererRoot);
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isOpenableExternally(url)) {
      void dialog
        .showMessageBox({ type: 'question', message: url, buttons: ['Ouvrir / Open', 'Annuler / Cancel'], cancelId: 1 })
        .then(({ response }) => {
          if (response === 0) void shell.openExternal(url);
        });
    }
    return { action: 'deny' };
  });
});

function createWindow(b: Backend): void {
  const win = new BrowserWindow(mainWindowOptions(join(here, 'preload.cjs'), `${b.ws.name} – TESR Studio`));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
}

app.whenReady().then(async () => {
  hardenSession();
  backend = await openWorkspace(defaultWorkspacePath());
  if (!backend) {
    app.quit();
    return;
  }
  const b = backend;
  buildMenu(b.prefs.get().locale);
  b.onEvent((event) => {
    if (event.type === 'preferences') buildMenu(event.preferences.locale);
    broadcast(event);
  });
  ipcMain.handle('api', (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'unauthorized', message: new AppError('unauthorized').message } };
    }
    return b.dispatch(String(method), input, String(event.sender.id));
  });
  createWindow(b);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(b);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => backend?.close());
