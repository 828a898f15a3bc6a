import { DEFAULT_COLLEGES as C, DEFAULT_RELATION_KINDS as K } from '../../../shared/domain/walk/defaults';
import type { z } from 'zod';
import type { Condition, Engagement, FundingSource, HypothesisStatus, MeetingKind, Pillar, RelationStatus, Direction } from '../../../shared/domain/walk/enums';

/**
 * The worked example: the "Écosystème loossois – Base 11-19" operation walked through every step
 * of the method (METHOD.md), as pure data. Seeded by example-workspace.ts.
 *
 * Two kinds of content, never mixed:
 * - FACTS, stated by the seed presentation (/work/shared/seed, "Présentation Région Nord-Pas de
 *   Calais / Ville de Loos-en-Gohelle"): the facts of step 1, the actors' names, the results used
 *   as indicators, the two energy projects used as actions' titles. Stored with
 *   `illustrative: false`.
 * - ILLUSTRATIVE content, written for the example so every screen has something to show: roles,
 *   collèges, scores, stances, hypotheses, positions, relations, the meeting and its decisions,
 *   the actions' leads, partners and funding, two indicators. Stored with `illustrative: true`;
 *   where an entity has no such field, its text says "(illustratif)" (positions' source,
 *   decisions' text, funding lines' note).
 * Conditions of success are listed by the seed but it assesses none: none are assessed here.
 * Negative stances, negative positions and conflict relations are deliberately left out: they
 * would put invented disagreements in the mouths of real, named organisations.
 */

export const SEED_SOURCE = 'Présentation Région Nord-Pas de Calais / Ville de Loos-en-Gohelle';
/** What non-illustrative text carries when the entity has no `illustrative` field. */
export const ILLUSTRATIVE_MARK = '(illustratif)';

export const LOOS_TITLE = 'Écosystème loossois – Base 11-19';

/** Step 1, the salient issue, on the operation itself. */
export const loosOperation = {
  /**
   * No mission letter is quoted by the seed (it only says each chef de projet has one): this one
   * is written for the example and says so in its text, since the operation has no illustrative flag.
   */
  missionLetter:
    "Lettre de mission rédigée pour l’exemple " +
    ILLUSTRATIVE_MARK +
    " : conduire l’opération « Écosystème loossois – Base 11-19 » selon la méthode TESR. Partir de l’héritage post-industriel du bassin minier, formuler des hypothèses stratégiques, réunir les parties prenantes de la Base 11-19 et recoordonner leurs actions autour des enjeux.",
  // The seed’s TRI pillars that its Loos-en-Gohelle results touch: photovoltaics (renewable
  // energy), HQE and eco-built homes (producer buildings), "Lumiwatt – 2nde phase sur les stockages
  // d’énergie" (storage), new lighting (efficiency), the PTFM on the circular economy, the town’s
  // electric or gas vehicle fleet (mobility).
  pillars: [
    'renewable_energy',
    'producer_buildings',
    'energy_storage',
    'energy_efficiency',
    'circular_economy',
    'mobility',
  ] satisfies z.infer<typeof Pillar>[],
  // "Pollution des aquifères, des sols, destructions paysagères…"
  commons: 'Eau (aquifères), sols, paysages',
  // 'difficulty', not 'threat': the seed presents the post-industrial heritage as damage already
  // done (jobs destroyed, brownfields, polluted aquifers and soils) that the territory lives with,
  // not as a risk still to come.
  issueKind: 'difficulty' as const,
  // The seed’s own words ("L’héritage post industriel"), as a statement.
  issueStatement:
    "L’héritage post-industriel.\n" +
    'Destructuration socio-économique : 380 000 emplois détruits (1960-2000) ; 220 000 emplois détruits dans la mine ; chômage structurel : 3 points de plus que la moyenne nationale.\n' +
    'Désastre environnemental : 50 % des friches sur 6 % du territoire national ; pollution des aquifères, des sols, destructions paysagères…\n' +
    "Conséquences du paternalisme : manque d’ambition ; manque d’initiatives individuelles et collectives ; manque de projets concrets pour un nouveau développement.",
  // ILLUSTRATIVE wording (the seed does not say why the issue needs a collective resolution): it
  // paraphrases the seed’s three principles for Loos-en-Gohelle, and says it is illustrative in
  // its text since the operation has no illustrative flag.
  issueWhyCollective:
    "Aucun acteur ne peut seul reconvertir un territoire minier : il faut partir des besoins des habitants et d’une vision globale, adopter une approche systémique (emploi, énergie, logement, environnement) et faire des habitants des acteurs du changement. " +
    "(Formulation illustrative, d’après les trois principes de Loos-en-Gohelle.)",
  issueScale: 'territorial' as const,
};

