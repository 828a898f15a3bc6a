import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileNameProblem, toWorkspaceFileName } from './file-name';

describe('workspace file names', () => {
  it('adds .tesr once, keeps accents and spaces', () => {
    expect(toWorkspaceFileName('Bassin minier')).toBe('Bassin minier.tesr');
    expect(toWorkspaceFileName('  Loos-en-Gohelle 2026.TESR ')).toBe('Loos-en-Gohelle 2026.tesr');
    expect(toWorkspaceFileName('Opération été')).toBe('Opération été.tesr');
  });
  it('refuses paths, hidden names, device names and empty names', () => {
    expect(fileNameProblem('../secret')).toBe('forbidden-character');
    expect(fileNameProblem('a/b')).toBe('forbidden-character');
    expect(fileNameProblem('a\\b')).toBe('forbidden-character');
    expect(fileNameProblem('..')).toBe('forbidden-character');
    expect(fileNameProblem('.hidden')).toBe('forbidden-character');
    expect(fileNameProblem('a\u0000b')).toBe('forbidden-character');
    expect(fileNameProblem('C:evil')).toBe('forbidden-character');
    expect(fileNameProblem('trailing.')).toBe('forbidden-character');
    expect(fileNameProblem('NUL')).toBe('reserved');
    expect(fileNameProblem('com1.tesr')).toBe('reserved');
    expect(fileNameProblem('   ')).toBe('empty');
    expect(fileNameProblem('.tesr')).toBe('empty');
    expect(fileNameProblem('x'.repeat(101))).toBe('too-long');
  });
  it('never yields a name that is a path or leaves the folder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (raw) => {
        const name = toWorkspaceFileName(raw);
        if (name === null) return;
        expect(name).not.toMatch(/[/\\]|^\./);
        expect(name.includes('\u0000')).toBe(false);
        expect(name.endsWith('.tesr')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
