import { asBaseChange } from '../db/change-context';
import type { Workspace } from '../workspace/workspace';
import { insertOperation } from '../operations/repository';

/**
 * The example a first run opens, from the seed presentation (Nord-Pas de Calais region and the
 * town of Loos-en-Gohelle). Only what the seed states is stated here.
 */
const REGION = 'Nord-Pas de Calais';
export const exampleOperations = [
  { title: 'Écosystème loossois – Base 11-19', territory: 'Loos-en-Gohelle', lead: '' },
  { title: '100 000 logements', territory: REGION, lead: '' },
  { title: 'Stratégie énergétique du territoire', territory: REGION, lead: '' },
  { title: 'Filière démantèlement du nucléaire', territory: REGION, lead: '' },
  { title: 'Lutte contre le diabète', territory: REGION, lead: '' },
  { title: "Eau dans l'audomarois", territory: REGION, lead: '' },
  { title: 'Euralens', territory: REGION, lead: '' },
  { title: 'La gouvernance alimentaire', territory: REGION, lead: '' },
  { title: 'Le Lycée du troisième millénaire', territory: REGION, lead: '' },
  { title: 'Filière Bois', territory: REGION, lead: '' },
];

/** Writes the example as the file's base content: journaled, but not something Ctrl+Z removes. */
export function seedExample(ws: Workspace): void {
  ws.db.transaction(() =>
    asBaseChange(ws.db, ws.opened.context, 'workspace.seedExample', () => {
      for (const op of exampleOperations) insertOperation(ws.db, op);
    }),
  )();
}
