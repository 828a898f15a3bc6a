import type { Database } from 'better-sqlite3';
import { OperationPatchSchema } from '../../../shared/domain/operation';
import {
  Action,
  Actor,
  Decision,
  Fact,
  FundingLine,
  Hypothesis,
  Indicator,
  Measurement,
  Meeting,
  Relation,
} from '../../../shared/domain/walk/entities';
import { StakeholderRow } from '../../../shared/domain/walk/stakeholder-rows';
import { asBaseChange } from '../db/change-context';
import { insertRecord, updateRecord } from '../entities/repository';
import { specs } from '../entities/specs';
import { insertOperation, updateOperation } from '../operations/repository';
import { hypothesisHooks } from '../walk/hypotheses';
import { setPosition } from '../walk/positions';
import { relationHooks } from '../walk/relations';
import { addStakeholderRows } from '../walk/stakeholders';
import type { Workspace } from '../workspace/workspace';
import {
  ILLUSTRATIVE_MARK,
  LOOS_TITLE,
  SEED_SOURCE,
  loosActions,
  loosActors,
  loosFacts,
  loosHypotheses,
  loosIndicators,
  loosMeeting,
  loosOperation,
  loosPositions,
  loosRelations,
  loosStakeholders,
} from './loos-example';

/**
 * The example a first run opens, from the seed presentation (Nord-Pas de Calais region and the
 * town of Loos-en-Gohelle): the nine ODs as operations to start from (title and territory only),
 * and the Loos-en-Gohelle ecosystem walked through every step (see loos-example.ts for what is
 * a fact of the seed and what is illustrative).
 */
const REGION = 'Nord-Pas de Calais';
export const exampleOperations = [
  { title: LOOS_TITLE, territory: 'Loos-en-Gohelle', lead: '' },
  { title: '100 000 logements', territory: REGION, lead: '' },
  { title: 'Stratégie énergétique du territoire', territory: REGION, lead: '' },
  { title: 'Filière démantèlement du nucléaire', territory: REGION, lead: '' },
  { title: 'Lutte contre le diabète', territory: REGION, lead: '' },
  { title: "Eau dans l’audomarois", territory: REGION, lead: '' },
  { title: 'Euralens', territory: REGION, lead: '' },
  { title: 'La gouvernance alimentaire', territory: REGION, lead: '' },
  { title: 'Le Lycée du troisième millénaire', territory: REGION, lead: '' },
  { title: 'Filière Bois', territory: REGION, lead: '' },
];

/** Writes the example as the file’s base content: journaled, but not something Ctrl+Z removes. */
export function seedExample(ws: Workspace): void {
  ws.db.transaction(() =>
    asBaseChange(ws.db, ws.opened.context, 'workspace.seedExample', () => {
      for (const op of exampleOperations) {
        const { id } = insertOperation(ws.db, op);
        if (op.title === LOOS_TITLE) seedLoos(ws.db, id);
      }
    }),
  )();
}

const ref = <T>(map: Map<string, T>, key: string): T => {
  const found = map.get(key);
  if (found === undefined) throw new Error(`example: unknown reference ${key}`);
  return found;
};

/**
 * Fills the Loos-en-Gohelle operation through the backend’s own repository functions (and the
 * hooks the API would run), each input checked by the same schemas as the API’s.
 */
function seedLoos(db: Database, operationId: string): void {
  // Step 1: the salient issue and its facts.
  updateOperation(db, operationId, OperationPatchSchema.parse(loosOperation));
  for (const f of loosFacts) {
    insertRecord(db, specs.facts, Fact.fields.parse({ operationId, ...f, source: SEED_SOURCE, illustrative: false }));
  }

  // Step 2: the strategic hypotheses, each with its first status kept like the API does.
  const hypotheses = new Map<string, string>();
  for (const { key, ...h } of loosHypotheses) {
    const record = insertRecord(db, specs.hypotheses, Hypothesis.fields.parse({ operationId, ...h, illustrative: true }));
    hypothesisHooks.afterWrite?.(db, record, null);
    hypotheses.set(key, String(record.id));
  }

  // Step 3: the stakeholders. The actors are the seed’s; their part in the operation is illustrative.
  const actors = new Map<string, string>();
  for (const a of loosActors) {
    actors.set(a.name, String(insertRecord(db, specs.actors, Actor.fields.parse({ ...a, illustrative: false })).id));
  }
  const { participationIds } = addStakeholderRows(db, operationId, loosStakeholders.map((s) => StakeholderRow.parse(s)));
  const participations = new Map<string, string>();
  loosStakeholders.forEach((s, i) => {
    const id = participationIds[i]!; // one id per row, in the rows' order
    updateRecord(db, specs.participations, id, { illustrative: true });
    participations.set(s.name, id);
  });
  for (const p of loosPositions) {
    const position = setPosition(db, ref(participations, p.name), ref(hypotheses, p.hypothesis), p.value);
    if (position) updateRecord(db, specs.positions, String(position.id), { source: ILLUSTRATIVE_MARK });
  }

  // Step 4 (actions first: relations to create point at them).
  const actions = new Map<string, string>();
  for (const a of loosActions) {
    const fields = Action.fields.parse({
      operationId,
      title: a.title,
      description: a.description,
      leadActorId: ref(actors, a.lead),
      partnerIds: a.partners.map((n) => ref(actors, n)),
      hypothesisIds: a.hypotheses.map((k) => ref(hypotheses, k)),
      status: a.status,
      budget: a.funding.reduce((sum, f) => sum + f.amount, 0),
      illustrative: true,
    });
    const actionId = String(insertRecord(db, specs.actions, fields).id);
    actions.set(a.key, actionId);
    for (const f of a.funding) {
      insertRecord(
        db,
        specs.fundingLines,
        FundingLine.fields.parse({ operationId, actionId, ...f, note: `${ILLUSTRATIVE_MARK} Montant inventé pour l’exemple` }),
      );
    }
  }

  for (const r of loosRelations) {
    const values = Relation.fields.parse({
      operationId,
      sourceActorId: ref(actors, r.from),
      targetActorId: ref(actors, r.to),
      kindId: r.kindId,
      direction: r.direction,
      strength: r.strength,
      status: r.status,
      actionId: r.action ? ref(actions, r.action) : null,
      illustrative: true,
    });
    relationHooks.beforeWrite?.(db, values, null);
    insertRecord(db, specs.relations, values);
  }

  const { attendees, decisions, ...meeting } = loosMeeting;
  const meetingId = String(
    insertRecord(
      db,
      specs.meetings,
      Meeting.fields.parse({ operationId, ...meeting, attendeeIds: attendees.map((n) => ref(actors, n)), illustrative: true }),
    ).id,
  );
  for (const d of decisions) insertRecord(db, specs.decisions, Decision.fields.parse({ operationId, meetingId, ...d }));

  for (const { measurement, actions: linked, ...i } of loosIndicators) {
    const indicator = insertRecord(
      db,
      specs.indicators,
      Indicator.fields.parse({ operationId, ...i, actionIds: (linked ?? []).map((k) => ref(actions, k)) }),
    );
    if (measurement) {
      insertRecord(db, specs.measurements, Measurement.fields.parse({ operationId, indicatorId: indicator.id, ...measurement }));
    }
  }
  // Conditions of success: the seed lists them but scores none, so none is assessed here.
}
