#!/usr/bin/env node
// The `tesr` command: runs the TypeScript CLI on the same core as the app, through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
