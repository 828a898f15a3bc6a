import { parseArgs } from 'node:util';
import type { Locale } from '../../shared/errors';
import { fileSource } from '../core/files/byte-source';
import { importFile } from '../core/files/import-file';
import type { ImportKind, ImportReport } from '../core/files/import-report';
import { Workspace } from '../core/workspace/workspace';
import { failure, issueLines, usageError } from './cli-output';
import type { CommandResult } from './command';

export const importUsage = {
  fr: `Utilisation : tesr import FICHIER SOURCE [--kind actors|relations|json|gexf|graphml] [--operation ID] [--dry-run] [--json]
  importe des acteurs ou des relations (CSV, XLSX), un réseau (GEXF, GraphML) ou un export JSON complet ;
  tout ou rien, en une seule modification (annulable d’un Ctrl+Z dans l’application)`,
  en: `Usage: tesr import FILE SOURCE [--kind actors|relations|json|gexf|graphml] [--operation ID] [--dry-run] [--json]
  imports actors or relations (CSV, XLSX), a network (GEXF, GraphML) or a full JSON export;
  all or nothing, in one change (one Ctrl+Z in the app takes it back)`,
};

const formatNames = { csv: 'CSV', xlsx: 'XLSX', json: 'JSON', gexf: 'GEXF', graphml: 'GraphML' };

const KINDS: ImportKind[] = ['actors', 'relations', 'json', 'gexf', 'graphml'];

const tables = {
  fr: {
    operations: 'opération(s)', actors: 'acteur(s)', participations: 'participation(s)', relations: 'relation(s)', colleges: 'collège(s)',
    relationKinds: 'type(s) de relation', facts: 'fait(s)', hypotheses: 'hypothèse(s)', hypothesisStatusChanges: 'changement(s) de statut',
    positions: 'position(s)', actions: 'action(s)', fundingLines: 'ligne(s) de financement', meetings: 'réunion(s)', decisions: 'décision(s)',
    indicators: 'indicateur(s)', measurements: 'mesure(s)', conditionAssessments: 'évaluation(s) des conditions',
  },
  en: {
    operations: 'operation(s)', actors: 'actor(s)', participations: 'participation(s)', relations: 'relation(s)', colleges: 'collège(s)',
    relationKinds: 'relation kind(s)', facts: 'fact(s)', hypotheses: 'hypothesis(es)', hypothesisStatusChanges: 'status change(s)',
    positions: 'position(s)', actions: 'action(s)', fundingLines: 'funding line(s)', meetings: 'meeting(s)', decisions: 'decision(s)',
    indicators: 'indicator(s)', measurements: 'measurement(s)', conditionAssessments: 'condition assessment(s)',
  },
} satisfies Record<Locale, Record<string, string>>;