/** Facts and analyses (step 1): every one is stated by the seed. */
export const loosFacts: { statement: string; figure: number | null; unit: string; year: number | null }[] = [
  { statement: '380 000 emplois détruits (1960-2000)', figure: 380_000, unit: 'emplois', year: 2000 },
  { statement: '220 000 emplois détruits dans la mine', figure: 220_000, unit: 'emplois', year: null },
  { statement: 'Chômage structurel : 3 points de plus que la moyenne nationale', figure: 3, unit: 'points', year: null },
  { statement: '50 % des friches sur 6 % du territoire national', figure: 50, unit: '% des friches', year: null },
  { statement: 'Pollution des aquifères, des sols, destructions paysagères', figure: null, unit: '', year: null },
  {
    statement: "Conséquences du paternalisme : manque d’ambition, d’initiatives individuelles et collectives, de projets concrets pour un nouveau développement",
    figure: null,
    unit: '',
    year: null,
  },
  { statement: 'Loos-en-Gohelle : 7 000 habitants', figure: 7_000, unit: 'habitants', year: null },
  { statement: 'Loos-en-Gohelle : 1 270 ha', figure: 1_270, unit: 'ha', year: null },
  { statement: 'dont 260 ha construits', figure: 260, unit: 'ha', year: null },
  { statement: 'dont 210 ha de friches', figure: 210, unit: 'ha', year: null },
  { statement: "Exploitation minière de 1850 à 1986 (fin de l’activité minière en 1986)", figure: null, unit: '', year: 1986 },
  { statement: '9 puits miniers', figure: 9, unit: 'puits', year: null },
  { statement: '8 terrils', figure: 8, unit: 'terrils', year: null },
];

/** The actors the seed names around Base 11-19 (names and descriptions from the seed only). */
export const A = {
  region: 'Région Nord-Pas de Calais',
  ville: 'Ville de Loos-en-Gohelle',
  cd2e: 'CD2E',
  cerdd: 'CERDD',
  lumiwatt: 'Centrale solaire Lumiwatt',
  villavenir: 'Villavenir',
  team2: 'TEAM2',
  auteuil: "Apprentis d’Auteuil",
  rehafutur: 'Réhafutur',
  quadraparc: 'Incubateur Quadraparc',
  ecoquartier: 'Écoquartier « Rifkin »',
  louvre: 'Louvre-Lens',
  ptfm: "PTFM sur l’économie circulaire",
  theatre: "Théâtre de l’éco-construction",
  tertiaire: "Centre tertiaire sur l’éco-conception",
} as const;
type ActorName = (typeof A)[keyof typeof A];

