import type { Locale } from '../../../shared/errors';
import { fieldLabel } from '../../../shared/files/columns';
import type { CellValue } from '../../../shared/files/neutralise';
import {
  actionStatusWords,
  collegeWords,
  directionWords,
  engagementWords,
  relationKindWords,
  relationStatusWords,
  wordFor,
  type Vocabulary,
} from '../../../shared/files/vocabulary';
import { visible, type ListRecord, type WorkspaceContent } from './workspace-dump';

/** One table of a CSV or XLSX export: a file or a sheet. */
export interface ExportTable {
  name: 'actors' | 'participations' | 'relations' | 'actions' | 'indicators';
  title: string;
  header: string[];
  rows: CellValue[][];
}

const titles: Record<ExportTable['name'], Record<Locale, string>> = {
  actors: { fr: 'Acteurs', en: 'Actors' },
  participations: { fr: 'Participations', en: 'Participations' },
  relations: { fr: 'Relations', en: 'Relations' },
  actions: { fr: 'Actions', en: 'Actions' },
  indicators: { fr: 'Indicateurs', en: 'Indicators' },
};

const words = {
  operation: { fr: 'Opération', en: 'Operation' },
  description: { fr: 'Description', en: 'Description' },
  contact: { fr: 'Contact', en: 'Contact' },
  notes: { fr: 'Notes', en: 'Notes' },
  action: { fr: 'Action', en: 'Action' },
  title: { fr: 'Titre', en: 'Title' },
  lead: { fr: 'Porteur', en: 'Lead' },
  partners: { fr: 'Partenaires', en: 'Partners' },
  hypotheses: { fr: 'Hypothèses', en: 'Hypotheses' },
  start: { fr: 'Début', en: 'Start' },
  end: { fr: 'Fin', en: 'End' },
  budget: { fr: 'Budget', en: 'Budget' },
  funding: { fr: 'Financements', en: 'Funding' },
  indicator: { fr: 'Nom', en: 'Name' },
  unit: { fr: 'Unité', en: 'Unit' },
  baseline: { fr: 'Valeur de départ', en: 'Baseline' },
  target: { fr: 'Valeur visée', en: 'Target value' },
  last: { fr: 'Dernière mesure', en: 'Latest measurement' },
  lastDate: { fr: 'Date de la dernière mesure', en: 'Latest measurement date' },
  actions: { fr: 'Actions liées', en: 'Linked actions' },
} satisfies Record<string, Record<Locale, string>>;

/**
 * The CSV and XLSX exports' tables, with the column names the importer reads back (so a
 * participations or relations table can be imported into another operation) and the closed lists
 * worded in the user's language. Private contact details and notes are blank unless included.
 */
export function exportTables(content: WorkspaceContent, locale: Locale): ExportTable[] {
  const w = (k: keyof typeof words) => words[k][locale];
  const f = (k: Parameters<typeof fieldLabel>[0]) => fieldLabel(k, locale);
  const actorById = new Map(content.actors.map((a) => [a.id, a]));
  const actorName = (id: string | null) => (id ? (actorById.get(id)?.name ?? '') : '');
  const listLabel = (items: ListRecord[], vocabulary: Vocabulary<string>) => {
    const byId = new Map(items.map((i) => [i.id, i]));
    return (id: string | null) => {
      const item = id ? byId.get(id) : undefined;
      if (!item) return '';
      return item.label || (item.key && item.key in vocabulary ? wordFor(vocabulary, item.key, locale) : (item.key ?? ''));
    };
  };
  const college = listLabel(content.colleges, collegeWords);
  const kind = listLabel(content.relationKinds, relationKindWords);
  const table = (name: ExportTable['name'], header: string[], rows: CellValue[][]): ExportTable => ({ name, title: titles[name][locale], header, rows });
  const perOperation = <T>(pick: (walk: WorkspaceContent['operations'][number]) => T[], row: (item: T, walk: WorkspaceContent['operations'][number]) => CellValue[]) =>
    content.operations.flatMap((walk) => pick(walk).map((item) => row(item, walk)));

  return [
    table(
      'actors',
      [f('name'), f('acronym'), w('description'), w('contact'), w('notes')],
      content.actors.map((a) => [a.name, a.acronym, a.description, visible(content, a.contactPrivate, a.contact), visible(content, a.notesPrivate, a.notes)]),
    ),
    table(
      'participations',
      [w('operation'), f('name'), f('acronym'), f('college'), f('role'), f('influence'), f('interest'), f('stance'), f('engagement'), w('notes')],
      perOperation(
        (walk) => walk.participations,
        (p, walk) => [
          walk.operation.title,
          actorName(p.actorId),
          actorById.get(p.actorId)?.acronym ?? '',
          college(p.collegeId),
          p.role,
          p.influence,
          p.interest,
          p.stance,
          wordFor(engagementWords, p.engagement, locale),
          visible(content, p.notesPrivate, p.notes),
        ],
      ),
    ),
    table(
      'relations',
      [w('operation'), f('source'), f('target'), f('kind'), f('direction'), f('strength'), f('status'), w('action'), f('note')],
      perOperation(
        (walk) => walk.relations,
        (r, walk) => [
          walk.operation.title,
          actorName(r.sourceActorId),
          actorName(r.targetActorId),
          kind(r.kindId),
          wordFor(directionWords, r.direction, locale),
          r.strength,
          wordFor(relationStatusWords, r.status, locale),
          walk.actions.find((a) => a.id === r.actionId)?.title ?? '',
          r.note,
        ],
      ),
    ),
    table(
      'actions',
      [w('operation'), w('title'), w('description'), w('lead'), w('partners'), w('hypotheses'), f('status'), w('start'), w('end'), w('budget'), w('funding')],
      perOperation(
        (walk) => walk.actions,
        (a, walk) => [
          walk.operation.title,
          a.title,
          a.description,
          actorName(a.leadActorId),
          a.partnerIds.map(actorName).join(' ; '),
          a.hypothesisIds.map((id) => walk.hypotheses.find((h) => h.id === id)?.statement ?? '').join(' ; '),
          wordFor(actionStatusWords, a.status, locale),
          a.startDate,
          a.endDate,
          a.budget,
          walk.fundingLines.filter((l) => l.actionId === a.id).reduce<number | null>((sum, l) => (l.amount === null ? sum : (sum ?? 0) + l.amount), null),
        ],
      ),
    ),
    table(
      'indicators',
      [w('operation'), w('indicator'), w('unit'), w('baseline'), w('target'), w('last'), w('lastDate'), w('actions')],
      perOperation(
        (walk) => walk.indicators,
        (i, walk) => {
          const last = walk.measurements.filter((m) => m.indicatorId === i.id).at(-1);
          return [
            walk.operation.title,
            i.name,
            i.unit,
            i.baseline,
            i.target,
            last?.value ?? null,
            last?.date ?? null,
            i.actionIds.map((id) => walk.actions.find((a) => a.id === id)?.title ?? '').join(' ; '),
          ];
        },
      ),
    ),
  ];
}
