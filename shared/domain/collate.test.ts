import { describe, expect, it } from 'vitest';
import { byTitle, compareText } from './collate';

describe('French ordering', () => {
  it('sorts accented and lower-case names where a French reader expects them', () => {
    const names = ['Zéro déchet', 'écoquartier', 'Euralens', 'Eau dans l’audomarois', 'Énergie'];
    expect([...names].sort(compareText)).toEqual(['Eau dans l’audomarois', 'écoquartier', 'Énergie', 'Euralens', 'Zéro déchet']);
  });
  it('sorts numbers by value', () => {
    expect(['OD 10', 'OD 9', '100 000 logements'].map((title) => ({ title })).sort(byTitle).map((o) => o.title)).toEqual(['100 000 logements', 'OD 9', 'OD 10']);
  });
});