export const loosActors: { name: ActorName; acronym?: string; description?: string }[] = [
  { name: A.region },
  { name: A.ville, description: '7 000 habitants ; exploitation minière de 1850 à 1986 ; ville pilote (« Loos ville pilote »).' },
  { name: A.cd2e },
  { name: A.cerdd },
  { name: A.lumiwatt, description: "Avec l’église, 93 000 kWh d’énergie photovoltaïque produite. Projet : « Lumiwatt – 2nde phase sur les stockages d’énergie »." },
  { name: A.villavenir, description: "Villavenir 1 et Villavenir 2, dans l’écoconstruction à Loos-en-Gohelle depuis 1997." },
  { name: A.team2 },
  { name: A.auteuil },
  { name: A.rehafutur },
  { name: A.quadraparc, description: "Incubateur d’entreprises sur les éco-activités." },
  { name: A.ecoquartier, description: '600 nouveaux logements éco-conçus (projet).' },
  { name: A.louvre, description: 'À 2 km de la Base 11-19.' },
  { name: A.ptfm, acronym: 'Avnir' },
  { name: A.theatre },
  { name: A.tertiaire },
];

type Score = 1 | 2 | 3 | 4 | 5;
/** ILLUSTRATIVE: each actor’s collège, role, scores and engagement in the operation. */
export const loosStakeholders: {
  name: ActorName;
  collegeId: string;
  role: string;
  influence: Score;
  interest: Score;
  stance: 0 | 1 | 2 | null;
  engagement: z.infer<typeof Engagement>;
}[] = [
  { name: A.region, collegeId: C.public_authorities, role: 'Pilote de la TESR, financeur', influence: 5, interest: 4, stance: 2, engagement: 'committed' },
  { name: A.ville, collegeId: C.public_authorities, role: "Ville pilote, maître d’ouvrage", influence: 5, interest: 5, stance: 2, engagement: 'committed' },
  { name: A.cd2e, collegeId: C.experts_research, role: "Pôle d’expertise sur l’écoconstruction", influence: 4, interest: 5, stance: 2, engagement: 'committed' },
  { name: A.cerdd, collegeId: C.experts_research, role: 'Centre de ressources sur le développement durable', influence: 3, interest: 4, stance: 2, engagement: 'engaged' },
  { name: A.lumiwatt, collegeId: C.economic_actors, role: 'Production photovoltaïque, stockage', influence: 3, interest: 5, stance: 2, engagement: 'engaged' },
  { name: A.villavenir, collegeId: C.experts_research, role: "Démonstrateur d’écoconstruction", influence: 2, interest: 4, stance: 1, engagement: 'engaged' },
  { name: A.team2, collegeId: C.experts_research, role: 'Filière économie circulaire', influence: 3, interest: 4, stance: 1, engagement: 'contacted' },
  { name: A.auteuil, collegeId: C.civil_society, role: 'Formation des jeunes', influence: 2, interest: 4, stance: 1, engagement: 'engaged' },
  { name: A.rehafutur, collegeId: C.experts_research, role: 'Réhabilitation du bâti minier', influence: 2, interest: 4, stance: 1, engagement: 'engaged' },
  { name: A.quadraparc, collegeId: C.economic_actors, role: "Accueil d’entreprises des éco-activités", influence: 3, interest: 4, stance: 2, engagement: 'engaged' },
  { name: A.ecoquartier, collegeId: C.civil_society, role: 'Futurs habitants, logements écologiques', influence: 2, interest: 3, stance: 1, engagement: 'contacted' },
  { name: A.louvre, collegeId: C.civil_society, role: 'Attractivité culturelle du territoire', influence: 4, interest: 2, stance: null, engagement: 'not_contacted' },
  { name: A.ptfm, collegeId: C.economic_actors, role: "Plateforme sur l’économie circulaire", influence: 2, interest: 4, stance: 1, engagement: 'contacted' },
  { name: A.theatre, collegeId: C.civil_society, role: "Sensibilisation à l’éco-construction", influence: 1, interest: 3, stance: 1, engagement: 'contacted' },
  { name: A.tertiaire, collegeId: C.economic_actors, role: "Accueil d’activités de l’éco-conception", influence: 2, interest: 3, stance: 1, engagement: 'contacted' },
];

