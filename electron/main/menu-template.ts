import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/events';
import en from '../../renderer/locales/en/menu.json';
import fr from '../../renderer/locales/fr/menu.json';

export type MenuLocale = 'fr' | 'en';
const catalogues = { fr: fr.menu, en: en.menu };

/** File commands the main process carries out itself (they need native dialogs). */
export type FileAction = { kind: 'new' } | { kind: 'open' } | { kind: 'saveAs' } | { kind: 'openRecent'; path: string };

export interface FileMenu {
  recent: { path: string; name: string; exists: boolean }[];
  act(action: FileAction): void;
}

const noFiles: FileMenu = { recent: [], act: () => undefined };

/**
 * The application menu, in the user's language, from the renderer's own catalogue. App-level
 * commands (undo, redo, new operation) go to the focused window, which owns the context.
 */
export function menuTemplate(
  locale: MenuLocale,
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform = process.platform,
  files: FileMenu = noFiles,
): MenuItemConstructorOptions[] {
  const t = catalogues[locale];
  const mod = 'CmdOrCtrl';
  const recent: MenuItemConstructorOptions[] = files.recent.length
    ? files.recent.map((r) => ({
        label: r.exists ? r.name : `${r.name} (${t.missing})`,
        toolTip: r.path,
        enabled: r.exists,
        click: () => files.act({ kind: 'openRecent', path: r.path }),
      }))
    : [{ label: t.noRecent, enabled: false }];
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
        { label: t.newFile, accelerator: `${mod}+Shift+N`, click: () => files.act({ kind: 'new' }) },
        { label: t.open, accelerator: `${mod}+O`, click: () => files.act({ kind: 'open' }) },
        { label: t.recent, submenu: recent },
        { label: t.saveAs, accelerator: `${mod}+Shift+S`, click: () => files.act({ kind: 'saveAs' }) },
        { type: 'separator' },
        { label: t.files, click: () => send('showFiles') },
        { label: t.backups, click: () => send('showBackups') },
        { type: 'separator' },
        { label: t.newOperation, accelerator: `${mod}+N`, click: () => send('newOperation') },
        { type: 'separator' },
        platform === 'darwin' ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, accelerator: `${mod}+Z`, click: () => send('undo') },
        { label: t.redo, accelerator: `${mod}+Shift+Z`, click: () => send('redo') },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        { label: t.toggleTheme, click: () => send('toggleTheme') },
        {
          label: t.language,
          submenu: [
            { label: 'Français', type: 'radio', checked: locale === 'fr', click: () => send('setLocale:fr') },
            { label: 'English', type: 'radio', checked: locale === 'en', click: () => send('setLocale:en') },
          ],
        },
        { type: 'separator' },
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { role: 'togglefullscreen', label: t.fullscreen },
      ],
    },
  ];
  if (platform === 'darwin') template.unshift({ role: 'appMenu' });
  return template;
}
