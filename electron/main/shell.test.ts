import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { APP_ENTRY, isAppUrl, isOpenableExternally, resolveAppFile } from './app-url';
import { droppedWorkspacePath, windowTitle, workspaceFromArgv } from './desktop-files';
import { isTrustedSender } from './ipc-guard';
import { menuTemplate } from './menu-template';
import { electronNativeBinding } from './native-binding';
import { mainWindowOptions } from './window-options';

const root = '/opt/tesr/dist/renderer';

describe('window options', () => {
  it('isolates and sandboxes the renderer, with no Node in it', () => {
    const prefs = mainWindowOptions('/opt/tesr/preload.cjs', 'x').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/opt/tesr/preload.cjs',
    });
  });
  it('fits a 1366×768 laptop', () => {
    const o = mainWindowOptions('p', 't');
    expect(o.width).toBeLessThanOrEqual(1366);
    expect(o.height).toBeLessThanOrEqual(768);
  });
});

describe('content security policy', () => {
  it('allows only the app’s own scripts, no eval, no inline script, no plugins, no framing', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives['script-src']).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline)/);
    expect(directives['object-src']).toBe("object-src 'none'");
    expect(directives['frame-ancestors']).toBe("frame-ancestors 'none'");
  });
});

describe('app:// protocol', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppFile(APP_ENTRY, root)).toBe(`${root}/index.html`);
    expect(resolveAppFile('app://tesr/', root)).toBe(`${root}/index.html`);
    expect(resolveAppFile('app://tesr/assets/index-abc.js', root)).toBe(`${root}/assets/index-abc.js`);
  });
  it('refuses anything that escapes the folder or is not ours', () => {
    for (const url of [
      'app://tesr/../../etc/passwd',
      'app://tesr/%2e%2e/%2e%2e/etc/passwd',
      'app://tesr/assets/%2e%2e%2f%2e%2e%2fsecret',
      'app://tesr/a%00b',
      'app://other/index.html',
      'file:///etc/passwd',
      'app://tesr/%E0%A4%A',
      'not a url',
    ]) {
      const file = resolveAppFile(url, root);
      expect(file === null || file.startsWith(`${root}/`), url).toBe(true);
      expect(file ?? '', url).not.toMatch(/^\/etc|secret$/);
    }
    expect(resolveAppFile('app://tesr/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret', root)).toBeNull();
    expect(resolveAppFile('app://other/index.html', root)).toBeNull();
  });
  it('only app:// pages may be navigated to; only https may open outside, after confirmation', () => {
    expect(isAppUrl(APP_ENTRY)).toBe(true);
    expect(isAppUrl('https://example.org')).toBe(false);
    expect(isAppUrl('app://tesr.evil/x')).toBe(false);
    expect(isOpenableExternally('https://www.hautsdefrance.fr')).toBe(true);
    expect(isOpenableExternally('http://example.org')).toBe(false);
    expect(isOpenableExternally('file:///etc/passwd')).toBe(false);
    expect(isOpenableExternally('javascript:alert(1)')).toBe(false);
  });
});

