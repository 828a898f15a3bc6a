// Bundles the Electron main process (ESM), its import worker (ESM) and the sandboxed preload (CommonJS, as sandboxing requires).
import { build } from 'esbuild';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning', external: ['electron', 'better-sqlite3'] };

await build({
  ...common,
  entryPoints: [join(root, 'electron', 'main', 'main.ts')],
  outfile: join(root, 'dist', 'electron', 'main.js'),
  format: 'esm',
  // Bundled CommonJS dependencies (env-paths, ws...) may call require(): give ESM one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
// The import worker (electron/core/files/read-in-worker.ts): its own file beside main.js, which it loads by URL.
await build({
  ...common,
  entryPoints: [join(root, 'electron', 'core', 'files', 'import-worker.ts')],
  outfile: join(root, 'dist', 'electron', 'import-worker.js'),
  format: 'esm',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
await build({
  ...common,
  entryPoints: [join(root, 'electron', 'preload', 'preload.ts')],
  outfile: join(root, 'dist', 'electron', 'preload.cjs'),
  format: 'cjs',
});
