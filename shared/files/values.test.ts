import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './neutralise';
import { detectNewline, detectSeparator } from './separator';
import { parseLocaleNumber, unneutralise } from './values';

describe('numbers written the French or English way', () => {
  it.each([
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234', 1234],
    ['12,5', 12.5],
    ['4,0', 4],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['−3', -3],
    ['+2', 2],
    ['-2', -2],
    ['0.5', 0.5],
  ])('%s → %d', (text, value) => expect(parseLocaleNumber(text)).toBe(value));

  it.each(['', 'abc', '1,2,3', '1..2', '1,', '.5', '12 %', 'Infinity', '1e5', '--1', '4 ans'])('refuses %j', (text) =>
    expect(parseLocaleNumber(text)).toBeNull(),
  );

  it('never throws and gives finite numbers or null (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const n = parseLocaleNumber(s);
        expect(n === null || Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formula neutralisation (OWASP CSV injection)', () => {
  it('prefixes a quote to text a spreadsheet would run', () => {
    for (const t of ['=1+1', '+33 6', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(t)).toBe(`'${t}`);
    expect(neutraliseCell('Mairie')).toBe('Mairie');
    expect(neutraliseCell('')).toBe('');
  });

  it('keeps text that already starts with quotes before a trigger', () => {
    for (const s of ["'-", "''=1", "'@x", "'abc", "''"]) expect(unneutralise(neutraliseCell(s))).toBe(s);
  });

  it('is undone on import, whatever the text (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = neutraliseCell(s);
        expect(['=', '+', '-', '@', '\t', '\r']).not.toContain(cell[0]);
        expect(unneutralise(cell)).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('separator of the header line', () => {
  it.each([
    ['Nom;Sigle;Collège\nA;B;C', ';'],
    ['Name,Acronym\n', ','],
    ['Nom\tSigle\n', '\t'],
    ['"Nom;x",Sigle,Rôle\n', ','],
    ['\n\nNom;Sigle\n', ';'],
    ['Nom\n', ';'],
    ['"a\nb";c;d', ';'],
  ])('%j → %j', (text, sep) => expect(detectSeparator(text)).toBe(sep));
});

describe('line break of the file', () => {
  it.each([
    ['Nom;Sigle\r\nA;B\r\n', '\r\n'],
    ['Nom;Sigle\nA;B', '\n'],
    ['Nom\rA\r', '\r'],
    ['"Nom\navec saut";Sigle\r\nA;B', '\r\n'],
    ['Nom', '\n'],
  ])('%j → %j', (text, newline) => expect(detectNewline(text)).toBe(newline));
});
