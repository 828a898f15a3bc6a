/**
 * Generated CSV files as people export them (French headers, `;`, accents), for tests and benches:
 * stakeholders named `Acteur n° i`, relations between them, or a file grown to a size.
 */
const HEADER = 'Nom;Sigle;Collège;Rôle;Influence;Intérêt;Posture;Engagement';
const COLLEGES = ['Pouvoirs publics et élus', 'Entreprises et acteurs économiques', 'Associations, société civile et habitants', 'Experts, recherche et formation'];
const ENGAGEMENTS = ['non contacté', 'contacté', 'impliqué', 'engagé'];
const KINDS = ['coopération', 'financement', 'information', 'partenariat'];

export const actorName = (i: number) => `Acteur n° ${i}`;

function actorLine(i: number, role: string): string {
  return [actorName(i), `A${i}`, COLLEGES[i % 4], role, 1 + (i % 5), 1 + ((i * 7) % 5), (i % 5) - 2, ENGAGEMENTS[i % 4]].join(';');
}

/** `count` stakeholders, one line each. */
export function stakeholderCsv(count: number, role = 'Partenaire de l’opération'): string {
  const lines = [HEADER];
  for (let i = 0; i < count; i++) lines.push(actorLine(i, role));
  return lines.join('\n') + '\n';
}

/** `count` relations between the `actors` first stakeholders (never an actor with itself). */
export function relationCsv(actors: number, count: number): string {
  const lines = ['Source;Cible;Type;Force;Statut'];
  for (let i = 0; i < count; i++) {
    const source = i % actors;
    const target = (source + 1 + ((i * 7919) % (actors - 1))) % actors;
    lines.push([actorName(source), actorName(target), KINDS[i % 4], 1 + (i % 3), 'existante'].join(';'));
  }
  return lines.join('\n') + '\n';
}

/** Stakeholder lines with a long role until the file weighs at least `bytes`. */
export function sizedStakeholderCsv(bytes: number): Buffer {
  const role = 'Rôle détaillé du partenaire dans l’opération, '.repeat(6);
  const lines = [HEADER];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = actorLine(i, role);
    size += Buffer.byteLength(line) + 1;
    lines.push(line);
  }
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}
