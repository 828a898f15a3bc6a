import { sections, type Section } from './walk-store';

/**
 * Where the user is (operation and screen) lives in the address's hash, so a reload, a second
 * window opened on the same address or the browser's back button land on the same screen.
 */
export function readLocation(hash: string): { operationId: string | null; section: Section } {
  const m = /^#\/operations\/([0-9a-f-]{36})(?:\/([a-z]+))?$/.exec(hash);
  const section = (sections as readonly string[]).includes(m?.[2] ?? '') ? (m![2] as Section) : 'card';
  return { operationId: m?.[1] ?? null, section };
}

export const writeLocation = (operationId: string | null, section: Section) =>
  operationId ? `#/operations/${operationId}/${section}` : '#/';

/** The ecosystem view (every operation on one map) has an address of its own. */
export const ECOSYSTEM_HASH = '#/ecosystem';