/** ILLUSTRATIVE strategic hypotheses (the first is worded after the seed’s "cluster national"). */
export const H = { cluster: 'cluster', habitants: 'habitants', stockage: 'stockage' } as const;
type HypothesisKey = (typeof H)[keyof typeof H];
export const loosHypotheses: {
  key: HypothesisKey;
  statement: string;
  rationale: string;
  policies: string;
  status: z.infer<typeof HypothesisStatus>;
}[] = [
  {
    key: H.cluster,
    statement: "Faire de la Base 11-19 un cluster national de l’écoconstruction et de la durabilité",
    rationale:
      "La présentation décrit la Base 11-19 « de l’énergie fossile au cluster national sur la durabilité » ; CD2E, CERDD, Réhafutur et l’incubateur Quadraparc y sont déjà.",
    policies: 'Master plan Troisième Révolution Industrielle ; schémas et politiques régionales (développement économique, formation).',
    status: 'under_test',
  },
  {
    key: H.habitants,
    statement: "Faire des habitants les acteurs de la production et des économies d’énergie",
    rationale: 'Troisième principe de Loos-en-Gohelle (« habitants acteurs ») ; production photovoltaïque des particuliers.',
    policies: 'Politiques régionales sur les énergies renouvelables et la sobriété.',
    status: 'draft',
  },
  {
    key: H.stockage,
    statement: "Stocker localement l’énergie renouvelable produite sur le territoire",
    rationale: "Projet « Lumiwatt – 2nde phase sur les stockages d’énergie ».",
    policies: 'Master plan Troisième Révolution Industrielle (pilier stockage).',
    status: 'draft',
  },
];

/** ILLUSTRATIVE positions (0 … +3 only); their source says so. */
export const loosPositions: { name: ActorName; hypothesis: HypothesisKey; value: 0 | 1 | 2 | 3 }[] = [
  { name: A.ville, hypothesis: H.cluster, value: 3 },
  { name: A.region, hypothesis: H.cluster, value: 2 },
  { name: A.cd2e, hypothesis: H.cluster, value: 3 },
  { name: A.team2, hypothesis: H.cluster, value: 1 },
  { name: A.ville, hypothesis: H.habitants, value: 3 },
  { name: A.cerdd, hypothesis: H.habitants, value: 2 },
  { name: A.lumiwatt, hypothesis: H.stockage, value: 3 },
  { name: A.region, hypothesis: H.stockage, value: 1 },
];

export const ACTION = { lumiwatt: 'lumiwatt', eolien: 'eolien' } as const;
type ActionKey = (typeof ACTION)[keyof typeof ACTION];

/**
 * Actions (step 4): their titles are the two projects the seed lists under the town’s energy
 * strategy; everything else about them (lead, partners, hypotheses, funding) is ILLUSTRATIVE.
 */
export const loosActions: {
  key: ActionKey;
  title: string;
  description: string;
  lead: ActorName;
  partners: ActorName[];
  hypotheses: HypothesisKey[];
  status: 'planned' | 'in_progress';
  funding: { source: z.infer<typeof FundingSource>; amount: number }[];
}[] = [
  {
    key: ACTION.lumiwatt,
    title: "Lumiwatt – 2nde phase sur les stockages d’énergie",
    description: "Porteur, partenaires, financements et montants : exemple illustratif.",
    lead: A.lumiwatt,
    partners: [A.ville, A.cd2e, A.region],
    hypotheses: [H.stockage, H.cluster],
    status: 'planned',
    funding: [
      { source: 'public_funds', amount: 400_000 },
      { source: 'local_authority', amount: 150_000 },
      { source: 'private_finance', amount: 250_000 },
    ],
  },
  {
    key: ACTION.eolien,
    title: "Projet de développement de l’éolien",
    description: 'Porteur, partenaires, financements et montants : exemple illustratif.',
    lead: A.ville,
    partners: [A.cerdd, A.region],
    hypotheses: [H.habitants],
    status: 'planned',
    funding: [
      { source: 'local_authority', amount: 100_000 },
      { source: 'citizen', amount: 60_000 },
      { source: 'solidarity_economy', amount: 40_000 },
    ],
  },
];

