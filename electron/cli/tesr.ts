import { parseArgs } from 'node:util';
import { localeFromEnv } from '../core/locale';
import { checkCommand } from './check-command';
import type { CommandResult } from './command';

const usage = {
  fr: `Utilisation : tesr <commande> [options]

Commandes :
  check FICHIER [--json]   ouvre l'espace de travail, le migre si besoin, vérifie son intégrité, compte ses lignes`,
  en: `Usage: tesr <command> [options]

Commands:
  check FILE [--json]      opens the workspace, migrates it if needed, checks its integrity, counts its rows`,
};

export function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CommandResult {
  const locale = localeFromEnv(env);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return { code: 2, stderr: `${e instanceof Error ? e.message : String(e)}\n\n${usage[locale]}` };
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || !command) return { code: command || parsed.values.help ? 0 : 2, stdout: usage[locale] };
  if (command === 'check' && rest.length === 1) return checkCommand(rest[0]!, parsed.values.json ?? false, locale);
  return { code: 2, stderr: usage[locale] };
}
