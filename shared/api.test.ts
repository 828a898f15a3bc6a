import { describe, expect, it } from 'vitest';
import { api, isMethodName, methodNames } from './api';

describe('the API contract', () => {
  it('names every method domain.verb', () => {
    for (const name of methodNames) expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
  });
  it('does not mistake inherited properties for methods', () => {
    expect(isMethodName('toString')).toBe(false);
    expect(isMethodName('__proto__')).toBe(false);
    expect(isMethodName('operations.list')).toBe(true);
  });
  it('marks exactly the methods that change the workspace as writes', () => {
    const writes = methodNames.filter((m) => api[m].writes).sort();
    expect(writes).toEqual(['history.redo', 'history.undo', 'operations.archive', 'operations.create', 'operations.delete', 'operations.update']);
  });
});
