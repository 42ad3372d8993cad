import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'palermo-gap.js');

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run npm run build first');
});

describe('palermo-gap schema', () => {
  it('prints the framework schema by default, as published in schemas/', () => {
    const published = readFileSync(join(root, 'schemas', 'framework.schema.json'), 'utf8');
    const plain = cli(['schema']);
    expect(plain).toEqual({ status: 0, stdout: published, stderr: '' });
    expect(cli(['schema', 'framework']).stdout).toBe(published);
  });

  it.each([
    ['checklist', 'palermo-gap checklist'],
    ['report', 'palermo-gap report'],
  ])('prints the %s schema', (kind, title) => {
    const result = cli(['schema', kind]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const schema = JSON.parse(result.stdout) as { $schema?: string; title?: string };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.title).toBe(title);
  });

  it('exits 2 for an unknown schema, listing the choices', () => {
    const result = cli(['schema', 'country']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('framework, checklist, report');
  });
});
