import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CardPage, cardFr } from './pages/card-page';
import { ConditionsPage, conditionsFr } from './pages/conditions-page';
import { HypothesesPage, hypothesesFr } from './pages/hypotheses-page';
import { IssuePage, issueFr } from './pages/issue-page';
import { MeetingsPage, meetingsFr } from './pages/meetings-page';
import type { OperationsPage } from './pages/operations-page';
import { RecoordinationPage, recoordinationFr } from './pages/recoordination-page';
import { StakeholdersPage, stakeholdersFr } from './pages/stakeholders-page';
import { WalkPage, stepNames, type Step } from './pages/walk-page';

// The TESR walk of a new operation, end to end in the French UI: every step filled through the
// screens as a user would (typing, Tab and Enter in tables, a spreadsheet paste), then checked after
// a reload, in English, and unwound with Ctrl+Z.
test.describe.configure({ mode: 'parallel' });

// Under test-results/ unless SCREENSHOT_DIR=docs/screenshots: a test run never changes tracked files.
const screenshots = join(import.meta.dirname, '..', '..', process.env.SCREENSHOT_DIR ?? 'test-results/screenshots');

const operation = { title: 'Cités minières en transition', territory: 'Loos-en-Gohelle', lead: 'Camille Martin' };
const missionLetter =
  'Le chef de projet réunit les acteurs du bassin minier autour de la rénovation des cités.\n' +
  'Il prépare avec eux un programme d’actions et en suit les résultats.';

const issue = {
  statement: 'Les cités minières se vident et leurs habitants paient des factures d’énergie parmi les plus lourdes de la région.',
  whyCollective: 'Le bailleur, la commune, le gestionnaire du réseau et les habitants tiennent chacun une part des leviers.',
  commons: 'Le patrimoine des cités, l’air, le savoir-faire minier.',
};

/** Short statements: the cells' labels quote them whole ("Chiffre – <statement>"). */
const facts = [
  { statement: 'Emplois de la mine en 1960', figure: '380 000', unit: 'emplois', year: '1960', source: 'Charbonnages de France', shown: /^380\s000$/ },
  { statement: 'Écart de chômage avec la France', figure: '6,5', unit: 'points', year: '2022', source: 'INSEE', shown: /^6,5$/ },
  { statement: 'Logements miniers à rénover', figure: '23 000', unit: 'logements', year: '2023', source: '', shown: /^23\s000$/ },
];
const lateSource = 'Mission Bassin minier';

const hypotheses = [
  'La rénovation des cités crée des emplois locaux',
  'Les habitants peuvent coproduire l’énergie du quartier',
  'Un réseau de chaleur mutualisé réduit les factures',
];

const actors = {
  commune: { name: 'Commune de Loos-en-Gohelle', acronym: 'CLG' },
  region: { name: 'Région Hauts-de-France', acronym: 'RHDF' },
  bailleur: { name: 'Maisons & Cités', acronym: 'M&C' },
  enedis: { name: 'Enedis', acronym: 'ENEDIS' },
  habitants: { name: 'Association des habitants de la cité 12', acronym: 'AH12' },
} as const;
const label = (a: { name: string; acronym: string }) => `${a.name} (${a.acronym})`;

/** As copied from a spreadsheet: a header line, then one actor a line, French collège names and words. */
const tsv = [
  ['Acteur', 'Sigle', 'Collège', 'Rôle', 'Influence', 'Intérêt', 'Posture', 'Engagement'],
  [actors.commune.name, 'CLG', 'Pouvoirs publics et élus', 'Porteur politique', '5', '5', 'favorable', 'engagé'],
  [actors.region.name, 'RHDF', 'Pouvoirs publics et élus', 'Financeur', '5', '3', 'plutôt favorable', 'impliqué'],
  ['Communauté d’agglomération de Lens-Liévin', 'CALL', 'pouvoirs publics et élus', 'Autorité organisatrice', '4', '3', 'neutre', 'contacté'],
  [actors.bailleur.name, 'M&C', 'Entreprises et acteurs économiques', 'Bailleur social', '4', '4', 'plutôt favorable', 'impliqué'],
  [actors.enedis.name, 'ENEDIS', 'Entreprises et acteurs économiques', 'Gestionnaire du réseau', '3', '2', 'neutre', 'contacté'],
  [actors.habitants.name, 'AH12', 'Associations, société civile et habitants', 'Relais des habitants', '2', '5', 'favorable', 'engagé'],
  ['Centre ressource du développement durable', 'CERDD', 'Experts, recherche et formation', 'Appui méthodologique', '2', '4', 'favorable', 'impliqué'],
  ['Université d’Artois', 'UA', 'Experts, recherche et formation', 'Évaluation', '2', '3', 'neutre', 'non contacté'],
]
  .map((cells) => cells.join('\t'))
  .join('\r\n');

