import { errorMessage } from '../../../shared/errors';
import { ApiCallError } from '../../api/client';

/** A refusal from the backend, worded in the current language to show beside the field. */
export function refusalMessage(err: unknown, language: string): string {
  if (!(err instanceof ApiCallError)) throw err;
  return errorMessage(err.error.code, language === 'en' ? 'en' : 'fr', err.error.params ?? {});
}

/** Runs a write and turns a backend refusal into an Error carrying the localized message. */
export async function worded<T>(write: () => Promise<T>, language: string): Promise<T> {
  try {
    return await write();
  } catch (err) {
    throw new Error(refusalMessage(err, language));
  }
}
