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
  'import-empty',
  'import-too-large',
  'import-too-many-rows',
  'import-too-many-columns',
  'import-record-too-long',
  'import-binary',
  'import-malformed',
  'import-unsafe-xml',
  'import-missing-column',
  'import-duplicate-column',
  'import-invalid',
  'import-unsupported',
  'import-needs-operation',
  'import-cancelled',
  'export-failed',
  'file-exists',
  'upload-too-large',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type Locale = 'fr' | 'en';

export type Params = Record<string, string | number>;
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
  // Imports: each message says that nothing was imported, so the user knows the workspace is as it was.
  'import-empty': {
    fr: (p) => `${p.file} ne contient aucune donnée à importer. Rien n’a été importé.`,
    en: (p) => `${p.file} holds no data to import. Nothing was imported.`,
  },
  'import-too-large': {
    fr: (p) => `${p.file} est trop volumineux (${p.limitMb} Mo au plus pour ce format). Rien n’a été importé.`,
    en: (p) => `${p.file} is too large (${p.limitMb} MB at most for this format). Nothing was imported.`,
  },
  'import-too-many-rows': {
    fr: (p) => `${p.file} dépasse ${p.limit} lignes de données (ligne ${p.line}). Découpez-le ; rien n’a été importé.`,
    en: (p) => `${p.file} has more than ${p.limit} data rows (line ${p.line}). Split it; nothing was imported.`,
  },
  'import-too-many-columns': {
    fr: (p) => `${p.file} a trop de colonnes (${p.limit} au plus, ligne ${p.line}). Rien n’a été importé.`,
    en: (p) => `${p.file} has too many columns (${p.limit} at most, line ${p.line}). Nothing was imported.`,
  },
  'import-record-too-long': {
    fr: (p) =>
      `${p.file} : l’enregistrement commençant ligne ${p.line} dépasse ${p.limit} caractères (un guillemet jamais refermé ?). Rien n’a été importé.`,
    en: (p) =>
      `${p.file}: the record starting on line ${p.line} is longer than ${p.limit} characters (a quote never closed?). Nothing was imported.`,
  },
  'import-binary': {
    fr: (p) => `${p.file} n’est pas un fichier texte lisible (${p.format}) : contenu binaire ou autre format. Rien n’a été importé.`,
    en: (p) => `${p.file} is not a readable text file (${p.format}): binary content or another format. Nothing was imported.`,
  },
  'import-malformed': {
    fr: (p) => `${p.file} n’est pas un fichier ${p.format} valide${p.line ? ` (ligne ${p.line})` : ''} : ${p.detail}. Rien n’a été importé.`,
    en: (p) => `${p.file} is not a valid ${p.format} file${p.line ? ` (line ${p.line})` : ''}: ${p.detail}. Nothing was imported.`,
  },
  'import-unsafe-xml': {
    fr: (p) =>
      `${p.file} contient une déclaration DOCTYPE ou ENTITY, refusée par sécurité (entités externes, « bombes XML »). Rien n’a été importé.`,
    en: (p) =>
      `${p.file} contains a DOCTYPE or ENTITY declaration, refused for safety (external entities, “XML bombs”). Nothing was imported.`,
  },
  'import-missing-column': {
    fr: (p) => `${p.file} : colonne obligatoire introuvable : ${p.columnsFr ?? p.columns} (colonnes lues : ${p.found}). Rien n’a été importé.`,
    en: (p) => `${p.file}: required column not found: ${p.columns} (columns read: ${p.found}). Nothing was imported.`,
  },
  'import-duplicate-column': {
    fr: (p) => `${p.file} : plusieurs colonnes pour « ${p.columnFr ?? p.column} » (${p.columns}) ; gardez-en une. Rien n’a été importé.`,
    en: (p) => `${p.file}: several columns for “${p.column}” (${p.columns}); keep one. Nothing was imported.`,
  },
  'import-invalid': {
    fr: (p) => `${p.file} : ${p.count} erreur(s) ; première : ${p.detailFr ?? p.detail}. Rien n’a été importé.`,
    en: (p) => `${p.file}: ${p.count} error(s); first: ${p.detail}. Nothing was imported.`,
  },
  'import-unsupported': {
    fr: (p) => `${p.file} : ${p.detailFr ?? p.detail}. Rien n’a été importé.`,
    en: (p) => `${p.file}: ${p.detail}. Nothing was imported.`,
  },
  'import-needs-operation': {
    fr: (p) => `L’espace de travail compte ${p.count} opérations : indiquez celle qui reçoit l’import (--operation ID). Rien n’a été importé.`,
    en: (p) => `The workspace has ${p.count} operations: say which one receives the import (--operation ID). Nothing was imported.`,
  },
  'import-cancelled': {
    fr: (p) => `Import de ${p.file} annulé. Rien n’a été importé.`,
    en: (p) => `Import of ${p.file} cancelled. Nothing was imported.`,
  },
  'export-failed': {
    fr: (p) => `Impossible d’écrire ${p.file} : ${p.detail}. Aucun fichier partiel n’a été laissé.`,
    en: (p) => `Cannot write ${p.file}: ${p.detail}. No partial file was left behind.`,
  },
  'file-exists': {
    fr: (p) => `${p.file} existe déjà ; il n’a pas été modifié.`,
    en: (p) => `${p.file} already exists; it was not changed.`,
  },
  'upload-too-large': {
    fr: (p) => `${p.file} dépasse ${p.limitMb} Mo : il n’a pas été envoyé ; le fichier ouvert reste ouvert.`,
    en: (p) => `${p.file} is larger than ${p.limitMb} MB: it was not uploaded; the open file stays open.`,
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
