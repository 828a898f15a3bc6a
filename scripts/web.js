// `npm run web -- [--workspace FILE] [--port N]`: builds the renderer if needed, then serves the app
// on 127.0.0.1 (electron/web/main.ts), printing its address with the run's token.
import { register } from 'tsx/esm/api';
import { ensureRendererBuilt } from './renderer-build.js';

ensureRendererBuilt();
register();
await import('../electron/web/main.ts');
