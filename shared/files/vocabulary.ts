import type { Locale } from '../errors';
import { DEFAULT_COLLEGES, DEFAULT_RELATION_KINDS } from '../domain/walk/defaults';
import { nameKey } from '../domain/walk/names';

/**
 * The words of the method's closed lists as spreadsheets write them, in French and English: the
 * first word of each language is the one exports write (the same as the screens, UX.md), the
 * others are accepted on import. Matching ignores case, accents and punctuation (`nameKey`).
 */
type Words = Record<Locale, readonly string[]>;
export type Vocabulary<K extends string> = Readonly<Record<K, Words>>;

export const engagementWords: Vocabulary<'not_contacted' | 'contacted' | 'engaged' | 'committed' | 'withdrawn'> = {
  not_contacted: { fr: ['non contacté', 'non contactée', 'pas contacté', 'à contacter'], en: ['not contacted', 'not_contacted', 'to contact'] },
  contacted: { fr: ['contacté', 'contactée'], en: ['contacted'] },
  engaged: { fr: ['impliqué', 'impliquée'], en: ['engaged', 'involved'] },
  committed: { fr: ['engagé', 'engagée'], en: ['committed'] },
  withdrawn: { fr: ['retiré', 'retirée'], en: ['withdrawn'] },
};

export const relationStatusWords: Vocabulary<'existing' | 'to_create' | 'to_strengthen' | 'to_weaken'> = {
  existing: { fr: ['existante', 'existant', 'actuelle'], en: ['existing', 'current'] },
  to_create: { fr: ['à créer', 'a creer', 'créer', 'nouvelle'], en: ['to create', 'to_create', 'create', 'new'] },
  to_strengthen: { fr: ['à renforcer', 'renforcer'], en: ['to strengthen', 'to_strengthen', 'strengthen'] },
  to_weaken: { fr: ['à affaiblir', 'affaiblir'], en: ['to weaken', 'to_weaken', 'weaken'] },
};

export const directionWords: Vocabulary<'none' | 'forward' | 'both'> = {
  none: { fr: ['sans sens', 'non orientée', 'aucun', '-', '—'], en: ['undirected', 'none', 'no direction'] },
  forward: { fr: ['orientée', 'vers', '→', '->', 'dirigée'], en: ['directed', 'forward', 'to'] },
  both: { fr: ['réciproque', 'dans les deux sens', 'mutuelle', '↔', '<->'], en: ['mutual', 'both', 'both ways', 'bidirectional'] },
};

export const strengthWords: Vocabulary<'1' | '2' | '3'> = {
  '1': { fr: ['faible'], en: ['weak', 'low'] },
  '2': { fr: ['moyenne', 'moyen'], en: ['medium', 'average'] },
  '3': { fr: ['forte', 'fort'], en: ['strong', 'high'] },
};

export const stanceWords: Vocabulary<'-2' | '-1' | '0' | '1' | '2'> = {
  '-2': { fr: ['opposé', 'opposée', 'opposant', 'contre'], en: ['opposed', 'against'] },
  '-1': { fr: ['plutôt opposé', 'plutôt opposée', 'réservé', 'réservée'], en: ['rather opposed', 'reluctant'] },
  '0': { fr: ['neutre', 'indifférent'], en: ['neutral'] },
  '1': { fr: ['plutôt favorable'], en: ['rather supportive', 'rather favourable'] },
  '2': { fr: ['favorable', 'soutien', 'pour'], en: ['supportive', 'favourable', 'favorable', 'for'] },
};

export const actionStatusWords: Vocabulary<'planned' | 'in_progress' | 'done' | 'abandoned'> = {
  planned: { fr: ['prévue', 'prévu', 'à venir'], en: ['planned'] },
  in_progress: { fr: ['en cours'], en: ['in progress', 'in_progress', 'ongoing'] },
  done: { fr: ['réalisée', 'réalisé', 'terminée', 'faite'], en: ['done', 'completed'] },
  abandoned: { fr: ['abandonnée', 'abandonné'], en: ['abandoned'] },
};

