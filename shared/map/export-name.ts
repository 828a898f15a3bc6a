/**
 * A file name for an exported map, from the operation's title: letters (accents kept), digits and
 * dashes only, so it is valid on Windows, macOS and Linux alike, never empty, never too long.
 */
export function exportFileName(title: string, suffix: string, extension: 'png' | 'svg'): string {
  const stem = `${title} ${suffix}`
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return `${stem || 'map'}.${extension}`;
}
