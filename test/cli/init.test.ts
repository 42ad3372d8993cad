import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { run as cli } from './run.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const schemaFile = join(root, 'schemas', 'framework.schema.json');

/** The file the template's yaml-language-server modeline points at, resolved from `dir`. */
function modelineTarget(text: string, dir: string): string {
  const match = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
  if (!match?.[1]) throw new Error('no modeline');
  return resolve(dir, match[1]);
}

let temp: string;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'palermo-gap-init-'));
});

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('palermo-gap init', () => {
  it('prints a commented template whose modeline points at the shipped schema', () => {
    const result = cli(['init']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(modelineTarget(result.stdout, root)).toBe(schemaFile);
    expect(result.stdout).toContain('\nschema_version: 1\n');
    expect(result.stdout).toContain('  name: Republic of Example\n');
    expect(result.stdout).toMatch(/\n {2}as_of: \d{4}-\d{2}-\d{2}\n/);
    expect(result.stdout).toContain('    scope: unknown\n');
  });

  it('round trip: the template written to a file validates', () => {
    const file = join(temp, 'round-trip', 'meridia.yaml');
    rmSync(dirname(file), { recursive: true, force: true });
    mkdirSync(dirname(file), { recursive: true });
    const written = cli(['init', '--name', 'Republic of Meridia', '--output', file]);
    expect(written).toMatchObject({ code: 0, stdout: '' });
    expect(written.stderr).toContain(`wrote ${file}`);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('  name: Republic of Meridia\n');
    expect(modelineTarget(text, dirname(file))).toBe(schemaFile);
    expect(cli(['validate', file])).toEqual({ code: 0, stdout: `✔ ${file}: valid\n`, stderr: '' });
  });

  it('round trip through a pipe: init | validate -', () => {
    const template = cli(['init', '--name', 'yes: no']);
    expect(template.code).toBe(0);
    expect(cli(['validate', '-'], { input: template.stdout })).toEqual({ code: 0, stdout: '✔ <stdin>: valid\n', stderr: '' });
  });

  it('never overwrites a file, and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(temp, 'existing-'));
    const file = join(dir, 'assessment.yaml');
    writeFileSync(file, 'precious work\n');
    const result = cli(['init', '--output', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${file}: already exists; init never overwrites a file (choose another name, or remove it first)\n`);
    expect(readFileSync(file, 'utf8')).toBe('precious work\n');
    expect(readdirSync(dir)).toEqual(['assessment.yaml']);
  });

  it('reports a directory that does not exist', () => {
    const file = join(temp, 'no-such-dir', 'x.yaml');
    const result = cli(['init', '--output', file]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${file}: cannot write: the directory does not exist\n` });
  });

  it('rejects an empty or multi-line name', () => {
    expect(cli(['init', '--name', ''])).toMatchObject({ code: 2, stdout: '', stderr: '--name: the name must not be empty\n' });
    expect(cli(['init', '--name', 'a\nb'])).toMatchObject({ code: 2, stderr: '--name: the name must be one line of text\n' });
  });
});
