import { openBackend } from '../../electron/core/backend';

/**
 * Writes operations in a loop and prints each title once its edit has committed ("acknowledged").
 * The crash test kills this process with SIGKILL at a random moment.
 */
const [file, prefix, prefs] = process.argv.slice(2) as [string, string, string];
const backend = openBackend(file, { create: true, preferencesPath: prefs });
for (let i = 0; ; i++) {
  const title = `${prefix}-${i}`;
  const reply = await backend.dispatch('operations.create', { title, territory: 'x'.repeat(i % 200) });
  if (!reply.ok) throw new Error(reply.error.message);
  if (i % 3 === 0) await backend.dispatch('operations.update', { id: (reply.value as { id: string }).id, patch: { lead: `lead ${i}` } });
  process.stdout.write(`${title}\n`);
}