const words = {
  fr: {
    kinds: { actors: 'parties prenantes', relations: 'relations', json: 'export JSON', gexf: 'réseau GEXF', graphml: 'réseau GraphML' },
    read: (file: string, kind: string, rows: number, meta: string) => `${file} : ${kind}, ${rows} ligne(s) de données (${meta})`,
    separator: (s: string) => `séparateur « ${s} »`,
    sheet: (s: string) => `feuille « ${s} »`,
    into: (t: string) => `dans l’opération « ${t} »`,
    newOperation: (t: string) => `dans une nouvelle opération « ${t} »`,
    created: (list: string) => `Créés : ${list}.`,
    updated: (list: string, done: boolean) => `${done ? 'Complétés' : 'Seraient complétés'} : ${list}.`,
    wouldCreate: (list: string) => `Simulation, rien n’a été écrit. Seraient créés : ${list}.`,
    nothing: 'rien',
    duplicates: 'Rapprochés d’acteurs existants (même nom aux majuscules, accents et ponctuation près) :',
    line: (l: number) => `ligne ${l} `,
    sameAs: (l: number) => `même acteur que la ligne ${l}`,
    quoted: (t: string) => `« ${t} »`,
    warnings: 'Laissé de côté :',
    done: 'Import fait en une seule modification : un Ctrl+Z dans l’application l’annule.',
  },
  en: {
    kinds: { actors: 'stakeholders', relations: 'relations', json: 'JSON export', gexf: 'GEXF network', graphml: 'GraphML network' },
    read: (file: string, kind: string, rows: number, meta: string) => `${file}: ${kind}, ${rows} data row(s) (${meta})`,
    separator: (s: string) => `separator “${s}”`,
    sheet: (s: string) => `sheet “${s}”`,
    into: (t: string) => `into the operation “${t}”`,
    newOperation: (t: string) => `into a new operation “${t}”`,
    created: (list: string) => `Created: ${list}.`,
    updated: (list: string, done: boolean) => `${done ? 'Completed' : 'Would complete'}: ${list}.`,
    wouldCreate: (list: string) => `Dry run, nothing was written. Would create: ${list}.`,
    nothing: 'nothing',
    duplicates: 'Matched to existing actors (same name but for case, accents and punctuation):',
    line: (l: number) => `line ${l} `,
    sameAs: (l: number) => `same actor as line ${l}`,
    quoted: (t: string) => `“${t}”`,
    warnings: 'Left out:',
    done: 'Imported in one change: one Ctrl+Z in the app undoes it.',
  },
};

/** The report in a few lines of the user's language. */
function describe(report: ImportReport, locale: Locale): string {
  const w = words[locale];
  const meta = [
    formatNames[report.format],
    report.encoding,
    report.separator && w.separator(report.separator === '\t' ? 'tab' : report.separator),
    report.sheet && w.sheet(report.sheet),
  ].filter(Boolean);
  let head = w.read(report.file, w.kinds[report.kind], report.rows, meta.join(', '));
  if (report.operationTitle) head += ` ${report.operationCreated ? w.newOperation(report.operationTitle) : w.into(report.operationTitle)}`;
  const names = tables[locale] as Record<string, string>;
  const listOf = (counts: Record<string, number>) =>
    Object.entries(counts).filter(([, n]) => n > 0).map(([t, n]) => `${n} ${names[t] ?? t}`).join(', ');
  const lines = [head, report.written ? w.created(listOf(report.created) || w.nothing) : w.wouldCreate(listOf(report.created) || w.nothing)];
  if (listOf(report.updated)) lines.push(w.updated(listOf(report.updated), report.written));
  if (report.duplicates.length) {
    lines.push(w.duplicates);
    for (const d of report.duplicates.slice(0, 50)) {
      lines.push(`  ${d.line ? w.line(d.line) : ''}${w.quoted(d.name)} → ${d.sameAsLine ? w.sameAs(d.sameAsLine) : w.quoted(d.actorName)}`);
    }
  }
  if (report.warnings.length) lines.push(w.warnings, ...issueLines(report.warnings, locale));
  if (report.written) lines.push(w.done);
  return lines.join('\n');
}

/** `tesr import FILE SOURCE`: the app's own import, from the command line. */
export async function importCommand(argv: string[], locale: Locale): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { kind: { type: 'string' }, operation: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
    });
  } catch (e) {
    return usageError(e instanceof Error ? e.message : String(e), importUsage[locale]);
  }
  const { values, positionals } = parsed;
  const kind = values.kind as ImportKind | undefined;
  if (positionals.length !== 2 || (kind !== undefined && !KINDS.includes(kind))) return usageError('', importUsage[locale]);
  const [file, sourcePath] = positionals as [string, string];
  const json = values.json ?? false;
  let ws: Workspace | null = null;
  try {
    ws = Workspace.open(file);
    const report = await importFile(ws, fileSource(sourcePath), { kind, operationId: values.operation ?? null, dryRun: values['dry-run'] ?? false, locale });
    if (json) return { code: 0, stdout: JSON.stringify({ ok: true, ...report }, null, 2) };
    return { code: 0, stdout: describe(report, locale) };
  } catch (e) {
    return failure(e, locale, json);
  } finally {
    ws?.close();
  }
}
