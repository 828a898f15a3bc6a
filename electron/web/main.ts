import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { AppError, errorMessage } from '../../shared/errors';
import { openBackend } from '../core/backend';
import { defaultWorkspacePath } from '../core/paths';
import { startWebServer } from './server';

/**
 * `npm run web -- [--workspace FILE] [--port N] [--example]`: the app in a browser, on this machine
 * only. The default workspace, and any new file given with --example, starts with the example.
 */
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { workspace: { type: 'string' }, port: { type: 'string' }, 'static-dir': { type: 'string' }, example: { type: 'boolean' } },
});
const file = resolve(values.workspace ?? defaultWorkspacePath());
const port = values.port ? Number(values.port) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Port invalide / invalid port: ${values.port}`);
  process.exit(2);
}

let backend;
try {
  backend = openBackend(file, { create: true, example: !values.workspace || !!values.example });
} catch (e) {
  if (!(e instanceof AppError)) throw e;
  console.error(`${errorMessage(e.code, 'fr', e.params)}\n${errorMessage(e.code, 'en', e.params)}`);
  process.exit(1);
}
const server = await startWebServer({
  backend,
  port,
  staticDir: resolve(values['static-dir'] ?? 'dist/renderer'),
});
console.log(`TESR Studio (${file}): ${server.url}`);

const stop = async () => {
  await server.close();
  backend.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
