import { parseArgs } from 'node:util';
import type { Locale } from '../../shared/errors';
import { defaultOutput, exportWorkspace, type ExportFormat } from '../core/files/export-file';
import { Workspace } from '../core/workspace/workspace';
import { failure, usageError } from './cli-output';
import type { CommandResult } from './command';

export const exportUsage = {
  fr: `Utilisation : tesr export FICHIER --format json|csv|xlsx|gexf [--out CHEMIN] [--operation ID] [--include-private] [--json]
  json : tout l’espace de travail ; csv : un fichier par table dans le dossier CHEMIN ; xlsx : une feuille par table ;
  gexf : le réseau. Contacts et notes privés sont omis sauf --include-private.`,
  en: `Usage: tesr export FILE --format json|csv|xlsx|gexf [--out PATH] [--operation ID] [--include-private] [--json]
  json: the whole workspace; csv: one file per table in the folder PATH; xlsx: one sheet per table;
  gexf: the network. Private contact details and notes are left out unless --include-private.`,
};

const FORMATS: ExportFormat[] = ['json', 'csv', 'xlsx', 'gexf'];

const words = {
  fr: {
    written: (f: string) => `Écrit : ${f}`,
    rows: 'lignes',
    private: 'Attention : ce fichier contient les contacts et notes marqués privés.',
  },
  en: {
    written: (f: string) => `Written: ${f}`,
    rows: 'rows',
    private: 'Note: this file holds the contact details and notes marked private.',
  },
};

/** `tesr export FILE --format F`: the app's own export, from the command line. */
export async function exportCommand(argv: string[], locale: Locale): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        operation: { type: 'string' },
        'include-private': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
  } catch (e) {
    return usageError(e instanceof Error ? e.message : String(e), exportUsage[locale]);
  }
  const { values, positionals } = parsed;
  const format = values.format as ExportFormat | undefined;
  if (positionals.length !== 1 || !format || !FORMATS.includes(format)) return usageError('', exportUsage[locale]);
  const json = values.json ?? false;
  let ws: Workspace | null = null;
  try {
    ws = Workspace.open(positionals[0]!);
    const out = values.out ?? defaultOutput(ws, format);
    const result = await exportWorkspace(ws, format, out, {
      locale,
      operationId: values.operation ?? null,
      includePrivate: values['include-private'] ?? false,
    });
    if (json) return { code: 0, stdout: JSON.stringify({ ok: true, ...result }, null, 2) };
    const w = words[locale];
    const lines = result.files.map((f) => w.written(f));
    lines.push(`  ${Object.entries(result.counts).map(([t, n]) => `${t} ${n}`).join(', ')}`);
    if (result.includePrivate) lines.push(w.private);
    return { code: 0, stdout: lines.join('\n') };
  } catch (e) {
    return failure(e, locale, json);
  } finally {
    ws?.close();
  }
}
