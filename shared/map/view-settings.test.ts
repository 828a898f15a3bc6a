import { describe, expect, it } from 'vitest';
import { noFilters } from './filters';
import { defaultViewSettings, MapScopeSchema, MapViewSettingsSchema } from './view-settings';

const H = '0190a5a0-0000-7000-8000-000000000001';

describe('map view settings', () => {
  it('defaults to the network as it is, manual layout, legend shown, no filter, no focus', () => {
    expect(defaultViewSettings).toEqual({
      view: 'as_is', layout: 'manual', legend: true, showFilters: false, filters: noFilters, sizeBy: 'influence', colourBy: 'college', focus: null, operations: null,
    });
  });
  it('round-trips what the map saves', () => {
    const s = {
      ...defaultViewSettings,
      view: 'to_be' as const,
      layout: 'sectors' as const,
      filters: { ...noFilters, colleges: ['x', ''], statuses: ['existing' as const], hypothesis: { id: H, sides: ['for' as const, 'unknown' as const] } },
      focus: { id: 'n1', depth: 2 as const, hide: false },
      operations: [H],
    };
    expect(MapViewSettingsSchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
  it('falls back field by field on damaged or old settings, keeping the rest', () => {
    const parsed = MapViewSettingsSchema.parse({ view: 'sideways', layout: 'sectors', filters: { colleges: 'all', statuses: ['existing'] }, focus: { id: 'n', depth: 3 }, extra: 1 });
    expect(parsed.view).toBe('as_is');
    expect(parsed.layout).toBe('sectors');
    expect(parsed.filters).toEqual({ ...noFilters, statuses: ['existing'] });
    expect(parsed.focus).toBeNull();
    expect('extra' in parsed).toBe(false);
    expect(MapViewSettingsSchema.safeParse(null).success).toBe(false);
  });
  it('names an operation or the ecosystem as the scope', () => {
    expect(MapScopeSchema.safeParse('ecosystem').success).toBe(true);
    expect(MapScopeSchema.safeParse(H).success).toBe(true);
    expect(MapScopeSchema.safeParse('../etc').success).toBe(false);
  });
});