const actions = {
  renovation: { title: 'Rénovation de la cité 12', budget: '400 000' },
  cooperative: { title: 'Coopérative citoyenne d’énergie', budget: '' },
};
const indicator = { name: 'Production photovoltaïque', unit: 'MWh', baseline: '0', target: '1 200' };
const meeting = { date: '2025-03-12', shownDate: '12 mars 2025', kind: meetingsFr.kinds.steering_committee, place: 'Mairie de Loos-en-Gohelle' };
const meetingTitle = meetingsFr.detailTitle(meeting.kind, meeting.shownDate);
const decision = { text: 'Lancer l’appel à projets solaire', owner: 'Maisons & Cités', dueDate: '2030-06-30' };

/** The operation's screens as opened from the stepper, once the page has its hash. */
interface Screens {
  ops: OperationsPage;
  walk: WalkPage;
  card: CardPage;
  issue: IssuePage;
  hypotheses: HypothesesPage;
  stakeholders: StakeholdersPage;
  recoordination: RecoordinationPage;
  meetings: MeetingsPage;
  conditions: ConditionsPage;
}

function screensOf(ops: OperationsPage): Screens {
  return {
    ops,
    walk: new WalkPage(ops),
    card: new CardPage(ops),
    issue: new IssuePage(ops),
    hypotheses: new HypothesesPage(ops),
    stakeholders: new StakeholdersPage(ops),
    recoordination: new RecoordinationPage(ops),
    meetings: new MeetingsPage(ops),
    conditions: new ConditionsPage(ops),
  };
}

/**
 * A screenshot of a whole screen for the docs, 1366 wide: the work area scrolls inside the window, so
 * the window is made as tall as its content for the shot (at most 4000 px), then put back to 768.
 * No hover, no caret, no focus ring.
 */
async function screenshot(page: Page, section: Step) {
  await page.mouse.move(1, 760);
  await page.locator(':focus').evaluate((el) => (el as HTMLElement).blur()).catch(() => undefined);
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => {
    const content = document.querySelector('main');
    return content ? content.getBoundingClientRect().top + content.scrollHeight : document.body.scrollHeight;
  });
  await page.setViewportSize({ width: viewport.width, height: Math.min(4000, Math.max(viewport.height, Math.ceil(height))) });
  mkdirSync(screenshots, { recursive: true });
  const png = await page.screenshot({ path: join(screenshots, `e2e-walk-${section}.png`), animations: 'disabled', caret: 'hide' });
  expect(png.byteLength).toBeGreaterThan(10_000);
  await page.setViewportSize(viewport);
}

