import { checkWorkspace } from '../core/check';
import type { Locale } from '../../shared/errors';
import type { CommandResult } from './command';

const labels = {
  fr: { healthy: 'Espace de travail sain', format: 'format', migrated: 'migré depuis le format', backup: 'copie de sauvegarde', rows: 'lignes' },
  en: { healthy: 'Healthy workspace', format: 'format', migrated: 'migrated from format', backup: 'backup copy', rows: 'rows' },
};

/** `tesr check FILE [--json]`: exit 0 only when the file opens, migrates and passes quick_check. */
export function checkCommand(file: string, json: boolean, locale: Locale): CommandResult {
  const report = checkWorkspace(file);
  if (json) return { code: report.ok ? 0 : 1, stdout: JSON.stringify(report, null, 2) };
  if (!report.ok) return { code: 1, stderr: report.error[locale] };
  const l = labels[locale];
  const lines = [`${l.healthy}: ${file} (${l.format} ${report.formatVersion})`];
  if (report.backupPath) lines.push(`${l.migrated} ${report.migratedFrom}; ${l.backup}: ${report.backupPath}`);
  for (const [table, n] of Object.entries(report.counts)) lines.push(`  ${table.padEnd(12)} ${n} ${l.rows}`);
  return { code: 0, stdout: lines.join('\n') };
}
