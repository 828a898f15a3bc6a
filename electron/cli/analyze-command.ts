import { parseArgs } from 'node:util';
import enStakeholders from '../../renderer/locales/en/stakeholders.json';
import frStakeholders from '../../renderer/locales/fr/stakeholders.json';
import { analyzeWalk, type WalkAnalysis } from '../../shared/analysis/analyze';
import { AppError, errorMessage, type Locale } from '../../shared/errors';
import { listOperations } from '../core/operations/repository';
import { loadWalk } from '../core/walk/load';
import { Workspace } from '../core/workspace/workspace';
import type { CommandResult } from './command';

export const analyzeUsage = {
  fr: `Utilisation : tesr analyze FICHIER --operation ID [--json]
  réseau (degrés, intermédiaires, communautés, isolés, relations entre collèges), MACTOR,
  grille pouvoir–intérêt, saillance et qui manque, pour une opération de l’espace de travail`,
  en: `Usage: tesr analyze FILE --operation ID [--json]
  network (degrees, brokers, communities, isolated actors, relations across collèges), MACTOR,
  power–interest grid, salience and who is missing, for one operation of the workspace`,
};

const words = {
  fr: {
    title: (t: string, id: string) => `Analyse de l’opération « ${t} » (${id})`,
    network: 'RÉSEAU TEL QU’IL EST',
    size: (n: string, p: string, d: string) => `${n} acteurs, ${p} paires reliées, densité ${d}`,
    excluded: (n: string) => `${n} relation(s) à créer non comptée(s) : elles dessinent le réseau à venir`,
    degree: 'Degré (voisins · entrants · sortants)',
    brokers: 'Intermédiaires (intermédiarité normalisée)',
    communities: (q: string) => `Communautés (Louvain, modularité ${q})`,
    isolated: 'Acteurs isolés',
    bridges: 'Relations entre collèges',
    strength: 'force',
    mactor: 'MACTOR (hypothèses vivantes comme objectifs)',
    positions: (n: string) => `Positions −3..+3 prises telles quelles (2MAO) ; ${n} case(s) sans position, comptée(s) 0`,
    mobilisation: 'Mobilisation par hypothèse (pour / contre)',
    convergences: 'Convergences les plus fortes (ordre 2 ; nombre d’hypothèses)',
    divergences: 'Divergences les plus fortes (ordre 2 ; nombre d’hypothèses)',
    noMid: 'Sans matrice des influences directes (MID), pas de MIDI, d’influence–dépendance, de Ri*, de 3MAO ni d’ordre 3.',
    rStar: 'Rapports de force Ri*',
    grid: (h: string) => `GRILLE POUVOIR–INTÉRÊT (élevé à partir de ${h})`,
    quadrants: { manage_closely: 'Gérer de près', keep_satisfied: 'Satisfaire', keep_informed: 'Tenir informé', monitor: 'Surveiller', unknown: 'Non noté' },
    salience: 'SAILLANCE (Mitchell, Agle et Wood)',
    salienceUnknown: (p: string, n: string) =>
      `Légitimité et urgence ne sont pas encore saisies : type inconnu. Pouvoir (influence élevée) : ${p} acteur(s) sur ${n}.`,
    types: {
      definitive: 'définitif', dominant: 'dominant', dangerous: 'dangereux', dependent: 'dépendant', dormant: 'dormant',
      discretionary: 'discrétionnaire', demanding: 'revendicatif', non_stakeholder: 'non partie prenante', unknown: 'inconnu',
    },
    missing: 'QUI MANQUE',
    emptyColleges: 'Collèges sans acteur',
    withoutCollege: 'Parties prenantes sans collège',
    withoutSupport: 'Hypothèses sans soutien',
    mostlyOpposed: 'Hypothèses surtout combattues (pour / contre)',
    withoutLead: 'Actions sans porteur',
    unlinked: 'Acteurs influents sans relation',
    planned: 'relation à créer prévue',
    none: 'aucun',
    noneF: 'aucune',
    more: (n: string) => `… et ${n} autre(s)`,
    unknownOperation: (file: string, id: string) => `Opération inconnue dans ${file} : ${id}.`,
    available: 'Opérations de ce fichier :',
  },
  en: {
    title: (t: string, id: string) => `Analysis of the operation “${t}” (${id})`,
    network: 'NETWORK AS IT IS',
    size: (n: string, p: string, d: string) => `${n} actors, ${p} linked pairs, density ${d}`,
    excluded: (n: string) => `${n} relation(s) to create not counted: they draw the network to come`,
    degree: 'Degree (neighbours · in · out)',
    brokers: 'Brokers (normalised betweenness)',
    communities: (q: string) => `Communities (Louvain, modularity ${q})`,
    isolated: 'Isolated actors',
    bridges: 'Relations across collèges',
    strength: 'strength',
    mactor: 'MACTOR (live hypotheses as objectives)',
    positions: (n: string) => `Positions −3..+3 used as they are (2MAO); ${n} cell(s) without a position, counted as 0`,
    mobilisation: 'Mobilisation per hypothesis (for / against)',
    convergences: 'Strongest convergences (order 2; number of hypotheses)',
    divergences: 'Strongest divergences (order 2; number of hypotheses)',
    noMid: 'Without a matrix of direct influences (MID): no MIDI, influence–dependence, Ri*, 3MAO nor order 3.',
    rStar: 'Balance of power Ri*',
    grid: (h: string) => `POWER–INTEREST GRID (high from ${h} up)`,
    quadrants: { manage_closely: 'Manage closely', keep_satisfied: 'Keep satisfied', keep_informed: 'Keep informed', monitor: 'Monitor', unknown: 'Not scored' },
    salience: 'SALIENCE (Mitchell, Agle and Wood)',
    salienceUnknown: (p: string, n: string) => `Legitimacy and urgency are not recorded yet: type unknown. Power (high influence): ${p} actor(s) of ${n}.`,
    types: {
      definitive: 'definitive', dominant: 'dominant', dangerous: 'dangerous', dependent: 'dependent', dormant: 'dormant',
      discretionary: 'discretionary', demanding: 'demanding', non_stakeholder: 'non-stakeholder', unknown: 'unknown',
    },
    missing: 'WHO IS MISSING',
    emptyColleges: 'Collèges with no actor',
    withoutCollege: 'Stakeholders with no collège',
    withoutSupport: 'Hypotheses with no supporter',
    mostlyOpposed: 'Hypotheses mostly opposed (for / against)',
    withoutLead: 'Actions without a lead',
    unlinked: 'Influential actors with no relation',
    planned: 'relation to create planned',
    none: 'none',
    noneF: 'none',
    more: (n: string) => `… and ${n} more`,
    unknownOperation: (file: string, id: string) => `Unknown operation in ${file}: ${id}.`,
    available: 'Operations in this file:',
  },
};

