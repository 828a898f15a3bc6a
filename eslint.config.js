// ESLint flat config. Besides the usual recommended rules it enforces the seams of
// ARCHITECTURE.md ("Layout", "Conventions" 3): who may import what.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

/** `electron` throws when imported under plain Node: only electron/main and electron/preload may use it. */
const noElectron = {
  paths: [
    {
      name: 'electron',
      message:
        "Only electron/main and electron/preload may import 'electron' (it throws under plain Node). shared/, electron/core, electron/web and electron/cli must stay plain Node/pure code; pass what you need in from electron/main.",
    },
  ],
  patterns: [
    {
      group: ['electron/*'],
      message: "Only electron/main and electron/preload may import 'electron/*' (it throws under plain Node).",
    },
  ],
};

/** shared/ is used by the renderer and the backend alike: no Node APIs (nor DOM ones, see globals below). */
const NODE_BUILTINS = [
  'fs', 'fs/promises', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util',
  'stream', 'events', 'worker_threads', 'buffer', 'process',
];
const sharedMessage =
  'shared/ is pure code used by both the renderer and the backend: no Node built-ins. Put I/O in electron/core and pass data in.';
const noNodeForShared = {
  paths: [...noElectron.paths, ...NODE_BUILTINS.map((name) => ({ name, message: sharedMessage }))],
  patterns: [...noElectron.patterns, { group: ['node:*'], message: sharedMessage }],
};

const sharedGlobalMessage =
  'shared/ is pure code used by both the renderer and the backend: no DOM or Node globals. Take what you need as a parameter.';
const SHARED_FORBIDDEN_GLOBALS = [
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'WebSocket',
  'process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate',
].map((name) => ({ name, message: sharedGlobalMessage }));

/** The renderer reaches the backend through the typed API client only (renderer/api), never by import. */
const rendererMessage =
  'The renderer talks to the backend only through the typed API client (renderer/api + shared/api.ts); import from shared/ or renderer/ only.';
const noBackendForRenderer = {
  paths: [{ name: 'electron', message: rendererMessage }],
  patterns: [{ group: ['**/electron/**', 'electron/*'], message: rendererMessage }],
};

export default defineConfig([
  globalIgnores([
    'dist/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    '.electron-native/',
    'bench/',
    'docs/',
  ]),

  js.configs.recommended,
  { files: TS, extends: [tseslint.configs.recommended] },

  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    files: TS,
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },

  // Globals per side.
  {
    files: ['electron/**', 'scripts/**', 'test/**', 'bin/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },

  {
    // Playwright reads a fixture's dependencies from its first parameter's destructuring: a fixture
    // that needs none must be written `async ({}, use) => ...`.
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },

  // React hooks (components in .tsx, custom hooks may live in .ts).
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    extends: [reactHooks.configs.flat.recommended],
  },

  // Seams. Each block sets the whole `no-restricted-imports` for its files (a later block replaces,
  // not merges, an earlier one), so shared/ restates the electron ban alongside the Node one.
  {
    files: ['electron/core/**', 'electron/web/**', 'electron/cli/**'],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  {
    files: ['shared/**'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', noNodeForShared],
      'no-restricted-globals': ['error', ...SHARED_FORBIDDEN_GLOBALS],
    },
  },
  {
    // Unit tests of shared code run in Node (temp files, fixtures): only the electron ban applies.
    files: ['shared/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  {
    files: ['renderer/**'],
    rules: { 'no-restricted-imports': ['error', noBackendForRenderer] },
  },
]);
