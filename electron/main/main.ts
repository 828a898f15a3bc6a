import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppError, errorMessage } from '../../shared/errors';
import type { AppEvent, MenuCommand } from '../../shared/events';
import { openBackend, type Backend } from '../core/backend';
import { dataDir, defaultWorkspacePath } from '../core/paths';
import { recentFiles } from '../core/workspace/data-folder';
import { RecentFiles } from '../core/workspace/recent-files';
import { APP_ENTRY, APP_SCHEME, isAppUrl, isOpenableExternally, resolveAppFile } from './app-url';
import { droppedWorkspacePath, windowTitle, workspaceFromArgv } from './desktop-files';
import { isTrustedSender } from './ipc-guard';
import { menuTemplate, type FileAction, type MenuLocale } from './menu-template';
import { electronNativeBinding } from './native-binding';
import { mainWindowOptions } from './window-options';

const here = dirname(fileURLToPath(import.meta.url)); // dist/electron
const appRoot = join(here, '..', '..');
const rendererRoot = join(here, '..', 'renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

// One instance: a .tesr opened while the app runs goes to the running one (see 'second-instance').
if (!app.requestSingleInstanceLock()) app.quit();

let backend: Backend | null = null;
/** A file macOS asked to open before the app was ready. */
let pendingOpen: string | null = null;

function broadcast(event: AppEvent): void {
  for (const w of BrowserWindow.getAllWindows()) w.webContents.send('api:event', event);
}

function sendMenuCommand(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send('api:event', { type: 'menu', command });
}

function buildMenu(b: Backend): void {
  const locale: MenuLocale = b.prefs.get().locale;
  const files = { recent: recentFiles(b.session).filter((r) => !r.current), act: (a: FileAction) => void fileAction(b, a) };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(locale, sendMenuCommand, process.platform, files)));
}

/** A refusal said in both languages; the file open before stays open. */
async function showError(e: unknown): Promise<void> {
  const err = e instanceof AppError ? e : new AppError('internal');
  await dialog.showMessageBox({
    type: 'error',
    title: 'TESR Studio',
    message: errorMessage(err.code, 'fr', err.params),
    detail: errorMessage(err.code, 'en', err.params),
  });
}

const tesrFilter = [{ name: 'TESR Studio (.tesr)', extensions: ['tesr'] }];
const withExtension = (p: string) => (/\.tesr$/i.test(p) ? p : `${p}.tesr`);

/** File menu commands: native dialogs filtered to .tesr, then the session switches files. */
async function fileAction(b: Backend, action: FileAction): Promise<void> {
  try {
    if (action.kind === 'openRecent') b.session.open(action.path);
    else if (action.kind === 'open') {
      const pick = await dialog.showOpenDialog({ filters: tesrFilter, properties: ['openFile'] });
      if (!pick.canceled && pick.filePaths[0]) b.session.open(pick.filePaths[0]);
    } else {
      const pick = await dialog.showSaveDialog({ filters: tesrFilter, defaultPath: action.kind === 'saveAs' ? b.ws.path : undefined });
      if (pick.canceled || !pick.filePath) return;
      // The save dialog has already asked before replacing an existing file.
      if (action.kind === 'saveAs') await b.session.saveAs(withExtension(pick.filePath), { overwrite: true });
      else b.session.create(withExtension(pick.filePath));
    }
  } catch (e) {
    await showError(e);
  }
}

function openFromSystem(path: string): void {
  const b = backend;
  if (!b) {
    pendingOpen = path;
    return;
  }
  try {
    b.session.open(path);
  } catch (e) {
    void showError(e);
  }
  const win = BrowserWindow.getAllWindows()[0];
  if (win?.isMinimized()) win.restore();
  win?.focus();
}

app.on('open-file', (event, path) => {
  event.preventDefault();
  openFromSystem(path);
});
app.on('second-instance', (_event, argv, workingDirectory) => {
  const path = workspaceFromArgv(argv, workingDirectory);
  if (path) openFromSystem(path);
  else BrowserWindow.getAllWindows()[0]?.focus();
});

/** The file to open at start: one given by the system, else the last one opened, else the default. */
function startPath(): string {
  const given = pendingOpen ?? workspaceFromArgv(process.argv, process.cwd());
  if (given) return given;
  const last = new RecentFiles(join(dataDir(), 'recent-files.json')).list()[0];
  return last && existsSync(last.path) ? last.path : defaultWorkspacePath();
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
  const win = new BrowserWindow(mainWindowOptions(join(here, 'preload.cjs'), windowTitle(b.ws.name)));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
}

app.whenReady().then(async () => {
  hardenSession();
  backend = await openWorkspace(startPath());
  pendingOpen = null;
  if (!backend) {
    app.quit();
    return;
  }
  const b = backend;
  buildMenu(b);
  b.onEvent((event) => {
    if (event.type === 'preferences') buildMenu(b);
    if (event.type === 'workspace') {
      buildMenu(b); // the recent files changed
      for (const w of BrowserWindow.getAllWindows()) w.setTitle(windowTitle(event.name));
    }
    broadcast(event);
  });
  // A .tesr dropped on the window: the preload sends its path, checked here before anything opens.
  ipcMain.handle('workspace:open-dropped', (event, value: unknown) => {
    const path = droppedWorkspacePath(value);
    if (!isTrustedSender(event.senderFrame) || !path) {
      return { ok: false, error: { code: 'unauthorized', message: new AppError('unauthorized').message } };
    }
    try {
      b.session.open(path);
      return { ok: true, value: null };
    } catch (e) {
      const err = e instanceof AppError ? e : new AppError('internal');
      return { ok: false, error: { code: err.code, message: err.message, params: err.params } };
    }
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