/** ILLUSTRATIVE relations between stakeholders, as they are and as they should become. */
export const loosRelations: {
  from: ActorName;
  to: ActorName;
  kindId: string;
  direction: z.infer<typeof Direction>;
  strength: 1 | 2 | 3;
  status: z.infer<typeof RelationStatus>;
  action?: ActionKey;
}[] = [
  { from: A.region, to: A.ville, kindId: K.partnership, direction: 'both', strength: 3, status: 'existing' },
  { from: A.region, to: A.cd2e, kindId: K.funding, direction: 'forward', strength: 2, status: 'existing' },
  { from: A.cd2e, to: A.cerdd, kindId: K.information, direction: 'both', strength: 2, status: 'existing' },
  { from: A.quadraparc, to: A.cd2e, kindId: K.cooperation, direction: 'both', strength: 2, status: 'existing' },
  { from: A.auteuil, to: A.theatre, kindId: K.cooperation, direction: 'both', strength: 1, status: 'existing' },
  { from: A.ville, to: A.ecoquartier, kindId: K.authority, direction: 'forward', strength: 3, status: 'existing' },
  { from: A.lumiwatt, to: A.ecoquartier, kindId: K.supply, direction: 'forward', strength: 2, status: 'to_create', action: ACTION.lumiwatt },
  { from: A.region, to: A.lumiwatt, kindId: K.funding, direction: 'forward', strength: 2, status: 'to_create', action: ACTION.lumiwatt },
  { from: A.cerdd, to: A.ville, kindId: K.cooperation, direction: 'both', strength: 2, status: 'to_create', action: ACTION.eolien },
  { from: A.louvre, to: A.ville, kindId: K.information, direction: 'both', strength: 1, status: 'to_strengthen' },
];

/** One ILLUSTRATIVE meeting, its attendees and decisions (whose text says they are illustrative). */
export const loosMeeting: {
  date: string;
  kind: z.infer<typeof MeetingKind>;
  place: string;
  notes: string;
  attendees: ActorName[];
  decisions: { text: string; owner: ActorName; dueDate: string | null }[];
} = {
  date: '2013-10-15',
  kind: 'workshop',
  place: 'Base 11-19, Loos-en-Gohelle',
  notes: "Atelier illustratif (date, lieu, participants et décisions inventés pour l’exemple) : la stratégie énergétique de l’écosystème loossois.",
  attendees: [A.region, A.ville, A.cd2e, A.cerdd, A.lumiwatt, A.ecoquartier, A.quadraparc],
  decisions: [
    {
      text: `${ILLUSTRATIVE_MARK} Étudier la 2nde phase de Lumiwatt sur les stockages d’énergie, avec les futurs habitants de l’écoquartier.`,
      owner: A.lumiwatt,
      dueDate: '2014-03-31',
    },
    { text: `${ILLUSTRATIVE_MARK} Associer le CERDD au projet de développement de l’éolien.`, owner: A.ville, dueDate: null },
  ],
};

/**
 * Indicators (step 4). The first ones are the seed’s results, each measured once at the period the
 * seed gives (or about when it was presented, ~2013, when it gives none): the date is approximate
 * and the measurement’s note says so. The last two, tied to the actions, are ILLUSTRATIVE and have
 * no measurement.
 */
const PRESENTED = '2013-01-01';
const ABOUT_PRESENTED = 'Date approximative : chiffre non daté dans la présentation (vers 2013).';
const END_2008 = '2008-12-31';
const PERIOD_END = (period: string) => `Date approximative : fin de la période ${period} donnée par la présentation.`;

