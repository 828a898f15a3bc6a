import { AppError, errorMessage, type Locale } from '../../shared/errors';
import { issueMessage, type RowIssue } from '../../shared/files/issues';
import { ImportInvalidError } from '../core/files/import-report';
import type { CommandResult } from './command';

/** Row errors listed on the terminal: enough to fix a file, not a flood. */
const MAX_LISTED = 50;

export function issueLines(issues: RowIssue[], locale: Locale): string[] {
  const lines = issues.slice(0, MAX_LISTED).map((i) => `  ${issueMessage(i, locale)}`);
  if (issues.length > MAX_LISTED) {
    const more = issues.length - MAX_LISTED;
    lines.push(locale === 'fr' ? `  … et ${more} autre(s)` : `  … and ${more} more`);
  }
  return lines;
}

/**
 * A failed command: the message in the user's language on stderr (with every row error of an
 * import), exit 1; with --json, the same as a JSON object on stdout too, for scripts.
 */
export function failure(e: unknown, locale: Locale, json: boolean): CommandResult {
  const error = e instanceof AppError ? e : new AppError('internal');
  const message = errorMessage(error.code, locale, error.params);
  const issues = e instanceof ImportInvalidError ? e.report.errors : [];
  const detail = e instanceof AppError ? [] : [String(e instanceof Error ? (e.stack ?? e.message) : e)];
  const stderr = [message, ...issueLines(issues, locale), ...detail].join('\n');
  if (!json) return { code: 1, stderr };
  const payload = {
    ok: false,
    error: { code: error.code, message, params: error.params },
    ...(issues.length ? { errors: issues.map((i) => ({ ...i, message: issueMessage(i, locale) })) } : {}),
  };
  return { code: 1, stdout: JSON.stringify(payload, null, 2), stderr };
}

/** Parse errors of the command line itself: exit 2 with the command's usage. */
export const usageError = (detail: string, usage: string): CommandResult => ({ code: 2, stderr: `${detail}\n\n${usage}`.trim() });
