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
  if (e instanceof AppError) {
    const path = e.code === 'invalid-input' && typeof e.params.path === 'string' ? { path: e.params.path } : {};
    return { code: e.code, message: e.message, params: e.params, ...path };
  }
  const sqlite = constraintError(e);
  if (sqlite) return toApiError(sqlite);
  console.error('internal error in handler', e);
  return { code: 'internal', message: new AppError('internal').message };
}

/** SQLite's own guards (foreign keys, uniqueness, checks) are the last line: word them as input errors. */
function constraintError(e: unknown): AppError | null {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return new AppError('conflict');
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new AppError('invalid-input', { path: '', detail: 'unknown reference' });
  if (code === 'SQLITE_CONSTRAINT_CHECK') return new AppError('invalid-input', { path: '', detail: 'value out of range' });
  return null;
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
      const output = api[name].output.safeParse(value);
      if (!output.success) {
        // The handler broke the contract: a bug of ours, not the caller's input.
        console.error(`reply of ${name} does not match the contract`, output.error.issues.slice(0, 3));
        return { ok: false, error: toApiError(new AppError('internal')) };
      }
      return { ok: true, value: output.data };
    } catch (e) {
      return { ok: false, error: toApiError(e) };
    }
  };
}
