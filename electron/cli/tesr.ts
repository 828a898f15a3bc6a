import { parseArgs } from 'node:util';
import { localeFromEnv } from '../core/locale';
import { analyzeCommand } from './analyze-command';
import { checkCommand } from './check-command';
import type { CommandResult } from './command';
import { exportCommand, exportUsage } from './export-command';
import { importCommand, importUsage } from './import-command';
import { newCommand, newUsage } from './new-command';
import { statsCommand, statsUsage } from './stats-command';

const usage = {
  fr: `Utilisation : tesr <commande> [options]

Commandes :
  check FICHIER [--json]   ouvre l'espace de travail, le migre si besoin, vérifie son intégrité, compte ses lignes
  analyze FICHIER --operation ID [--json]
                           analyse une opération : réseau, MACTOR, grille pouvoir–intérêt, saillance, qui manque
  new FICHIER              crée un espace de travail vide
  import FICHIER SOURCE [--kind actors|relations|json|gexf|graphml] [--operation ID] [--dry-run] [--json]
                           importe acteurs, relations (CSV, XLSX), réseau (GEXF, GraphML) ou export JSON, tout ou rien
  export FICHIER --format json|csv|xlsx|gexf [--out CHEMIN] [--operation ID] [--include-private] [--json]
                           exporte l’espace de travail ou une opération
  stats FICHIER [--json]   ce que contient l’espace de travail, opération par opération`,
  en: `Usage: tesr <command> [options]

Commands:
  check FILE [--json]      opens the workspace, migrates it if needed, checks its integrity, counts its rows
  analyze FILE --operation ID [--json]
                           analyses one operation: network, MACTOR, power–interest grid, salience, who is missing
  new FILE                 creates an empty workspace
  import FILE SOURCE [--kind actors|relations|json|gexf|graphml] [--operation ID] [--dry-run] [--json]
                           imports actors, relations (CSV, XLSX), a network (GEXF, GraphML) or a JSON export, all or nothing
  export FILE --format json|csv|xlsx|gexf [--out PATH] [--operation ID] [--include-private] [--json]
                           exports the workspace or one operation
  stats FILE [--json]      what the workspace holds, operation by operation`,
};

export function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CommandResult {
  const locale = localeFromEnv(env);
  if (argv[0] === 'analyze') return analyzeCommand(argv.slice(1), locale);
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

/** Commands that read or write files asynchronously (exceljs is async), with their usage. */
const asyncCommands = {
  new: [newCommand, newUsage],
  import: [importCommand, importUsage],
  export: [exportCommand, exportUsage],
  stats: [statsCommand, statsUsage],
} as const;

/** The whole `tesr` command line (bin/tesr.js): the file commands, then the synchronous ones of `runCli`. */
export async function runTesr(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<CommandResult> {
  const name = argv[0] ?? '';
  if (!Object.hasOwn(asyncCommands, name)) return runCli(argv, env);
  const entry = asyncCommands[name as keyof typeof asyncCommands];
  const locale = localeFromEnv(env);
  const [command, usageOf] = entry;
  if (argv.includes('--help') || argv.includes('-h')) return { code: 0, stdout: usageOf[locale] };
  return command(argv.slice(1), locale);
}