/** The four default collèges (keys of DEFAULT_COLLEGES): their screen labels and usual short forms. */
export const collegeWords: Vocabulary<keyof typeof DEFAULT_COLLEGES> = {
  public_authorities: {
    fr: ['Pouvoirs publics et élus', 'pouvoirs publics', 'acteurs publics', 'collectivités', 'élus', 'public'],
    en: ['Public authorities and elected bodies', 'public authorities', 'public_authorities', 'public sector'],
  },
  economic_actors: {
    fr: ['Entreprises et acteurs économiques', 'entreprises', 'acteurs économiques', 'économique'],
    en: ['Companies and economic actors', 'companies', 'economic actors', 'economic_actors', 'business'],
  },
  civil_society: {
    fr: ['Associations, société civile et habitants', 'associations', 'société civile', 'habitants'],
    en: ['Associations, civil society and inhabitants', 'civil society', 'civil_society', 'associations', 'inhabitants'],
  },
  experts_research: {
    fr: ['Experts, recherche et formation', 'experts', 'recherche', 'formation', 'recherche et formation'],
    en: ['Experts, research and education', 'experts', 'research', 'experts_research', 'education'],
  },
};

export const relationKindWords: Vocabulary<keyof typeof DEFAULT_RELATION_KINDS> = {
  cooperation: { fr: ['coopération', 'collaboration'], en: ['cooperation', 'collaboration'] },
  funding: { fr: ['financement', 'finance'], en: ['funding', 'financing'] },
  information: { fr: ['information', 'échange d’information'], en: ['information', 'information exchange'] },
  authority: { fr: ['tutelle/réglementation', 'tutelle', 'réglementation'], en: ['authority/regulation', 'authority', 'regulation'] },
  partnership: { fr: ['partenariat'], en: ['partnership'] },
  supply: { fr: ['fourniture', 'approvisionnement'], en: ['supply'] },
  conflict: { fr: ['conflit', 'opposition'], en: ['conflict'] },
};

interface WordIndex {
  /** Words by their name key; the first value naming a key wins, as in the vocabulary's order. */
  byKey: Map<string, string>;
  /** Symbols (→, ↔, -) have no letters: compared as written. */
  bySymbol: Map<string, string>;
}
const indexes = new WeakMap<object, WordIndex>();

/** A vocabulary's words keyed once (lookups run on every cell of every imported row). */
function indexOf<K extends string>(vocabulary: Vocabulary<K>): WordIndex {
  let index = indexes.get(vocabulary);
  if (index) return index;
  index = { byKey: new Map(), bySymbol: new Map() };
  for (const [value, words] of Object.entries(vocabulary) as [K, Words][]) {
    // Numeric values ('-2', '3') are read as numbers by the caller, never as words ('-2' ≠ '2').
    const own = /\p{L}/u.test(value) ? [value] : [];
    for (const w of [...own, ...words.fr, ...words.en]) {
      const k = nameKey(w);
      const [map, at] = k ? [index.byKey, k] : [index.bySymbol, w];
      if (!map.has(at)) map.set(at, value);
    }
  }
  indexes.set(vocabulary, index);
  return index;
}

/** Finds which value of a vocabulary a word names (either language), or null. */
export function lookupWord<K extends string>(vocabulary: Vocabulary<K>, text: string): K | null {
  const key = nameKey(text);
  if (!key && !/\S/.test(text)) return null;
  const index = indexOf(vocabulary);
  return ((key ? index.byKey.get(key) : index.bySymbol.get(text.trim())) as K | undefined) ?? null;
}

/** The word an export writes for a value. */
export const wordFor = <K extends string>(vocabulary: Vocabulary<K>, value: K, locale: Locale): string =>
  vocabulary[value][locale][0] ?? value;

/** Every accepted word of a vocabulary, for an error message ("expected: …"). */
export const expectedWords = <K extends string>(vocabulary: Vocabulary<K>, locale: Locale): string =>
  (Object.entries(vocabulary) as [string, Words][])
    // Numeric keys ('-2' … '2') come in a JavaScript object's own order: put them back in order.
    .sort(([a], [b]) => (Number.isNaN(Number(a)) || Number.isNaN(Number(b)) ? 0 : Number(a) - Number(b)))
    .map(([, w]) => w[locale][0])
    .join(', ');
