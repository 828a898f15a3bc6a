import { describe, expect, it } from 'vitest';
import { DEFAULT_COLLEGES } from '../../../shared/domain/walk/defaults';
import { createI18n } from '../../i18n/i18n';
import { participationColumns } from './participation-columns';
import { readPastedRows } from './stakeholder-paste';

const i18n = createI18n('fr');
const t = i18n.getFixedT('fr');
const colleges = [
  ...Object.entries(DEFAULT_COLLEGES).map(([key, id], position) => ({ id, key, label: '', position })),
  { id: '00000000-0000-7000-8000-0000000000aa', key: null, label: 'Bailleurs sociaux', position: 9 },
];
const columns = participationColumns({ t, fr: i18n.getFixedT('fr'), en: i18n.getFixedT('en') }, colleges);
const read = (text: string, start = 0) => readPastedRows(t, text.split('\n').map((l) => l.split('\t')), start, columns, ['Acteur', 'Actor', 'nom', 'name']);

describe('rows pasted from a spreadsheet', () => {
  it('reads collèges, scores, stances and engagement in French or English, whatever the case and accents', () => {
    const reading = read(
      [
        'Région Hauts-de-France\tRégion\tpouvoirs publics et élus\tFinanceur\t5\t4\t+2\tengagé',
        'CD2E\t\tEXPERTS, RECHERCHE ET FORMATION\t\t4\t5\tfavorable\timplique',
        'Pas-de-Calais Habitat\t\tbailleurs sociaux\t\t3\t3\t-1 · plutôt opposé\tcontacted',
        'Villavenir\t\tCompanies and economic actors\t\t2,0\t\trather supportive\t',
      ].join('\n'),
    );
    expect(reading).toEqual({
      ok: true,
      rows: [
        { name: 'Région Hauts-de-France', acronym: 'Région', collegeId: DEFAULT_COLLEGES.public_authorities, role: 'Financeur', influence: 5, interest: 4, stance: 2, engagement: 'committed' },
        { name: 'CD2E', collegeId: DEFAULT_COLLEGES.experts_research, influence: 4, interest: 5, stance: 2, engagement: 'engaged' },
        { name: 'Pas-de-Calais Habitat', collegeId: '00000000-0000-7000-8000-0000000000aa', influence: 3, interest: 3, stance: -1, engagement: 'contacted' },
        { name: 'Villavenir', collegeId: DEFAULT_COLLEGES.economic_actors, influence: 2, stance: 1 },
      ],
    });
  });

  it('skips a header line and refuses the whole paste when one cell is wrong, naming each', () => {
    const reading = read(['Acteur\tSigle\tCollège', 'CERDD\t\t\t\t2', 'TEAM2\t\tcollège imaginaire\t\t9\t2,5', '\tsans nom'].join('\n'));
    expect(reading).toEqual({
      ok: false,
      summary: 'Rien n’a été importé : 2 lignes sont invalides. Corrigez-les dans le tableur puis collez à nouveau.',
      errors: [
        'Ligne 3, Collège : collège inconnu « collège imaginaire »',
        'Ligne 3, Influence : entre 1 et 5',
        'Ligne 3, Intérêt : nombre entier attendu',
        'Ligne 4, Acteur : obligatoire',
      ],
    });
  });

  it('refuses a stance outside −2 … +2 and a paste that does not start with the names', () => {
    expect(read('Lumiwatt\t\t\t\t\t\t3')).toMatchObject({ ok: false, errors: ['Ligne 1, Posture : entre −2 et +2'] });
    expect(read('Lumiwatt\t\t\t\t\t\ttrès pour')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^Ligne 1, Posture : valeur inconnue « très pour »/)] });
    expect(read('CD2E\tExperts', 1)).toMatchObject({ ok: false, summary: expect.stringMatching(/commencent par la colonne « Acteur »/) });
  });
});
