import { isAppUrl } from './app-url';

/** IPC is answered only for the app's own top-level page: never a subframe, never a foreign origin. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}