export const loosIndicators: {
  name: string;
  unit: string;
  illustrative: boolean;
  measurement?: { date: string; value: number; note: string };
  actions?: ActionKey[];
}[] = [
  { name: "Jeunes formés aux technologies de l’écoconstruction", unit: 'jeunes / an', illustrative: false, measurement: { date: PRESENTED, value: 350, note: ABOUT_PRESENTED } },
  { name: 'Réunions publiques (2001-2008)', unit: 'réunions', illustrative: false, measurement: { date: END_2008, value: 220, note: PERIOD_END('2001-2008') } },
  { name: 'Emplois créés (1999-2008)', unit: 'emplois', illustrative: false, measurement: { date: END_2008, value: 321, note: PERIOD_END('1999-2008') } },
  { name: 'Nouveaux emplois sur la Base 11-19 autour des écoactivités', unit: 'emplois', illustrative: false, measurement: { date: PRESENTED, value: 110, note: ABOUT_PRESENTED } },
  { name: 'Surface en culture bio', unit: 'ha', illustrative: false, measurement: { date: PRESENTED, value: 15, note: ABOUT_PRESENTED } },
  { name: 'Ceinture verte', unit: 'km', illustrative: false, measurement: { date: PRESENTED, value: 15, note: ABOUT_PRESENTED } },
  { name: 'Associations', unit: 'associations', illustrative: false, measurement: { date: PRESENTED, value: 94, note: ABOUT_PRESENTED } },
  { name: 'Eau pluviale en stock', unit: 'l', illustrative: false, measurement: { date: PRESENTED, value: 113_000, note: ABOUT_PRESENTED } },
  { name: 'Places de parking « vertes »', unit: 'places', illustrative: false, measurement: { date: PRESENTED, value: 132, note: ABOUT_PRESENTED } },
  { name: 'Visiteurs', unit: 'visiteurs / an', illustrative: false, measurement: { date: PRESENTED, value: 20_000, note: ABOUT_PRESENTED } },
  { name: 'Logements HQE ou écoconstruits', unit: 'logements', illustrative: false, measurement: { date: PRESENTED, value: 164, note: ABOUT_PRESENTED } },
  { name: 'Logements écologiques en projet', unit: 'logements', illustrative: false, measurement: { date: PRESENTED, value: 600, note: ABOUT_PRESENTED } },
  { name: "Énergie photovoltaïque produite par Lumiwatt et l’église", unit: 'kWh', illustrative: false, measurement: { date: PRESENTED, value: 93_000, note: ABOUT_PRESENTED } },
  { name: 'Énergie photovoltaïque produite par les particuliers', unit: 'kWh', illustrative: false, measurement: { date: PRESENTED, value: 81_700, note: ABOUT_PRESENTED } },
  { name: "Économie d’énergie par les nouveaux mobiliers d’éclairage", unit: '%', illustrative: false, measurement: { date: PRESENTED, value: 20, note: ABOUT_PRESENTED } },
  { name: "Part du parc automobile de la ville à l’électricité ou au gaz", unit: '%', illustrative: false, measurement: { date: PRESENTED, value: 43, note: ABOUT_PRESENTED } },
  { name: "Capacité de stockage d’énergie de Lumiwatt", unit: 'kWh', illustrative: true, actions: [ACTION.lumiwatt] },
  { name: 'Énergie éolienne produite', unit: 'kWh', illustrative: true, actions: [ACTION.eolien] },
];

/** The seed’s conditions of success, none assessed in the example (the seed scores none). */
export const loosConditionsAssessed: z.infer<typeof Condition>[] = [];

/** How much the example puts in the Loos operation: a pure description, for tests and docs. */
export const loosExampleCounts = {
  facts: loosFacts.length,
  actors: loosActors.length,
  participations: loosStakeholders.length,
  hypotheses: loosHypotheses.length,
  hypothesisStatusChanges: loosHypotheses.length,
  positions: loosPositions.length,
  relations: loosRelations.length,
  meetings: 1,
  decisions: loosMeeting.decisions.length,
  actions: loosActions.length,
  fundingLines: loosActions.reduce((n, a) => n + a.funding.length, 0),
  indicators: loosIndicators.length,
  measurements: loosIndicators.filter((i) => i.measurement).length,
  conditionAssessments: loosConditionsAssessed.length,
  /** The seed gives no MACTOR matrix: the example leaves the MID to the team. */
  influences: 0,
};
