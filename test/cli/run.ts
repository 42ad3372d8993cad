/** Runs the built binary (after `npm run build`) and returns exit code, stdout and stderr. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'palermo-gap.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: readonly string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): Run {
  if (!existsSync(join(ROOT, 'dist', 'bundle', 'palermo-gap.cjs'))) throw new Error('dist/ is missing: run `npm run build` before the CLI tests');
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: '0', ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input ?? '', encoding: 'utf8', env: env as NodeJS.ProcessEnv });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const fixture = (...parts: string[]): string => join('test', 'fixtures', ...parts);