const collegeNames = { fr: frStakeholders.stakeholders.colleges, en: enStakeholders.stakeholders.colleges } as Record<Locale, Record<string, string>>;
const TOP = 5;
const LIST_MAX = 10;

/** `tesr analyze FILE --operation ID [--json]`: every analysis of one operation's walk. */
export function analyzeCommand(argv: string[], locale: Locale): CommandResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { operation: { type: 'string', short: 'o' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return { code: 2, stderr: `${e instanceof Error ? e.message : String(e)}\n\n${analyzeUsage[locale]}` };
  }
  if (parsed.values.help) return { code: 0, stdout: analyzeUsage[locale] };
  const { operation: operationId, json = false } = parsed.values;
  if (parsed.positionals.length !== 1 || !operationId) return { code: 2, stderr: analyzeUsage[locale] };
  const file = parsed.positionals[0]!;

  const fail = (code: string, message: Record<Locale, string>): CommandResult =>
    json ? { code: 1, stdout: JSON.stringify({ ok: false, file, error: { code, ...message } }, null, 2) } : { code: 1, stderr: message[locale] };
  let ws: Workspace | null = null;
  try {
    ws = Workspace.open(file);
    const operations = listOperations(ws.db, true);
    if (!operations.some((o) => o.id === operationId)) {
      const list = operations.map((o) => `  ${o.id}  ${o.title}`).join('\n');
      const message = (l: Locale) => `${words[l].unknownOperation(file, operationId)}\n${words[l].available}\n${list}`;
      return fail('not-found', { fr: message('fr'), en: message('en') });
    }
    const analysis = analyzeWalk(loadWalk(ws.db, operationId));
    if (json) return { code: 0, stdout: JSON.stringify({ ok: true, file, ...analysis }, null, 2) };
    return { code: 0, stdout: report(analysis, locale) };
  } catch (e) {
    const err = e instanceof AppError ? e : new AppError('workspace-unreadable', { file, detail: String(e) });
    return fail(err.code, { fr: errorMessage(err.code, 'fr', err.params), en: errorMessage(err.code, 'en', err.params) });
  } finally {
    ws?.close();
  }
}

