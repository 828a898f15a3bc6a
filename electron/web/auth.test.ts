import { describe, expect, it } from 'vitest';
import { cookieToken, isAllowedOrigin, isLoopbackHost, judgeRequest, tokenMatches } from './auth';

const port = 4321;
const token = 'abcDEF123_-';
const req = (over: Partial<Parameters<typeof judgeRequest>[0]>) => ({
  host: `127.0.0.1:${port}`,
  origin: undefined,
  cookie: undefined,
  url: '/',
  ...over,
});

describe('browser-mode request checks', () => {
  it('accepts only loopback Host headers on our port', () => {
    expect(isLoopbackHost(`127.0.0.1:${port}`, port)).toBe(true);
    expect(isLoopbackHost(`localhost:${port}`, port)).toBe(true);
    expect(isLoopbackHost(`[::1]:${port}`, port)).toBe(true);
    expect(isLoopbackHost(`127.0.0.1:${port + 1}`, port)).toBe(false);
    expect(isLoopbackHost(`evil.example:${port}`, port)).toBe(false);
    expect(isLoopbackHost(`127.0.0.1.evil.example:${port}`, port)).toBe(false);
    expect(isLoopbackHost(undefined, port)).toBe(false);
  });
  it('accepts no Origin or our own, nothing else', () => {
    expect(isAllowedOrigin(undefined, port)).toBe(true);
    expect(isAllowedOrigin(`http://127.0.0.1:${port}`, port)).toBe(true);
    expect(isAllowedOrigin(`http://evil.example`, port)).toBe(false);
    expect(isAllowedOrigin(`null`, port)).toBe(false);
    expect(isAllowedOrigin(`http://127.0.0.1:${port}.evil.example`, port)).toBe(false);
  });
  it('reads the token from the query or from this port’s cookie only', () => {
    expect(cookieToken(`a=b; tesr-token-${port}=${token}`, port)).toBe(token);
    expect(cookieToken(`tesr-token-${port + 1}=${token}`, port)).toBeUndefined();
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(`${token}x`, token)).toBe(false);
    expect(tokenMatches('', token)).toBe(false);
  });
  it('judges a whole request', () => {
    expect(judgeRequest(req({ url: `/?token=${token}` }), port, token)).toEqual({ ok: true, viaQuery: true });
    expect(judgeRequest(req({ cookie: `tesr-token-${port}=${token}` }), port, token)).toEqual({ ok: true, viaQuery: false });
    expect(judgeRequest(req({}), port, token)).toEqual({ ok: false, status: 401 });
    expect(judgeRequest(req({ url: '/?token=wrong' }), port, token)).toEqual({ ok: false, status: 401 });
    expect(judgeRequest(req({ url: `/?token=${token}`, host: 'attacker.example' }), port, token)).toEqual({ ok: false, status: 403 });
    expect(judgeRequest(req({ url: `/?token=${token}`, origin: 'https://attacker.example' }), port, token)).toEqual({ ok: false, status: 403 });
  });
});
