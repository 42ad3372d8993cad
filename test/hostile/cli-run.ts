/**
 * Runs the built binary asynchronously, so that independent CLI cases can run side by side
 * (`it.concurrent`) instead of one after the other; same environment as test/cli/run.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'palermo-gap.js');

export interface AsyncRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  /** Extra node flags, before the binary (e.g. --import to inject a fault). */
  nodeArgs?: string[];
  /** Kill the run after this many milliseconds (a hang is a failure, not a stuck suite). */
  timeout?: number;
  /** Close the read end of standard output after the first chunk, as `| head -c` would. */
  closeStdoutAfterFirstChunk?: boolean;
}

export function runAsync(args: readonly string[], options: RunOptions = {}): Promise<AsyncRun> {
  if (!existsSync(join(ROOT, 'dist', 'bundle', 'palermo-gap.cjs'))) throw new Error('dist/ is missing: run `npm run build` before the CLI tests');
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: '0', ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: env as NodeJS.ProcessEnv,
      timeout: options.timeout ?? 20_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk);
      if (options.closeStdoutAfterFirstChunk) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
