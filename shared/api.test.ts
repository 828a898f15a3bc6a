import { describe, expect, it } from 'vitest';
import { api, isMethodName, methodNames } from './api';

describe('the API contract', () => {
  it('names every method domain.verb', () => {
    for (const name of methodNames) expect(name).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
  });
  it('does not mistake inherited properties for methods', () => {
    expect(isMethodName('toString')).toBe(false);
    expect(isMethodName('__proto__')).toBe(false);
    expect(isMethodName('operations.list')).toBe(true);
  });
  it('marks every method that changes the workspace as a write, and only those', () => {
    const reads = methodNames.filter((m) => !api[m].writes).sort();
    expect(reads).toEqual([
      'analysis.exportXlsx',
      'backups.list',
      'ecosystem.load',
      'files.cancel',
      'files.export',
      'files.preview',
      'files.uploadChunk',
      'files.uploadDiscard',
      'files.uploadStart',
      'history.state',
      'mapViews.get',
      'mapViews.set',
      'operations.get',
      'operations.list',
      'preferences.get',
      'preferences.set',
      'walk.load',
      'workspace.info',
      'workspace.list',
      'workspace.recent',
    ]);
    // Settings kept beside the workspace (language, theme, a map's view) are not workspace changes.
    const settings = new Set(['preferences.set', 'mapViews.set']);
    for (const m of methodNames.filter((n) => /\.(create|update|delete|reorder|merge|set|addRows|undo|redo|archive)$/.test(n) && !settings.has(n))) {
      expect(api[m].writes, m).toBe(true);
    }
  });
});