/** The readable report: names instead of ids, numbers in the locale's format, long lists cut. */
export function report(a: WalkAnalysis, locale: Locale): string {
  const w = words[locale];
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format;
  const num3 = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format;
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format;
  const actorName = new Map(a.labels.actors.map((x) => [x.id, x.name]));
  const name = (id: string) => actorName.get(id) ?? id;
  const colleges = new Map(a.labels.colleges.map((c) => [c.id, c.key !== null ? (collegeNames[locale][c.key] ?? c.key) : c.label]));
  const college = (id: string | null) => (id === null ? '—' : (colleges.get(id) ?? id));
  const quote = (t: string) => (locale === 'fr' ? `« ${t} »` : `“${t}”`);
  const short = (t: string) => (t.length > 70 ? `${t.slice(0, 69)}…` : t);
  const hypotheses = new Map(a.labels.hypotheses.map((h, i) => [h.id, `H${i + 1} ${quote(short(h.statement))}`]));
  const hypothesis = (id: string) => hypotheses.get(id) ?? id;
  const actions = new Map(a.labels.actions.map((x) => [x.id, x.title]));
  const cut = (items: string[]) => (items.length > LIST_MAX ? [...items.slice(0, LIST_MAX), w.more(num(items.length - LIST_MAX))] : items);
  const colon = locale === 'fr' ? ' :' : ':';
  const inline = (label: string, items: string[], none = w.none) => `  ${label}${colon} ${items.length ? cut(items).join(', ') : none}`;
  const block = (label: string, items: string[], none = w.noneF) => [`  ${label}${colon}`, ...(items.length ? cut(items).map((x) => `    ${x}`) : [`    ${none}`])];

  const n = a.network;
  const node = new Map(n.nodes.map((x) => [x.id, x]));
  const lines = [w.title(a.operation.title, a.operation.id), '', w.network, `  ${w.size(num(n.order), num(n.pairs), num(n.density))}`];
  if (n.excluded.to_create) lines.push(`  ${w.excluded(num(n.excluded.to_create))}`);
  const ranked = (ids: string[], value: (id: string) => number, show: (id: string) => string) =>
    ids.filter((id) => value(id) > 0).slice(0, TOP).map((id, i) => `${i + 1}. ${name(id)}  ${show(id)}`);
  lines.push(
    ...block(w.degree, ranked(n.rankings.degree, (id) => node.get(id)!.degree, (id) => {
      const x = node.get(id)!;
      return `${num(x.degree)} · ${num(x.inDegree)} · ${num(x.outDegree)}`;
    }), w.none),
    ...block(w.brokers, ranked(n.rankings.betweenness, (id) => node.get(id)!.betweenness, (id) => num3(node.get(id)!.betweenness)), w.none),
    ...block(
      w.communities(n.modularity === null ? '—' : num(n.modularity)),
      n.communities.filter((c) => c.members.length > 1).map((c, i) => `${i + 1}. ${c.members.map(name).join(', ')}`),
    ),
    inline(w.isolated, n.isolated.map(name)),
    ...block(
      w.bridges,
      n.bridges.map((e) => `${name(e.source)} ${e.directed ? '→' : '—'} ${name(e.target)}  (${college(node.get(e.source)!.group)} / ${college(node.get(e.target)!.group)}, ${w.strength} ${num(e.weight)})`),
    ),
  );

  const m = a.mactor;
  const pairs = (matrix: number[][], count: number[][]) => {
    const out: { i: number; j: number; v: number }[] = [];
    matrix.forEach((row, i) => row.forEach((v, j) => j > i && v > 0 && out.push({ i, j, v })));
    return out
      .sort((x, y) => y.v - x.v)
      .slice(0, TOP)
      .map(({ i, j, v }) => `${name(m.actors[i]!)} ↔ ${name(m.actors[j]!)}  ${num(v)} (${num(count[i]![j]!)})`);
  };
  lines.push('', w.mactor, `  ${w.positions(num(m.missingPositions))}`);
  lines.push(...block(w.mobilisation, m.objectives.map((h, k) => `${hypothesis(h)}  ${signed(m.mobilisation2[k]!.support)} / ${signed(m.mobilisation2[k]!.opposition)}`)));
  lines.push(...block(w.convergences, pairs(m.order2.caa, m.order1.caa)), ...block(w.divergences, pairs(m.order2.daa, m.order1.daa)));
  if (m.weighted) lines.push(...block(w.rStar, m.actors.map((id, i) => `${name(id)}  ${num(m.weighted!.rStar[i]!)}`)));
  else lines.push(`  ${w.noMid}`);

  const s = a.stakeholders;
  lines.push('', w.grid(num(s.high)));
  for (const q of ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor', 'unknown'] as const) {
    if (q !== 'unknown' || s.quadrants.unknown.length) lines.push(inline(w.quadrants[q], s.quadrants[q].map(name)));
  }
  lines.push('', w.salience);
  if (!s.inputs.legitimacy && !s.inputs.urgency) {
    lines.push(`  ${w.salienceUnknown(num(s.rows.filter((r) => r.attributes.power).length), num(s.rows.length))}`);
  } else {
    for (const [type, ids] of Object.entries(s.salience)) if (ids.length) lines.push(inline(w.types[type as keyof typeof w.types], ids.map(name)));
  }

  const x = a.missing;
  lines.push(
    '',
    w.missing,
    inline(w.emptyColleges, x.emptyColleges.map((c) => college(c.collegeId))),
    inline(w.withoutCollege, x.withoutCollege.map(name), w.noneF),
    ...block(w.withoutSupport, x.hypothesesWithoutSupport.map(hypothesis)),
    ...block(w.mostlyOpposed, x.hypothesesMostlyOpposed.map((b) => `${hypothesis(b.hypothesisId)}  ${num(b.supporters)} / ${num(b.opponents)}`)),
    inline(w.withoutLead, x.actionsWithoutLead.map((id) => actions.get(id) ?? id), w.noneF),
    inline(w.unlinked, x.influentialWithoutRelation.map((u) => `${name(u.actorId)} (influence ${num(u.influence)}${u.planned ? `, ${w.planned}` : ''})`)),
  );
  return lines.join('\n');
}
