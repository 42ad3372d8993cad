import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run as cli } from './run.js';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('palermo-gap schema', () => {
  it('prints the framework schema by default, as published in schemas/', () => {
    const published = readFileSync(join(root, 'schemas', 'framework.schema.json'), 'utf8');
    const plain = cli(['schema']);
    expect(plain).toEqual({ code: 0, stdout: published, stderr: '' });
    expect(cli(['schema', 'framework']).stdout).toBe(published);
  });

  it.each([
    ['checklist', 'palermo-gap checklist'],
    ['report', 'palermo-gap report'],
  ])('prints the %s schema', (kind, title) => {
    const result = cli(['schema', kind]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const schema = JSON.parse(result.stdout) as { $schema?: string; title?: string };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.title).toBe(title);
  });

  it('exits 2 for an unknown schema, listing the choices', () => {
    const result = cli(['schema', 'country']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('framework, checklist, report');
  });
});
