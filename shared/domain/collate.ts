/** French-aware ordering of names (accents, case, numbers: "Écoquartier" sorts among the E's). */
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export const compareText = (a: string, b: string) => collator.compare(a, b);

export const byTitle = <T extends { title: string }>(a: T, b: T) => compareText(a.title, b.title);
