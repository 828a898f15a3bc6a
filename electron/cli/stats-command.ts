import { parseArgs } from 'node:util';
import type { Locale } from '../../shared/errors';
import { workspaceStats, type WorkspaceStats } from '../core/files/stats';
import { Workspace } from '../core/workspace/workspace';
import { failure, usageError } from './cli-output';
import type { CommandResult } from './command';

export const statsUsage = {
  fr: 'Utilisation : tesr stats FICHIER [--json]\n  ce que contient l’espace de travail, opération par opération',
  en: 'Usage: tesr stats FILE [--json]\n  what the workspace holds, operation by operation',
};

const words = {
  fr: {
    head: (s: WorkspaceStats) =>
      `${s.operations} opération(s) en cours, ${s.archivedOperations} archivée(s) ; ${s.actors} acteur(s) (${s.duplicateGroups} groupe(s) de doublons possibles) ; ${s.colleges} collège(s), ${s.relationKinds} type(s) de relation`,
    archived: ' (archivée)',
    line: (o: WorkspaceStats['perOperation'][number]) =>
      `${o.stakeholders} partie(s) prenante(s), ${o.relations} relation(s), ${o.facts} fait(s), ${o.hypotheses} hypothèse(s), ${o.meetings} réunion(s), ${o.actions} action(s), ${o.indicators} indicateur(s)`,
  },
  en: {
    head: (s: WorkspaceStats) =>
      `${s.operations} active operation(s), ${s.archivedOperations} archived; ${s.actors} actor(s) (${s.duplicateGroups} group(s) of possible duplicates); ${s.colleges} collège(s), ${s.relationKinds} relation kind(s)`,
    archived: ' (archived)',
    line: (o: WorkspaceStats['perOperation'][number]) =>
      `${o.stakeholders} stakeholder(s), ${o.relations} relation(s), ${o.facts} fact(s), ${o.hypotheses} hypothesis(es), ${o.meetings} meeting(s), ${o.actions} action(s), ${o.indicators} indicator(s)`,
  },
};

/** `tesr stats FILE`: counts of what the workspace holds; reads only. */
export async function statsCommand(argv: string[], locale: Locale): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' } } });
  } catch (e) {
    return usageError(e instanceof Error ? e.message : String(e), statsUsage[locale]);
  }
  if (parsed.positionals.length !== 1) return usageError('', statsUsage[locale]);
  const json = parsed.values.json ?? false;
  let ws: Workspace | null = null;
  try {
    ws = Workspace.open(parsed.positionals[0]!);
    const stats = workspaceStats(ws.db);
    if (json) return { code: 0, stdout: JSON.stringify({ ok: true, ...stats }, null, 2) };
    const w = words[locale];
    const lines = [w.head(stats)];
    for (const o of stats.perOperation) lines.push(`  ${o.title}${o.archived ? w.archived : ''} [${o.id}]`, `    ${w.line(o)}`);
    return { code: 0, stdout: lines.join('\n') };
  } catch (e) {
    return failure(e, locale, json);
  } finally {
    ws?.close();
  }
}
