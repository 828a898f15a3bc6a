import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError, type Locale } from '../../shared/errors';
import { LATEST_VERSION } from '../core/db/migrations';
import { Workspace } from '../core/workspace/workspace';
import { failure, usageError } from './cli-output';
import type { CommandResult } from './command';

export const newUsage = {
  fr: 'Utilisation : tesr new FICHIER [--json]\n  crée un espace de travail vide (refuse d’écraser un fichier existant)',
  en: 'Usage: tesr new FILE [--json]\n  creates an empty workspace (never overwrites an existing file)',
};

/** `tesr new FILE`: an empty workspace, with the default collèges and relation kinds. */
export async function newCommand(argv: string[], locale: Locale): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' } } });
  } catch (e) {
    return usageError(e instanceof Error ? e.message : String(e), newUsage[locale]);
  }
  const json = parsed.values.json ?? false;
  if (parsed.positionals.length !== 1) return usageError('', newUsage[locale]);
  const file = parsed.positionals[0]!;
  try {
    if (existsSync(file)) throw new AppError('file-exists', { file });
    Workspace.open(file, { create: true }).close();
  } catch (e) {
    return failure(e, locale, json);
  }
  if (json) return { code: 0, stdout: JSON.stringify({ ok: true, file, formatVersion: LATEST_VERSION }, null, 2) };
  return { code: 0, stdout: locale === 'fr' ? `Espace de travail créé : ${file}` : `Workspace created: ${file}` };
}
