/**
 * The key under which two actor names count as the same: case, accents, ligatures, punctuation
 * and spacing ignored ("C.D.2.E" = "CD2E", "Région Hauts-de-France" = "region hauts de france").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Groups of actors whose names share a key, largest first: candidates for a merge. */
export function duplicateGroups<T extends { id: string; name: string }>(actors: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const a of actors) {
    const key = nameKey(a.name);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => b.length - a.length);
}
