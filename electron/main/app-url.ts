import { normalize, resolve, sep } from 'node:path';

/** The renderer is served from this custom scheme, never from file:// (which would grant the whole disk). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tesr';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Maps an app:// URL to a file inside `root`, or null for anything outside it or malformed. */
export function resolveAppFile(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const base = resolve(root);
  const file = resolve(base, normalize(`.${path === '/' ? '/index.html' : path}`));
  return file.startsWith(base + sep) ? file : null;
}

export const isAppUrl = (url: string) => url.startsWith(`${APP_ORIGIN}/`);

/** Only https links may leave the app, and only after the user confirms. */
export function isOpenableExternally(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
