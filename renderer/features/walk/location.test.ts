import { describe, expect, it } from 'vitest';
import { readLocation, writeLocation } from './location';

const id = '0190a5a0-0000-7000-8000-000000000001';

describe('location hash', () => {
  it('round-trips an operation and a screen', () => {
    expect(readLocation(writeLocation(id, 'stakeholders'))).toEqual({ operationId: id, section: 'stakeholders' });
  });
  it('falls back to the card, or to nothing, on anything unexpected', () => {
    expect(readLocation(`#/operations/${id}/nope`)).toEqual({ operationId: id, section: 'card' });
    expect(readLocation(`#/operations/${id}`)).toEqual({ operationId: id, section: 'card' });
    expect(readLocation('#/operations/<script>/issue')).toEqual({ operationId: null, section: 'card' });
    expect(readLocation('')).toEqual({ operationId: null, section: 'card' });
  });
});
