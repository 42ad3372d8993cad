/**
 * Process-level promises of the built CLI under hostile conditions: a closed pipe, a full disk,
 * unexpected internal errors, huge and endless inputs, hostile file names, a flood of problems,
 * and --output left untouched whenever anything fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/framework/limits.js';
import { BIN, runAsync } from './cli-run.js';
import { HEAD, KNOWN_NAME, packYaml, requirementYaml } from './support.js';

// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'palermo-gap-hostile-'));
  writeFileSync(at('valid.yaml'), HEAD);
  writeFileSync(at('invalid.yaml'), `${HEAD}trafficking:\n  acts: sometimes\n`);
  writeFileSync(at('pack.yaml'), packYaml(requirementYaml('H-1', KNOWN_NAME)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Files in the temporary folder other than the inputs the test wrote. */
const leftovers = (inputs: string[]) => readdirSync(dir).filter((name) => !inputs.includes(name));

describe('standard output closed or failing', () => {
  it.runIf(existsSync('/bin/bash'))('a reader that stops early (| head -1) ends the run quietly', () => {
    const files = Array(6).fill(at('valid.yaml')).map((f: string) => JSON.stringify(f)).join(' ');
    const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} assess ${files} --format json --verbose | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
    const result = spawnSync('/bin/bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    expect(result.stdout).toBe('{\n');
    expect(result.stderr).toBe('status=0\n');
  });

  it('a closed pipe on a large report: no EPIPE, no stack trace', async () => {
    const files = Array(8).fill(at('valid.yaml'));
    const result = await runAsync(['assess', ...files, '--format', 'junit'], { closeStdoutAfterFirstChunk: true });
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
    expect([0, 1]).toContain(result.code);
  });

  it.runIf(existsSync('/dev/full'))('a full disk behind > is one line and exit 2', () => {
    const result = spawnSync('/bin/sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} assess ${JSON.stringify(at('valid.yaml'))} > /dev/full`], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('palermo-gap: cannot write the report to standard output: no space left on the device\n');
  });
});

describe('unexpected internal errors', () => {
  const injectThrow = 'data:text/javascript,JSON.stringify=()=>{throw new Error("injected fault")}';
  // Late enough to fire once the CLI is running (the pending timer keeps the process alive).
  const injectLate = 'data:text/javascript,setTimeout(()=>{throw new Error("late fault")},300)';
  const injectRejection = 'data:text/javascript,setTimeout(()=>{Promise.reject(new Error("rejected fault"))},300)';

  it('end with one line and exit 2, nothing written to --output', async () => {
    const output = at('internal.json');
    const result = await runAsync(['assess', at('valid.yaml'), '--format', 'json', '--output', output], { nodeArgs: ['--import', injectThrow] });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('palermo-gap: internal error: injected fault (run again with --verbose for the stack trace)\n');
    expect(existsSync(output)).toBe(false);
    expect(leftovers(['valid.yaml', 'invalid.yaml', 'pack.yaml']).filter((name) => name.startsWith('.internal'))).toEqual([]);
  });

  it('show the stack with --verbose', async () => {
    const result = await runAsync(['assess', at('valid.yaml'), '--format', 'json', '--verbose'], { nodeArgs: ['--import', injectThrow] });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('palermo-gap: internal error: injected fault');
    expect(result.stderr).toMatch(STACK);
  });

  it('thrown outside the command (a timer, a stray promise) also end with one line and exit 2', async () => {
    for (const [inject, message] of [
      [injectLate, 'late fault'],
      [injectRejection, 'rejected fault'],
    ] as const) {
      const result = await runAsync(['validate', at('valid.yaml')], { nodeArgs: ['--import', inject] });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`palermo-gap: internal error: ${message} (run again with --verbose for the stack trace)\n`);
      expect(result.stderr).not.toMatch(STACK);
    }
  });
});

describe('size limits through the CLI', () => {
  beforeAll(() => {
    writeFileSync(at('three-mib.yaml'), `${HEAD}assessment:\n  notes: ok\n# ${'x'.repeat(3 * 1024 * 1024)}\n`);
    writeFileSync(at('five-mib-pack.yaml'), `${packYaml(requirementYaml('BIG-1', KNOWN_NAME))}# ${'x'.repeat(5 * 1024 * 1024)}\n`);
  });

  it('refuses a framework file over 2 MiB, reads it with --max-file-size', async () => {
    const refused = await runAsync(['validate', at('three-mib.yaml')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`${at('three-mib.yaml')}: is 3 MiB; a framework file can be at most 2 MiB (raise the cap with --max-file-size)\n`);
    expect(await runAsync(['validate', at('three-mib.yaml'), '--max-file-size', '4M'])).toMatchObject({ code: 0, stderr: '' });
    expect(await runAsync(['validate', at('three-mib.yaml'), '--max-file-size', String(4 * 1024 * 1024)])).toMatchObject({ code: 0 });
  });

  it('refuses a checklist over 4 MiB, reads it with --max-file-size', async () => {
    const refused = await runAsync(['assess', at('valid.yaml'), '--checklist', at('five-mib-pack.yaml'), '--format', 'csv']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`${at('five-mib-pack.yaml')}: is 5 MiB; a checklist can be at most 4 MiB (raise the cap with --max-file-size)\n`);
    const read = await runAsync(['assess', at('valid.yaml'), '--checklist', at('five-mib-pack.yaml'), '--format', 'csv', '--max-file-size', '8M']);
    expect(read).toMatchObject({ code: 0, stderr: '' });
    expect(read.stdout.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('--max-file-size is also on compare, and refuses nonsense', async () => {
    const compared = await runAsync(['compare', at('three-mib.yaml'), at('valid.yaml'), '--max-file-size', '4M']);
    expect(compared.code).toBe(0);
    for (const bad of ['abc', '0', '-1', '1T', `${LIMITS.maxFileBytesCeiling + 1}`]) {
      const result = await runAsync(['validate', at('valid.yaml'), '--max-file-size', bad]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--max-file-size takes a size from 1 byte to 256 MiB');
    }
  });

  it('a 2 MiB flat mapping or a million brackets is refused fast, in one line', async () => {
    writeFileSync(at('flat.yaml'), `${HEAD}${Array.from({ length: 200_000 }, (_, i) => `k${i}: 1`).join('\n')}\n`.slice(0, 2 * 1024 * 1024 - 10));
    writeFileSync(at('brackets.yaml'), `${HEAD}notes: ${'['.repeat(1_000_000)}\n`);
    for (const name of ['flat.yaml', 'brackets.yaml']) {
      const started = Date.now();
      const result = await runAsync(['validate', at(name)]);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(result.code).toBe(2);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/more than 20000 values|nested more than 32 levels/);
    }
  });

  it('an endless input on standard input is cut at the cap', async () => {
    const result = await runAsync(['validate', '-', '--max-file-size', '64K'], { input: Buffer.alloc(1024 * 1024, 0x61) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('<stdin>: is larger than 64 KiB; a framework file can be at most 64 KiB (raise the cap with --max-file-size)\n');
  });
});

describe('hostile names and text on the terminal', () => {
  const name = 'evil\u001b[2J\u001b]8;;https:x.example\u0007\u202e\n.yaml';

  it('a file name with escapes, a bidi override and a line break is shown escaped, in one line', async () => {
    writeFileSync(at(name), `${HEAD}trafficking:\n  acts: sometimes\n`);
    const result = await runAsync(['validate', at(name)]);
    expect(result.code).toBe(2);
    expect(RAW_UNSAFE.test(result.stderr)).toBe(false);
    expect(RAW_UNSAFE.test(result.stdout)).toBe(false);
    expect(result.stderr).toContain('evil\\u001b[2J\\u001b]8;;https:x.example\\u0007\\u202e\\u000a.yaml:6:9');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reports of such a file carry no raw control character in any format', async () => {
    writeFileSync(at(name), HEAD);
    for (const format of ['text', 'markdown', 'json', 'sarif', 'junit', 'csv']) {
      const result = await runAsync(['assess', at(name), '--format', format]);
      expect(result.code).toBe(0);
      expect(RAW_UNSAFE.test(result.stdout.replace(/\r\n/g, '\n'))).toBe(false);
    }
  });

  it('a flood of problems is cut after the limit, with a count of the rest', async () => {
    const keys = Array.from({ length: 400 }, (_, i) => `  unknown_${i}: 1`).join('\n');
    writeFileSync(at('flood.yaml'), `${HEAD}trafficking:\n${keys}\n`);
    const result = await runAsync(['validate', at('flood.yaml')]);
    const lines = result.stderr.trimEnd().split('\n');
    expect(result.code).toBe(2);
    expect(lines).toHaveLength(LIMITS.maxDiagnostics + 1);
    expect(lines[lines.length - 1]).toBe('... and 300 more problems not shown');
  });

  it('a 1,000-character key is cut short on the terminal', async () => {
    writeFileSync(at('long-key.yaml'), `${HEAD}trafficking:\n  "${'k'.repeat(1_000)}": 1\n`);
    const result = await runAsync(['validate', at('long-key.yaml')]);
    expect(result.code).toBe(2);
    // Message and path are each cut: the line stays far shorter than the key written twice.
    for (const line of result.stderr.trimEnd().split('\n')) expect(line.length).toBeLessThan(LIMITS.maxMessageLength * 1.5 + at('long-key.yaml').length + 40);
    expect(result.stderr).toContain('…');
  });
});

describe('--output is left alone when anything fails', () => {
  it('an invalid input leaves an existing report as it was, and no temporary file', async () => {
    const output = at('report.md');
    writeFileSync(output, 'previous report\n');
    const before = leftovers([]);
    const result = await runAsync(['assess', at('valid.yaml'), at('invalid.yaml'), '--format', 'markdown', '--output', output]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(readFileSync(output, 'utf8')).toBe('previous report\n');
    expect(leftovers([])).toEqual(before);
  });

  it('a broken checklist and a hostile base in compare write nothing', async () => {
    writeFileSync(at('broken-pack.yaml'), 'id: [\n');
    const output = at('compare.md');
    const broken = await runAsync(['assess', at('valid.yaml'), '--checklist', at('broken-pack.yaml'), '--output', output]);
    expect(broken).toMatchObject({ code: 2, stdout: '' });
    const compared = await runAsync(['compare', at('invalid.yaml'), at('valid.yaml'), '--format', 'markdown', '--output', output]);
    expect(compared).toMatchObject({ code: 2, stdout: '' });
    expect(existsSync(output)).toBe(false);
  });

  it('an --output that is a hard link to an input is refused before anything is read', async () => {
    const link = at('hard-link.yaml');
    linkSync(at('valid.yaml'), link);
    const result = await runAsync(['assess', at('valid.yaml'), '--output', link]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is an input file/);
    expect(readFileSync(at('valid.yaml'), 'utf8')).toBe(HEAD);
  });

  it('binary data on standard input is refused in one line', async () => {
    const result = await runAsync(['assess', '-', '--output', at('stdin.md')], { input: Buffer.from([0x61, 0x00, 0x62, 0x0a]) });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: '<stdin>: is a binary file (it contains NUL bytes), not YAML text\n' });
    expect(existsSync(at('stdin.md'))).toBe(false);
  });
});
