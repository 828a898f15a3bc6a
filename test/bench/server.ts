import { startServer, type RunningServer } from '../harness/web-server';
import { onCleanup } from './cleanup';

/** Stops browser mode, killing it if it has not exited within 5 s. */
export async function stopServer(server: RunningServer): Promise<void> {
  const killed = new Promise<void>((resolve) =>
    setTimeout(() => {
      if (server.process.exitCode === null && server.process.signalCode === null) server.process.kill('SIGKILL');
      resolve();
    }, 5000).unref(),
  );
  await Promise.race([server.stop(), killed]);
}

/** Browser mode on `workspace`, stopped by the returned function or by the bench's cleanup. */
export async function serveWorkspace(workspace: string): Promise<{ server: RunningServer; stop: () => Promise<void> }> {
  const server = await startServer(workspace);
  return { server, stop: onCleanup(() => stopServer(server)) };
}
