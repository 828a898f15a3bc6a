import { ZodError } from 'zod';
import { api, isMethodName, type MethodName } from '../../shared/api';
import type { ApiError, Envelope } from '../../shared/envelope';
import { AppError } from '../../shared/errors';
import type { HandlerContext, Handlers } from './handler-types';

function toApiError(e: unknown): ApiError {
  if (e instanceof ZodError) {
    const issue = e.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    const detail = issue?.message ?? 'invalid';
    return { code: 'invalid-input', message: new AppError('invalid-input', { path, detail }).message, params: { path, detail }, path };
  }
  if (e instanceof AppError) return { code: e.code, message: e.message, params: e.params };
  console.error('internal error in handler', e);
  return { code: 'internal', message: new AppError('internal').message };
}

export type Dispatch = (method: string, input: unknown, clientId?: string) => Promise<Envelope<unknown>>;

/**
 * The one entry point of the backend for every transport: unknown method -> error; input parsed
 * with zod -> `invalid-input` naming the field; handler runs; the reply is always an envelope.
 */
export function createDispatcher(handlers: Handlers, context: () => HandlerContext): Dispatch {
  return async (method, input, clientId) => {
    if (!isMethodName(method)) {
      return { ok: false, error: toApiError(new AppError('unknown-method', { method: String(method).slice(0, 80) })) };
    }
    try {
      const name: MethodName = method;
      const parsed = api[name].input.parse(input ?? {});
      const handler = handlers[name] as (i: unknown, c: HandlerContext) => unknown;
      const value = await handler(parsed, { ...context(), clientId });
      return { ok: true, value: api[name].output.parse(value) };
    } catch (e) {
      return { ok: false, error: toApiError(e) };
    }
  };
}
