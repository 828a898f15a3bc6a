import { timingSafeEqual } from 'node:crypto';

/**
 * Browser mode listens on loopback only and trusts nothing else: the Host header must name the
 * loopback address and port (defeats DNS rebinding), any Origin must be this server's own, and
 * every request carries the run's token (query string once, then a cookie).
 */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

export function isLoopbackHost(host: string | undefined, port: number): boolean {
  return !!host && LOOPBACK_NAMES.some((name) => host.toLowerCase() === `${name}:${port}`);
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true; // not a browser-initiated cross-site request
  return LOOPBACK_NAMES.some((name) => origin.toLowerCase() === `http://${name}:${port}`);
}

export const cookieName = (port: number) => `tesr-token-${port}`;

export function cookieToken(cookieHeader: string | undefined, port: number): string | undefined {
  if (!cookieHeader) return undefined;
  const name = cookieName(port);
  for (const part of cookieHeader.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

export function tokenMatches(candidate: string | undefined | null, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface RequestFacts {
  host: string | undefined;
  origin: string | undefined;
  cookie: string | undefined;
  url: string;
}

export type Verdict = { ok: true; viaQuery: boolean } | { ok: false; status: 401 | 403 };

export function judgeRequest(req: RequestFacts, port: number, token: string): Verdict {
  if (!isLoopbackHost(req.host, port) || !isAllowedOrigin(req.origin, port)) return { ok: false, status: 403 };
  const query = new URL(req.url, 'http://localhost').searchParams.get('token');
  if (tokenMatches(query, token)) return { ok: true, viaQuery: true };
  if (tokenMatches(cookieToken(req.cookie, port), token)) return { ok: true, viaQuery: false };
  return { ok: false, status: 401 };
}
