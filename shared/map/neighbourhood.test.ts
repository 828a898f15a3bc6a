import { describe, expect, it } from 'vitest';
import { neighbourhood } from './neighbourhood';

const edges = [
  { source: 'a', target: 'b' },
  { source: 'c', target: 'b' },
  { source: 'c', target: 'd' },
  { source: 'e', target: 'f' },
];

describe('neighbourhood', () => {
  it('reaches one step away, whatever the direction', () => {
    expect([...neighbourhood(edges, 'b', 1)].sort()).toEqual(['a', 'b', 'c']);
  });
  it('reaches two steps away', () => {
    expect([...neighbourhood(edges, 'a', 2)].sort()).toEqual(['a', 'b', 'c']);
    expect([...neighbourhood(edges, 'b', 2)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
  it('keeps an isolated actor alone, and an unknown one too', () => {
    expect([...neighbourhood(edges, 'z', 2)]).toEqual(['z']);
  });
});
