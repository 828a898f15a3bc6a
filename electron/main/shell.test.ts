import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { APP_ENTRY, isAppUrl, isOpenableExternally, resolveAppFile } from './app-url';
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
