import type { TFunction } from 'i18next';
import { Engagement } from '../../../shared/domain/walk/enums';
import type { Column } from '../../components/table/types';
import { readChoice, readScore, readStance, readText } from './parsers';
import type { StakeholderView } from './view';
import { engagementOptions, listOptions, stanceOptions, type ListRow } from './wording';

/** The translators of both languages: pasted words are recognised in French and in English. */
export interface Translators {
  t: TFunction;
  fr: TFunction;
  en: TFunction;
}

const text = (n: number | null) => (n === null ? '' : String(n));

/**
 * The stakeholders table's columns, in the order pasted cells are read. Keys are the fields of a
 * stakeholder row (`stakeholders.addRows`); each column's reader accepts both what its own cell
 * produces (a select's value) and what a spreadsheet holds (a collège's name, "favorable", "4").
 */
export function participationColumns({ t, fr, en }: Translators, colleges: readonly ListRow[]): Column<StakeholderView>[] {
  const both = (key: string) => [fr(key), en(key)];
  const readCollege = readChoice(
    colleges.map((c) => ({ value: c.id, words: [c.id, c.label, ...(c.key ? [c.key, ...both(`stakeholders.colleges.${c.key}`)] : [])] })),
    (value) => t('stakeholders.errors.unknownCollege', { value }),
  );
  const readEngagement = readChoice(
    Engagement.options.map((e) => ({ value: e, words: [e, ...both(`stakeholders.engagement.${e}`)] })),
    (value) => t('stakeholders.errors.unknownValue', { value, expected: engagementOptions(t).map((o) => o.label).join(', ') }),
  );
  const stanceKeys = { [-2]: 'm2', [-1]: 'm1', 0: 'zero', 1: 'p1', 2: 'p2' } as const;
  const readStanceCell = readStance(
    t,
    ([-2, -1, 0, 1, 2] as const).map((value) => ({ value, words: both(`stakeholders.stance.${stanceKeys[value]}`) })),
  );
  return [
    { key: 'name', label: t('stakeholders.columns.name'), kind: 'text', primary: true, width: '12rem', read: (r) => r.actor.name, parse: readText(t, 200, true) },
    { key: 'acronym', label: t('stakeholders.columns.acronym'), kind: 'text', width: '5rem', read: (r) => r.actor.acronym, parse: readText(t, 500) },
    {
      key: 'collegeId',
      label: t('stakeholders.columns.college'),
      kind: 'select',
      width: '9.25rem',
      options: listOptions(t, 'colleges', colleges),
      read: (r) => r.participation.collegeId ?? '',
      parse: readCollege,
    },
    { key: 'role', label: t('stakeholders.columns.role'), kind: 'text', read: (r) => r.participation.role, parse: readText(t, 500) },
    { key: 'influence', label: t('stakeholders.columns.influence'), kind: 'number', width: '5.25rem', read: (r) => text(r.participation.influence), parse: readScore(t, 1, 5) },
    { key: 'interest', label: t('stakeholders.columns.interest'), kind: 'number', width: '5.25rem', read: (r) => text(r.participation.interest), parse: readScore(t, 1, 5) },
    { key: 'stance', label: t('stakeholders.columns.stance'), kind: 'select', width: '8.5rem', options: stanceOptions(t), read: (r) => text(r.participation.stance), parse: readStanceCell },
    {
      key: 'engagement',
      label: t('stakeholders.columns.engagement'),
      kind: 'select',
      width: '8rem',
      options: engagementOptions(t),
      read: (r) => r.participation.engagement,
      parse: readEngagement,
    },
  ];
}