describe('IPC sender check', () => {
  it('answers only the app’s own top-level frame', () => {
    expect(isTrustedSender({ url: APP_ENTRY, parent: null })).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY, parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('application menu', () => {
  const labels = (t: ReturnType<typeof menuTemplate>) => t.map((m) => m.label);
  it('is in French or English, from the same catalogue as the renderer', () => {
    expect(labels(menuTemplate('fr', () => undefined, 'linux'))).toEqual(['Fichier', 'Édition', 'Affichage']);
    expect(labels(menuTemplate('en', () => undefined, 'linux'))).toEqual(['File', 'Edit', 'View']);
  });
  it('sends undo, redo and new-operation to the window, with the usual shortcuts', () => {
    const sent: string[] = [];
    const [file, edit] = menuTemplate('fr', (c) => sent.push(c), 'linux');
    const items = [...(file!.submenu as { label?: string; accelerator?: string; click?: () => void }[]), ...(edit!.submenu as { label?: string; accelerator?: string; click?: () => void }[])];
    const byLabel = (l: string) => items.find((i) => i.label === l)!;
    expect(byLabel('Annuler').accelerator).toBe('CmdOrCtrl+Z');
    expect(byLabel('Rétablir').accelerator).toBe('CmdOrCtrl+Shift+Z');
    byLabel('Annuler').click!();
    byLabel('Rétablir').click!();
    byLabel('Nouvelle opération').click!();
    expect(sent).toEqual(['undo', 'redo', 'newOperation']);
  });
  it('adds the app menu on macOS', () => {
    expect(menuTemplate('fr', () => undefined, 'darwin')[0]).toEqual({ role: 'appMenu' });
  });
});

describe('native binding', () => {
  it('uses the Electron build of better-sqlite3 in development, the packaged one otherwise', () => {
    expect(electronNativeBinding('/src/tesr', false)).toBe('/src/tesr/.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(electronNativeBinding('/src/tesr', true)).toBeUndefined();
  });
});

describe('workspace files on the desktop', () => {
  type Item = { label?: string; accelerator?: string; enabled?: boolean; toolTip?: string; click?: () => void; submenu?: Item[] };
  const fileMenu = (recent: { path: string; name: string; exists: boolean }[], locale: 'fr' | 'en' = 'fr') => {
    const acts: unknown[] = [];
    const sent: string[] = [];
    const [file] = menuTemplate(locale, (c) => sent.push(c), 'linux', { recent, act: (a) => acts.push(a) });
    const items = file!.submenu as Item[];
    return { items, acts, sent, byLabel: (l: string) => items.find((i) => i.label === l)! };
  };

  it('has New, Open, Recent files, Save as and Backups in the File menu, with the usual shortcuts', () => {
    const { byLabel, acts, sent } = fileMenu([]);
    expect(byLabel('Nouveau fichier…').accelerator).toBe('CmdOrCtrl+Shift+N');
    expect(byLabel('Ouvrir…').accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('Enregistrer sous…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byLabel('Nouvelle opération').accelerator).toBe('CmdOrCtrl+N');
    for (const l of ['Nouveau fichier…', 'Ouvrir…', 'Enregistrer sous…', 'Sauvegardes…', 'Fichiers…']) byLabel(l).click!();
    expect(acts).toEqual([{ kind: 'new' }, { kind: 'open' }, { kind: 'saveAs' }]);
    expect(sent).toEqual(['showBackups', 'showFiles']);
    expect(byLabel('Fichiers récents').submenu).toEqual([{ label: 'Aucun fichier récent', enabled: false }]);
    expect(fileMenu([], 'en').items.map((i) => i.label).filter(Boolean)).toEqual([
      'New file…',
      'Open…',
      'Recent files',
      'Save as…',
      'Files…',
      'Backups…',
      'New operation',
      'Quit',
    ]);
  });

  it('lists recent files, a missing one flagged and disabled', () => {
    const { byLabel, acts } = fileMenu([
      { path: '/home/ana/Bassin.tesr', name: 'Bassin', exists: true },
      { path: '/media/usb/Loos.tesr', name: 'Loos', exists: false },
    ]);
    const [present, missing] = byLabel('Fichiers récents').submenu!;
    expect(present).toMatchObject({ label: 'Bassin', enabled: true, toolTip: '/home/ana/Bassin.tesr' });
    expect(missing).toMatchObject({ label: 'Loos (introuvable)', enabled: false });
    present!.click!();
    expect(acts).toEqual([{ kind: 'openRecent', path: '/home/ana/Bassin.tesr' }]);
  });

  it('finds the .tesr file given on the command line (file association, second instance)', () => {
    expect(workspaceFromArgv(['/opt/TESR Studio/tesr-studio', '/home/ana/Bassin minier.tesr'], '/')).toBe('/home/ana/Bassin minier.tesr');
    expect(workspaceFromArgv(['C:\\app.exe', '--allow-file-access-from-files', 'Loos.TESR'], '/home/ana')).toBe('/home/ana/Loos.TESR');
    expect(workspaceFromArgv(['electron', '.', '--inspect=9229'], '/src')).toBeNull();
    expect(workspaceFromArgv(['electron', '.', 'notes.txt'], '/src')).toBeNull();
    expect(workspaceFromArgv(['/usr/bin/electron', '--flag=x.tesr'], '/')).toBeNull();
    expect(workspaceFromArgv(['app'], '/')).toBeNull();
  });

  it('accepts a dropped file only as an absolute path to a .tesr file', () => {
    expect(droppedWorkspacePath('/home/ana/Bassin.tesr')).toBe('/home/ana/Bassin.tesr');
    expect(droppedWorkspacePath('/home/ana/../ana/Bassin.tesr')).toBe('/home/ana/Bassin.tesr');
    for (const bad of ['Bassin.tesr', '/etc/passwd', '/x/y.tesr\u0000.txt', '', 42, null, { path: '/a.tesr' }, `/${'a'.repeat(5000)}.tesr`]) {
      expect(droppedWorkspacePath(bad), String(bad)).toBeNull();
    }
  });

  it('shows the file’s name in the window title', () => {
    expect(windowTitle('Bassin minier')).toBe('Bassin minier – TESR Studio');
  });

  it('associates .tesr files with the app in the packaging config', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { build: { fileAssociations: { ext: string; role: string }[] } };
    expect(pkg.build.fileAssociations).toContainEqual(expect.objectContaining({ ext: 'tesr', role: 'Editor' }));
  });
});
