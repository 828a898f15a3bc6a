/**
 * Stable error codes and their human messages in both languages. The code is what programs test;
 * the messages are what people read (the renderer, the CLI and the menus all use this catalogue).
 */
export const errorCodes = [
  'invalid-input',
  'unknown-method',
  'not-found',
  'conflict',
  'nothing-to-undo',
  'nothing-to-redo',
  'workspace-missing',
  'workspace-newer',
  'workspace-foreign',
  'workspace-corrupt',
  'workspace-unreadable',
  'unauthorized',
  'transport',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type Locale = 'fr' | 'en';

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

const catalogue: Record<ErrorCode, Record<Locale, Template>> = {
  'invalid-input': {
    fr: (p) => `Saisie invalide${p.path ? ` (${p.path})` : ''} : ${p.detail ?? 'valeur refusée'}.`,
    en: (p) => `Invalid input${p.path ? ` (${p.path})` : ''}: ${p.detail ?? 'value refused'}.`,
  },
  'unknown-method': {
    fr: (p) => `Opération inconnue : ${p.method}.`,
    en: (p) => `Unknown method: ${p.method}.`,
  },
  'not-found': {
    fr: () => `Élément introuvable : il a peut-être été supprimé entre-temps.`,
    en: () => `Item not found: it may have been deleted in the meantime.`,
  },
  conflict: {
    fr: () => `Cet élément existe déjà (par exemple, cet acteur participe déjà à l’opération).`,
    en: () => `This already exists (for example, this actor already takes part in the operation).`,
  },
  'nothing-to-undo': { fr: () => `Rien à annuler.`, en: () => `Nothing to undo.` },
  'nothing-to-redo': { fr: () => `Rien à rétablir.`, en: () => `Nothing to redo.` },
  'workspace-missing': {
    fr: (p) => `Le fichier ${p.file} n'existe pas.`,
    en: (p) => `The file ${p.file} does not exist.`,
  },
  'workspace-newer': {
    fr: (p) =>
      `Ce fichier a été créé par une version plus récente de TESR Studio (format ${p.found}, cette version lit jusqu'au format ${p.supported}). Mettez l'application à jour ; le fichier n'a pas été modifié.`,
    en: (p) =>
      `This file was made by a newer version of TESR Studio (format ${p.found}; this version reads up to format ${p.supported}). Update the application; the file was not changed.`,
  },
  'workspace-foreign': {
    fr: (p) => `${p.file} n'est pas un espace de travail TESR Studio. Le fichier n'a pas été modifié.`,
    en: (p) => `${p.file} is not a TESR Studio workspace. The file was not changed.`,
  },
  'workspace-corrupt': {
    fr: (p) =>
      `Le fichier ${p.file} est endommagé (${p.detail}). Il n'a pas été modifié ; restaurez une sauvegarde.`,
    en: (p) => `The file ${p.file} is damaged (${p.detail}). It was not changed; restore a backup.`,
  },
  'workspace-unreadable': {
    fr: (p) => `Impossible de lire ${p.file} : ${p.detail}.`,
    en: (p) => `Cannot read ${p.file}: ${p.detail}.`,
  },
  unauthorized: {
    fr: () => `Accès refusé : jeton absent ou invalide.`,
    en: () => `Access refused: missing or invalid token.`,
  },
  transport: {
    fr: () => `La connexion avec le moteur de l'application est interrompue. Nouvelle tentative…`,
    en: () => `The connection to the application engine was lost. Retrying…`,
  },
  internal: {
    fr: () => `Erreur interne inattendue. Vos données enregistrées ne sont pas touchées.`,
    en: () => `Unexpected internal error. Your saved data is untouched.`,
  },
};

export function errorMessage(code: ErrorCode, locale: Locale, params: Params = {}): string {
  return catalogue[code][locale](params);
}

/** An error that crosses the API as a code plus parameters, so each side can word it in its language. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
  ) {
    super(errorMessage(code, 'en', params));
    this.name = 'AppError';
  }
}