test.describe('the TESR walk', () => {
  test('a new operation walked through every step in French, kept after a reload, read in English, unwound with Ctrl+Z', async ({ operationsPage: ops, page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: 'light' });
    const s = screensOf(ops);
    const { walk } = s;

    // --- The operation and its card -------------------------------------------------------------
    await ops.goto();
    await ops.createOperation(operation.title, operation.territory, operation.lead);
    await expect(walk.stepper).toBeVisible();
    await expect(walk.step('card')).toHaveAttribute('aria-current', 'step');
    await s.card.fillMissionLetter(missionLetter);
    await s.card.tickPillar(cardFr.pillars.renewable_energy);
    await s.card.tickPillar(cardFr.pillars.producer_buildings);
    await walk.expectState('card', 'complete');

    // --- Step 1: the salient issue and its facts ------------------------------------------------
    await walk.open('issue');
    await walk.expectState('issue', 'empty');
    await expect(walk.missing.getByRole('listitem')).toContainText(['Enjeu saillant non formulé']);
    await s.issue.choose(s.issue.kind(issueFr.kinds.threat));
    await s.issue.fillText(s.issue.statement, issue.statement);
    await s.issue.fillText(s.issue.whyCollective, issue.whyCollective);
    await s.issue.choose(s.issue.scale(issueFr.scales.territorial));
    await s.issue.fillText(s.issue.commons, issue.commons);
    await walk.expectState('issue', 'in_progress');
    for (const fact of facts) await s.issue.typeFact(fact);
    for (const fact of facts) await expect(s.issue.cell('figure', fact.statement)).toHaveValue(fact.shown);
    // The third fact has no source yet: the step says so, then is complete once it has one.
    await expect(walk.missing).toContainText(`Le fait « ${facts[2]!.statement} » n’a pas de source`);
    await s.issue.editCell('source', facts[2]!.statement, lateSource);
    await expect(s.issue.cell('source', facts[2]!.statement)).toHaveValue(lateSource);
    await walk.expectState('issue', 'complete');
    await expect(walk.missing).toBeHidden();

    // --- Step 2: three hypotheses, one put to the test ------------------------------------------
    await walk.open('hypotheses');
    for (const h of hypotheses) await s.hypotheses.add(h);
    await expect(s.hypotheses.items).toHaveCount(3);
    await s.hypotheses.fillText(1, hypothesesFr.rationale, 'Les chantiers de rénovation emploient des entreprises du bassin.');
    await s.hypotheses.setStatus(2, hypothesesFr.statuses.under_test);
    await expect(s.hypotheses.item(2)).toContainText(hypothesesFr.since.under_test);
    await expect(s.hypotheses.item(2).getByRole('heading', { name: hypothesesFr.history })).toBeVisible();

    // --- Step 3: eight stakeholders pasted, two positions, two relations ------------------------
    await walk.open('stakeholders');
    await s.stakeholders.pasteRows(tsv);
    await expect(ops.toast(stakeholdersFr.pasted(8))).toBeVisible();
    await expect(s.stakeholders.rows).toHaveCount(8);
    await expect(s.stakeholders.section.getByRole('heading', { level: 2 })).toContainText(stakeholdersFr.count(8));
    await ops.expectSaved();
    await expect(s.stakeholders.cell('influence', actors.commune.name)).toHaveValue('5');
    await expect(s.stakeholders.cell('interest', actors.habitants.name)).toHaveValue('5');
    await expect(s.stakeholders.cell('college', actors.habitants.name).locator('option:checked')).toHaveText(stakeholdersFr.colleges.civil_society);
    await expect(s.stakeholders.cell('college', 'Communauté d’agglomération de Lens-Liévin').locator('option:checked')).toHaveText(
      stakeholdersFr.colleges.public_authorities,
    );
    await expect(s.stakeholders.cell('engagement', 'Université d’Artois').locator('option:checked')).toHaveText('non contacté');

    await s.stakeholders.setPosition(actors.commune.name, 2, hypotheses[1]!, 2);
    await s.stakeholders.setPosition(actors.enedis.name, 2, hypotheses[1]!, -1);
    await s.stakeholders.addRelation({
      source: label(actors.commune),
      target: label(actors.region),
      sourceName: actors.commune.name,
      targetName: actors.region.name,
      kind: stakeholdersFr.relationKinds.cooperation,
      status: stakeholdersFr.relationStatuses.existing,
    });
    await s.stakeholders.addRelation({
      source: label(actors.bailleur),
      target: label(actors.habitants),
      sourceName: actors.bailleur.name,
      targetName: actors.habitants.name,
      kind: stakeholdersFr.relationKinds.partnership,
      status: stakeholdersFr.relationStatuses.to_create,
      note: 'Associer les habitants au chantier',
    });
    await expect(s.stakeholders.relationRows).toHaveCount(2);

    // --- Step 4: two actions and their funding, the relation to create, one indicator -----------
    await walk.open('recoordination');
    const { renovation, cooperative } = actions;
    await s.recoordination.addAction(renovation.title);
    await s.recoordination.actionField(renovation.title, 'lead').selectOption({ label: actors.bailleur.name });
    await ops.expectSaved();
    const budget = s.recoordination.actionField(renovation.title, 'budget');
    await budget.fill(renovation.budget);
    await budget.press('Enter');
    await expect(s.recoordination.actionField(renovation.title, 'budget')).toHaveValue(/^400\s000\s€$/);
    await s.recoordination.addFunding(renovation.title, recoordinationFr.sources.public_funds, '250 000', 'Fonds européens');
    await s.recoordination.addFunding(renovation.title, recoordinationFr.sources.citizen, '30 000,50');
    await expect(s.recoordination.action(renovation.title)).toContainText('Total financé : 280 000,50 € sur un budget de 400 000 €');

    await s.recoordination.addAction(cooperative.title);
    await s.recoordination.actionField(cooperative.title, 'lead').selectOption({ label: actors.habitants.name });
    await ops.expectSaved();
    await s.recoordination.addFunding(cooperative.title, recoordinationFr.sources.solidarity_economy, '45 000');
    await expect(s.recoordination.actionList.getByRole('listitem')).toHaveCount(2);

    const toCreate = `${actors.bailleur.name} → ${actors.habitants.name}`;
    await expect(s.recoordination.relations.getByText(recoordinationFr.unlinked)).toBeVisible();
    await s.recoordination.relationAction(toCreate).selectOption({ label: renovation.title });
    await expect(s.recoordination.relations.getByText(recoordinationFr.unlinked)).toBeHidden();
    await ops.expectSaved();

    await s.recoordination.addIndicator(indicator.name);
    for (const field of ['unit', 'baseline', 'target'] as const) {
      const input = s.recoordination.indicatorField(indicator.name, field);
      await input.fill(indicator[field]);
      await input.press('Enter');
      await ops.expectSaved();
    }
    await expect(s.recoordination.indicatorField(indicator.name, 'target')).toHaveValue(/^1\s200$/);
    await s.recoordination.addMeasurement(indicator.name, indicator.unit, '2024-12-31', '180,5');
    await s.recoordination.addMeasurement(indicator.name, indicator.unit, '2025-06-30', '420');
    await expect(s.recoordination.indicator(indicator.name).getByRole('img')).toBeVisible();
    await walk.expectState('recoordination', 'complete');

    // --- Meetings: a steering committee, two attendees, a decision ------------------------------
    await walk.open('meetings');
    await s.meetings.addMeeting({ ...meeting, notes: 'Présentation du programme de rénovation.' });
    const detail = s.meetings.detail(meetingTitle);
    await expect(detail).toBeVisible();
    await s.meetings.tickAttendee(detail, actors.commune.name); // edit 1 of the last five
    await s.meetings.tickAttendee(detail, actors.bailleur.name); // edit 2
    await expect(s.meetings.attendees(detail)).toContainText(meetingsFr.attendeesCount(2, 8));
    await s.meetings.addDecision(detail, meeting.shownDate, decision); // edit 3
    await expect(s.meetings.decisionCell(detail, meeting.shownDate, 'owner', decision.text)).toHaveValue(decision.owner);

    // --- Conditions of success: two scored -------------------------------------------------------
    await walk.open('conditions');
    await s.conditions.assess(conditionsFr.names.collective_dynamic, 2, 'Le comité de pilotage s’est réuni.'); // edit 4
    await s.conditions.assess(conditionsFr.names.funding, 1, 'Seuls les fonds publics sont acquis.'); // edit 5
    await walk.expectState('conditions', 'in_progress');
    await expect(walk.missing).toContainText('5 conditions de réussite pas encore évaluées');

    // --- Everything is still there after a reload ------------------------------------------------
    await ops.reload();
    await expect(walk.step('conditions')).toHaveAttribute('aria-current', 'step');
    await expect(s.conditions.card(conditionsFr.names.collective_dynamic)).toContainText(conditionsFr.scoreWithWords(2));
    await expect(s.conditions.card(conditionsFr.names.funding)).toContainText('Seuls les fonds publics sont acquis.');

    await walk.open('card');
    await expect(s.card.missionLetter).toHaveValue(missionLetter);
    await expect(s.card.pillar(cardFr.pillars.renewable_energy)).toBeChecked();
    await expect(s.card.pillar(cardFr.pillars.producer_buildings)).toBeChecked();
    await expect(s.card.pillar(cardFr.pillars.mobility)).not.toBeChecked();
    await expect(s.card.commons).toHaveValue(issue.commons);
    await screenshot(page, 'card');

    await walk.open('issue');
    await expect(s.issue.kind(issueFr.kinds.threat)).toBeChecked();
    await expect(s.issue.scale(issueFr.scales.territorial)).toBeChecked();
    await expect(s.issue.statement).toHaveValue(issue.statement);
    await expect(s.issue.whyCollective).toHaveValue(issue.whyCollective);
    await expect(s.issue.rows).toHaveCount(3);
    for (const fact of facts) {
      await expect(s.issue.cell('figure', fact.statement)).toHaveValue(fact.shown);
      await expect(s.issue.cell('year', fact.statement)).toHaveValue(fact.year);
    }
    await expect(s.issue.cell('source', facts[0]!.statement)).toHaveValue(facts[0]!.source);
    await expect(s.issue.cell('source', facts[2]!.statement)).toHaveValue(lateSource);
    await screenshot(page, 'issue');

    await walk.open('hypotheses');
    await expect(s.hypotheses.items).toHaveCount(3);
    for (const [i, h] of hypotheses.entries()) await expect(s.hypotheses.field(i + 1, hypothesesFr.statement)).toHaveValue(h);
    await expect(s.hypotheses.field(2, hypothesesFr.status)).toHaveValue('under_test');
    await expect(s.hypotheses.field(1, hypothesesFr.status)).toHaveValue('draft');
    await expect(s.hypotheses.item(2)).toContainText('1 acteur favorable · 1 opposé');
    await expect(walk.missing.getByRole('listitem')).toHaveText(['2 hypothèses stratégiques sans justification']);
    await screenshot(page, 'hypotheses');

    await walk.open('stakeholders');
    await expect(s.stakeholders.rows).toHaveCount(8);
    await expect(s.stakeholders.cell('role', actors.bailleur.name)).toHaveValue('Bailleur social');
    await expect(s.stakeholders.cell('stance', actors.region.name).locator('option:checked')).toHaveText('+1 · plutôt favorable');
    await expect(s.stakeholders.position(actors.commune.name, 2, hypotheses[1]!)).toHaveValue('2');
    await expect(s.stakeholders.position(actors.enedis.name, 2, hypotheses[1]!)).toHaveValue('-1');
    await expect(s.stakeholders.position(actors.enedis.name, 1, hypotheses[0]!)).toHaveValue('');
    await expect(s.stakeholders.relationRows).toHaveCount(2);
    await expect(s.stakeholders.relationCell('status', actors.bailleur.name, actors.habitants.name)).toHaveValue('to_create');
    await expect(s.stakeholders.relationCell('kind', actors.commune.name, actors.region.name).locator('option:checked')).toHaveText(
      stakeholdersFr.relationKinds.cooperation,
    );
    await screenshot(page, 'stakeholders');

    await walk.open('recoordination');
    await expect(s.recoordination.actionList.getByRole('listitem')).toHaveCount(2);
    await expect(s.recoordination.actionEntry(renovation.title)).toHaveAttribute('aria-current', 'true');
    await expect(s.recoordination.actionField(renovation.title, 'lead').locator('option:checked')).toHaveText(actors.bailleur.name);
    await expect(s.recoordination.fundingRows(renovation.title)).toHaveCount(2);
    await expect(s.recoordination.action(renovation.title)).toContainText('Total financé : 280 000,50 € sur un budget de 400 000 €');
    await expect(s.recoordination.relationAction(toCreate).locator('option:checked')).toHaveText(renovation.title);
    await expect(s.recoordination.measurementRows(indicator.name)).toHaveCount(2);
    await s.recoordination.actionEntry(cooperative.title).click();
    await expect(s.recoordination.fundingRows(cooperative.title)).toHaveCount(1);
    await expect(s.recoordination.funding(cooperative.title).locator('tbody tr:not(.entry-row) select option:checked')).toHaveText(
      recoordinationFr.sources.solidarity_economy,
    );
    await s.recoordination.actionEntry(renovation.title).click();
    await screenshot(page, 'recoordination');

    await walk.open('meetings');
    await expect(detail).toBeVisible();
    await expect(s.meetings.attendee(detail, actors.commune.name)).toBeChecked();
    await expect(s.meetings.attendee(detail, actors.bailleur.name)).toBeChecked();
    await expect(s.meetings.attendee(detail, actors.enedis.name)).not.toBeChecked();
    await expect(s.meetings.decisionCell(detail, meeting.shownDate, 'text', decision.text)).toHaveValue(decision.text);
    await expect(s.meetings.decisionCell(detail, meeting.shownDate, 'dueDate', decision.text)).toHaveValue(decision.dueDate);
    await screenshot(page, 'meetings');

    await walk.open('conditions');
    await screenshot(page, 'conditions');

    for (const step of ['card', 'issue', 'recoordination'] as const) await walk.expectState(step, 'complete');
    // Two hypotheses have no rationale, two have no supporting actor yet: the method is not done.
    await walk.expectState('hypotheses', 'in_progress');
    await walk.expectState('stakeholders', 'in_progress');
    await walk.expectState('meetings', 'complete');

    // --- In English -------------------------------------------------------------------------------
    await expect(ops.undoButton).toHaveAccessibleName('Annuler : ajout d’une évaluation');
    await ops.chooseLanguage('en');
    walk.locale = 'en';
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(walk.stepper).toHaveAccessibleName('Steps of the method');
    await expect(walk.step('conditions')).toHaveAttribute('aria-current', 'step');
    await expect(ops.main.getByRole('heading', { level: 2, name: 'Conditions of success' })).toBeVisible();
    await expect(ops.main.getByRole('article', { name: '1. Keep the collective dynamic' })).toContainText('2/3 – partly met');
    await expect(ops.main.getByRole('article', { name: '7. Mobilise funding' })).toContainText('1/3 – emerging');
    await walk.expectState('issue', 'complete');
    await walk.open('issue');
    await expect(ops.main.getByRole('heading', { level: 2, name: 'Salient issue' })).toBeVisible();
    await expect(ops.main.getByRole('group', { name: 'Kind of issue' }).getByRole('radio', { name: 'Threat' })).toBeChecked();
    await expect(ops.main.getByRole('columnheader', { name: 'Fact or analysis' })).toBeVisible();
    // Figures follow the language: 380,000 in English.
    await expect(ops.main.getByRole('textbox', { name: `Figure – ${facts[0]!.statement}` })).toHaveValue('380,000');
    await expect(ops.main.getByRole('textbox', { name: `Figure – ${facts[1]!.statement}` })).toHaveValue('6.5');
    // A language switch is a preference, not an edit of the workspace: nothing new to undo.
    await expect(ops.topBar.getByRole('button', { name: /^Undo/ })).toHaveAccessibleName('Undo: new assessment');

    // --- Back to French, then undo the last five edits, newest first -----------------------------
    await ops.topBar.getByLabel(/^(Langue|Language)$/).selectOption('fr');
    walk.locale = 'fr';
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(ops.undoButton).toHaveAccessibleName('Annuler : ajout d’une évaluation');

    await walk.open('conditions');
    const dynamic = s.conditions.card(conditionsFr.names.collective_dynamic);
    const funding = s.conditions.card(conditionsFr.names.funding);
    await walk.undoWithKeyboard(); // 5: the funding condition's score
    await expect(funding).toContainText(conditionsFr.notAssessedYet);
    await expect(ops.toast('Annulé : ajout d’une évaluation').first()).toBeVisible();
    await expect(dynamic).toContainText(conditionsFr.scoreWithWords(2));
    await expect(ops.undoButton).toHaveAccessibleName('Annuler : ajout d’une évaluation');
    await walk.undoWithKeyboard(); // 4: the collective dynamic's score
    await expect(dynamic).toContainText(conditionsFr.notAssessedYet);
    await walk.expectState('conditions', 'empty');

    await walk.open('meetings');
    await expect(s.meetings.decisionRows(detail, meeting.shownDate)).toHaveCount(1);
    await expect(ops.undoButton).toHaveAccessibleName('Annuler : ajout d’une décision');
    await walk.undoWithKeyboard(); // 3: the decision
    await expect(s.meetings.decisionRows(detail, meeting.shownDate)).toHaveCount(0);
    await expect(s.meetings.attendee(detail, actors.bailleur.name)).toBeChecked();
    await expect(ops.undoButton).toHaveAccessibleName('Annuler : modification d’une réunion');
    await ops.undo(); // 2: Maisons & Cités ticked, undone from the top bar's button
    await expect(s.meetings.attendee(detail, actors.bailleur.name)).not.toBeChecked();
    await expect(s.meetings.attendee(detail, actors.commune.name)).toBeChecked();
    await expect(ops.undoButton).toHaveAccessibleName('Annuler : modification d’une réunion');
    await walk.undoWithKeyboard(); // 1: the commune ticked
    await expect(s.meetings.attendee(detail, actors.commune.name)).not.toBeChecked();
    await expect(s.meetings.attendees(detail)).toContainText(meetingsFr.attendeesCount(0, 8));
    // The edit before them, the meeting itself, stays: it is the next one to undo.
    await expect(detail).toBeVisible();
    await expect(ops.undoButton).toHaveAccessibleName('Annuler : ajout d’une réunion');
    await ops.expectSaved();
    await expect(ops.errorBanner).toBeHidden();
  });

  test('the stepper shows where each step stands, and step 3 lists what is missing', async ({ operationsPage: ops, page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const s = screensOf(ops);
    const { walk } = s;
    await ops.goto();
    await ops.createOperation('Réseau de chaleur de la cité 5');

    // A new operation: every step still to begin, the card being the current one.
    const steps = Object.keys(stepNames.fr) as Step[];
    await expect(walk.stepper.getByRole('button')).toHaveCount(steps.length);
    for (const step of steps) await walk.expectState(step, 'empty');
    await expect(walk.step('card')).toHaveAttribute('aria-current', 'step');

    await walk.open('stakeholders');
    await expect(walk.missing.getByRole('heading', { name: 'Reste à faire' })).toBeVisible();
    await expect(walk.missing.getByRole('listitem')).toHaveText(['Aucune partie prenante', 'Aucune relation existante entre les acteurs']);

    // Step 2 goes from empty to in progress to complete as it is filled.
    await walk.open('hypotheses');
    await expect(walk.missing.getByRole('listitem')).toHaveText(['Aucune hypothèse stratégique']);
    await s.hypotheses.add('Un réseau de chaleur mutualisé réduit les factures');
    await walk.expectState('hypotheses', 'in_progress');
    await expect(walk.missing.getByRole('listitem')).toHaveText([
      'L’hypothèse « Un réseau de chaleur mutualisé réduit les factures » n’a pas de justification',
      'Toutes les hypothèses sont encore au brouillon : mettez-en au moins une à l’épreuve',
    ]);
    await s.hypotheses.fillText(1, hypothesesFr.rationale, 'La chaufferie de la fosse 11 peut desservir trois cités.');
    await walk.expectState('hypotheses', 'in_progress');
    await s.hypotheses.setStatus(1, hypothesesFr.statuses.under_test);
    await walk.expectState('hypotheses', 'complete');
    await expect(walk.missing).toBeHidden();

    // A live hypothesis with no supporting actor is now missing from step 3.
    await walk.open('stakeholders');
    await walk.expectState('stakeholders', 'empty');
    await expect(walk.missing.getByRole('listitem')).toHaveText([
      'Aucune partie prenante',
      'Aucune relation existante entre les acteurs',
      'L’hypothèse « Un réseau de chaleur mutualisé réduit les factures » n’a encore aucun acteur favorable',
    ]);

    // Typing a stakeholder with Enter: in progress, and what it still lacks is named.
    await s.stakeholders.entry('name').fill('Ville de Liévin');
    await s.stakeholders.entry('name').press('Enter');
    await expect(s.stakeholders.rows).toHaveCount(1);
    await ops.expectSaved();
    await walk.expectState('stakeholders', 'in_progress');
    await expect(walk.missing.getByRole('listitem')).toContainText([
      'Ville de Liévin : aucun collège',
      'Ville de Liévin : influence non évaluée',
      'Ville de Liévin : intérêt non évalué',
    ]);
    // The other steps are untouched by all this.
    await walk.expectState('issue', 'empty');
    await walk.expectState('card', 'empty');
  });
});
