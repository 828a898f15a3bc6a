import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  origin: string;
  token: string;
  port: number;
  workspace: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

const root = join(import.meta.dirname, '..', '..');

export const tempWorkspace = () => join(mkdtempSync(join(tmpdir(), 'tesr-')), 'test.tesr');

/**
 * Starts browser mode exactly as a user does (`node scripts/web.js --workspace FILE`), on a
 * free port, and resolves once it prints its address. The data folder is a temp one too.
 */
export function startServer(workspace: string = tempWorkspace(), port = 0, options: { example?: boolean } = {}): Promise<RunningServer> {
  const args = [join(root, 'scripts', 'web.js'), '--workspace', workspace, '--port', String(port), ...(options.example ? ['--example'] : [])];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, TESR_DATA_DIR: join(workspace, '..', 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${out}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: m[1]!,
        origin: `http://127.0.0.1:${m[2]}`,
        port: Number(m[2]),
        token: m[3]!,
        workspace,
        process: child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}
