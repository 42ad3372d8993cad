import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as cli } from './run.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

const ESC = '\u001b[';
const WRONG_ENUM = 'test/fixtures/framework-wrong-enum-three-levels-deep/framework.yaml';
const VALID = 'test/fixtures/framework-valid-minimal/framework.yaml';
let temp: string;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'palermo-gap-validate-'));
});

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('palermo-gap validate', () => {
  it('accepts a valid file: summary on stdout, nothing on stderr, exit 0', () => {
    const result = cli(['validate', 'samples/meridia.yaml']);
    expect(result).toEqual({ code: 0, stdout: '✔ samples/meridia.yaml: valid\n', stderr: '' });
  });

  it('prints each problem as file:line:col  message  (path) on stderr and exits 2', () => {
    const result = cli(['validate', WRONG_ENUM]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${WRONG_ENUM}:8:12  'some' is not an allowed value; allowed: all_offences, listed_offences, immigration_offences_only, none, or unknown  (victims.non_punishment.scope)\n`,
    );
    expect(result.stdout).toBe(`✖ ${WRONG_ENUM}: 1 problem\n`);
  });

  it('checks every file and fails if any is invalid', () => {
    const result = cli(['validate', VALID, 'test/fixtures/framework-yes-for-boolean/framework.yaml', 'samples/meridia.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout.split('\n')).toEqual([
      `✔ ${VALID}: valid`,
      '✖ test/fixtures/framework-yes-for-boolean/framework.yaml: 4 problems',
      '✔ samples/meridia.yaml: valid',
      '',
    ]);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(4);
  });

  it('reports a missing file in one line, without a stack trace', () => {
    const result = cli(['validate', 'no-such-file.yaml']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'no-such-file.yaml: no such file\n' });
  });

  it('reports a directory in one line', () => {
    const result = cli(['validate', 'test/fixtures']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'test/fixtures: is a directory, not a file\n' });
  });

  it('refuses text that is not UTF-8', () => {
    const latin1 = join(temp, 'latin1.yaml');
    writeFileSync(latin1, Buffer.from('schema_version: 1\njurisdiction:\n  name: Cura\xe7ao\n', 'latin1'));
    const utf16 = join(temp, 'utf16.yaml');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('schema_version: 1\n', 'utf16le')]));
    const binary = join(temp, 'binary.yaml');
    writeFileSync(binary, Buffer.from([0x73, 0x00, 0x01, 0x02]));
    expect(cli(['validate', latin1])).toMatchObject({ code: 2, stderr: `${latin1}: is not UTF-8 text (a binary file, or saved in another encoding?)\n` });
    // UTF-16 with a byte order mark (Windows PowerShell's `>`) is read, and validated as usual.
    expect(cli(['validate', utf16])).toMatchObject({ code: 2, stderr: expect.stringMatching(/:1:1 {2}missing the jurisdiction section/) });
    expect(cli(['validate', binary]).stderr).toBe(`${binary}: is a binary file (it contains NUL bytes), not YAML text\n`);
  });

  it('refuses a file larger than the limit without reading it', () => {
    const large = join(temp, 'large.yaml');
    writeFileSync(large, `notes: ${'x'.repeat(3 * 1024 * 1024)}\n`);
    const result = cli(['validate', large]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^.*large\.yaml: is 3 MiB; a framework file can be at most 2 MiB \(raise the cap with --max-file-size\)\n$/);
  });

  it('reads a file that starts with a UTF-8 byte order mark', () => {
    const bom = join(temp, 'bom.yaml');
    writeFileSync(bom, `\uFEFF${readFileSync(join(root, VALID), 'utf8')}`);
    expect(cli(['validate', bom])).toMatchObject({ code: 0, stderr: '' });
  });

  it('reads standard input for -', () => {
    const result = cli(['validate', '-'], { input: readFileSync(join(root, WRONG_ENUM), 'utf8') });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^<stdin>:8:12 {2}'some'/);
    expect(result.stdout).toBe('✖ <stdin>: 1 problem\n');
  });

  it('with --verbose, tells how many facts the file states', () => {
    const result = cli(['validate', '--verbose', 'test/fixtures/framework-unknown-forms/framework.yaml']);
    expect(result).toEqual({
      code: 0,
      stdout: '✔ test/fixtures/framework-unknown-forms/framework.yaml: valid (7 facts stated, 4 of them unknown)\n',
      stderr: '',
    });
  });

  it('prints warnings without failing', () => {
    const file = join(temp, 'warning.yaml');
    writeFileSync(file, `${readFileSync(join(root, VALID), 'utf8')}smuggling:\n  penalty:\n    max_years: 5\n    min_years: 8\n`);
    const result = cli(['validate', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`${file}:9:5  warning: the minimum penalty (8 years) is above the maximum (5 years)  (smuggling.penalty.min_years)\n`);
    expect(result.stdout).toBe(`✔ ${file}: valid (1 warning)\n`);
  });

  it('requires at least one file', () => {
    const result = cli(['validate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("missing required argument 'file'");
  });
});

describe('colour', () => {
  it('is used when forced', () => {
    const result = cli(['validate', WRONG_ENUM], { env: { FORCE_COLOR: '1' } });
    expect(result.stderr).toContain(ESC);
    expect(result.stdout).toContain(ESC);
  });

  it('is off with NO_COLOR set, which chalk alone ignores', () => {
    const result = cli(['validate', WRONG_ENUM], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(result.stderr + result.stdout).not.toContain(ESC);
  });

  it('is off with --no-color, before or after the command', () => {
    for (const args of [['--no-color', 'validate', WRONG_ENUM], ['validate', WRONG_ENUM, '--no-color']]) {
      const result = cli(args, { env: { FORCE_COLOR: '1' } });
      expect(result.code).toBe(2);
      expect(result.stderr + result.stdout).not.toContain(ESC);
    }
  });

  it('stays on when NO_COLOR is set but empty', () => {
    const result = cli(['validate', WRONG_ENUM], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(result.stderr).toContain(ESC);
  });

  it('is off when the output is not a terminal', () => {
    const result = cli(['validate', WRONG_ENUM], { env: { FORCE_COLOR: undefined } });
    expect(result.stderr + result.stdout).not.toContain(ESC);
  });
});

describe('the program', () => {
  it('prints its version', () => {
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(cli(['-V']).stdout).toBe(`${version}\n`);
  });

  it('prints help with the commands and examples', () => {
    const result = cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: palermo-gap \[options\] \[command\]/);
    for (const part of ['validate [options] <file...>', 'init', 'schema [kind]', '--no-color', '--verbose', 'Examples:', 'Exit codes:']) {
      expect(result.stdout).toContain(part);
    }
  });

  it('prints help for a command', () => {
    const result = cli(['help', 'validate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: palermo-gap validate [options] <file...>');
    expect(result.stdout).toContain('$ palermo-gap validate samples/meridia.yaml');
  });

  it('exits 2 on an unknown command or option', () => {
    const command = cli(['valdate', 'x.yaml']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("unknown command 'valdate'");
    expect(command.stderr).toContain('validate');
    const option = cli(['validate', '--strict', VALID]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option '--strict'");
  });

  it('exits 2 and shows help when no command is given', () => {
    const result = cli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: palermo-gap');
  });
});
