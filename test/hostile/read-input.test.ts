/** Reading input files: encodings, sizes, links, directories and devices, each refused in one line or read. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode, parseByteSize, readInput } from '../../src/cli/read-input.js';
import { LIMITS } from '../../src/framework/limits.js';

const TEXT = 'schema_version: 1\njurisdiction:\n  name: Curaçao – “test” ✓ 𝄞\n';

describe('decode', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decode(Buffer.from(TEXT, 'utf8'))).toEqual({ ok: true, text: TEXT });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]))).toEqual({ ok: true, text: TEXT });
  });

  it('reads UTF-16 with a byte order mark, little- and big-endian', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decode(le)).toEqual({ ok: true, text: TEXT });
    expect(decode(be)).toEqual({ ok: true, text: TEXT });
  });

  it('refuses UTF-16 with a broken surrogate pair', () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x00, 0xd8, 0x61, 0x00])]);
    expect(decode(broken)).toEqual({ ok: false, message: 'is not valid UTF-16LE text' });
  });

  it('tells UTF-32 and UTF-16 without a byte order mark from binary data', () => {
    const utf32be = Buffer.from([0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x61]);
    const utf32le = Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00]);
    expect(decode(utf32be)).toEqual({ ok: false, message: 'is UTF-32 text; save it as UTF-8' });
    expect(decode(utf32le)).toEqual({ ok: false, message: 'is UTF-32 text; save it as UTF-8' });
    expect(decode(Buffer.from(TEXT, 'utf16le'))).toEqual({ ok: false, message: 'looks like UTF-16 text without a byte order mark; save it as UTF-8' });
    const big = Buffer.from(TEXT, 'utf16le');
    big.swap16();
    expect(decode(big).ok).toBe(false);
  });

  it.each([
    ['Latin-1', Buffer.from('name: Cura\xe7ao\n', 'latin1')],
    ['an overlong encoding of /', Buffer.from([0x61, 0xc0, 0xaf])],
    ['an encoded surrogate', Buffer.from([0x61, 0xed, 0xa0, 0x80])],
    ['a truncated sequence', Buffer.from([0x61, 0xe2, 0x82])],
    ['a code point above U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80])],
  ])('refuses %s as not UTF-8', (_name, bytes) => {
    expect(decode(bytes)).toEqual({ ok: false, message: 'is not UTF-8 text (a binary file, or saved in another encoding?)' });
  });

  it('refuses NUL bytes as binary', () => {
    expect(decode(Buffer.from('schema_version: 1\u0000\n'))).toEqual({ ok: false, message: 'is a binary file (it contains NUL bytes), not YAML text' });
    expect(decode(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00])).ok).toBe(false);
  });

  it('keeps control characters other than NUL for the loader and the formatters to deal with', () => {
    expect(decode(Buffer.from('name: "\u001b[31m"\n'))).toEqual({ ok: true, text: 'name: "\u001b[31m"\n' });
  });
});

describe('readInput', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'palermo-gap-read-'));
    writeFileSync(join(dir, 'valid.yaml'), TEXT);
    writeFileSync(join(dir, 'big.yaml'), 'x'.repeat(5_000));
    mkdirSync(join(dir, 'folder.yaml'));
    symlinkSync(join(dir, 'valid.yaml'), join(dir, 'link.yaml'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'dangling.yaml'));
    symlinkSync(join(dir, 'loop-b.yaml'), join(dir, 'loop-a.yaml'));
    symlinkSync(join(dir, 'loop-a.yaml'), join(dir, 'loop-b.yaml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file, and follows a symbolic link to one', () => {
    expect(readInput(join(dir, 'valid.yaml'))).toEqual({ ok: true, text: TEXT });
    expect(readInput(join(dir, 'link.yaml'))).toEqual({ ok: true, text: TEXT });
  });

  it('refuses what is not a readable file, in words', () => {
    expect(readInput(join(dir, 'missing.yaml'))).toEqual({ ok: false, message: 'no such file' });
    expect(readInput(join(dir, 'dangling.yaml'))).toEqual({ ok: false, message: 'no such file' });
    expect(readInput(join(dir, 'loop-a.yaml'))).toEqual({ ok: false, message: 'too many levels of symbolic links' });
    expect(readInput(join(dir, 'folder.yaml'))).toEqual({ ok: false, message: 'is a directory, not a file' });
    expect(readInput(join(dir, 'valid.yaml', 'x.yaml'))).toEqual({ ok: false, message: 'no such file (a part of the path is not a directory)' });
    expect(readInput('')).toEqual({ ok: false, message: 'no such file (the name is empty)' });
    expect(readInput(join(dir, 'x'.repeat(5_000)))).toEqual({ ok: false, message: 'the file name is too long' });
  });

  it('refuses a file over the cap without reading it, and says how to raise the cap', () => {
    expect(readInput(join(dir, 'big.yaml'), 4_096)).toEqual({
      ok: false,
      message: 'is 4.9 KiB; a framework file can be at most 4 KiB (raise the cap with --max-file-size)',
    });
    expect(readInput(join(dir, 'big.yaml'), 4_096, 'checklist')).toMatchObject({ message: expect.stringContaining('a checklist can be at most 4 KiB') });
    expect(readInput(join(dir, 'big.yaml'), 5_000)).toMatchObject({ ok: true });
  });

  it.runIf(existsSync('/dev/zero'))('reads an endless device only up to the cap', () => {
    expect(readInput('/dev/zero', 100_000)).toEqual({
      ok: false,
      message: 'is larger than 97.7 KiB; a framework file can be at most 97.7 KiB (raise the cap with --max-file-size)',
    });
  });
});

describe('parseByteSize (--max-file-size)', () => {
  it.each([
    ['4194304', 4_194_304],
    ['512K', 512 * 1024],
    ['512 KiB', 512 * 1024],
    ['8M', 8 * 1024 * 1024],
    ['8mb', 8 * 1024 * 1024],
    ['1.5M', 1.5 * 1024 * 1024],
    ['1G', 1024 ** 3],
    ['1', 1],
  ])('%s is %i bytes', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });

  it.each(['', 'abc', '-1', '0', '1e6', '4 TB', '0x100', 'Infinity', '99999999999999999999G'])('%j is refused', (text) => {
    expect(parseByteSize(text)).toBeUndefined();
  });

  it('the defaults are the documented ones', () => {
    expect(LIMITS.maxFileBytes).toBe(2 * 1024 * 1024);
    expect(LIMITS.maxChecklistBytes).toBe(4 * 1024 * 1024);
  });
});
