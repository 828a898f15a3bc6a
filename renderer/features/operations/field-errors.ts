import type { z } from 'zod';
import type { ApiError } from '../../../shared/envelope';

export type FieldErrorKey = 'required' | 'tooLong';
export type FieldErrors = Partial<Record<string, FieldErrorKey>>;

/** Turns the shared zod schema's verdict into i18n keys per field, so forms and backend agree. */
export function fieldErrors(result: z.ZodSafeParseResult<unknown>): FieldErrors {
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= issue.code === 'too_big' ? 'tooLong' : 'required';
  }
  return errors;
}

/** A backend `invalid-input` names its field path (`patch.title`): show it beside that field. */
export function fieldErrorFromApi(error: ApiError): FieldErrors {
  if (error.code !== 'invalid-input' || !error.path) return {};
  const field = error.path.split('.').pop() ?? '';
  return { [field]: /too_big|at most|<=/.test(error.params?.detail?.toString() ?? '') ? 'tooLong' : 'required' };
}
