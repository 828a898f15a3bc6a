import { errorMessage } from '../../../shared/errors';
import { ApiCallError } from '../../api/client';

/**
 * Runs a write whose refusal should be shown next to where it happened (a cell, a field): an API
 * error comes back as an Error carrying the message in the user's language.
 */
export async function localized<T>(locale: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (err) {
    if (!(err instanceof ApiCallError)) throw err;
    const { code, params, path } = err.error;
    throw new Error(errorMessage(code, locale === 'en' ? 'en' : 'fr', { ...(path ? { path } : {}), ...params }), { cause: err });
  }
}
