import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-name';

describe('exportFileName', () => {
  it('keeps accents, drops what file systems refuse', () => {
    expect(exportFileName('Écosystème loossois : Base 11/19', 'carte', 'png')).toBe('Écosystème-loossois-Base-11-19-carte.png');
    expect(exportFileName('a<b>c:"d"|e?*\\f', 'map', 'svg')).toBe('a-b-c-d-e-f-map.svg');
    expect(exportFileName('../../etc/passwd', 'carte', 'svg')).toBe('etc-passwd-carte.svg');
  });
  it('is never empty nor too long', () => {
    expect(exportFileName('', '', 'png')).toBe('map.png');
    expect(exportFileName('x'.repeat(500), 'carte', 'svg').length).toBeLessThanOrEqual(104);
  });
});
