import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { LIMITS } from '../framework/limits.js';

/**
 * Reads an input file (a framework file or a checklist) as text, refusing what cannot be one with
 * a single line that says why: a directory, something too large, binary data, an encoding other
 * than UTF-8 or UTF-16. `-` reads standard input.
 *
 * Symbolic links are followed: a link is how a shared file is put next to a draft, and reading
 * through one is harmless because palermo-gap only reads inputs (and --output never writes over
 * an input, through a link or not). FIFOs and devices (`<(...)`, /dev/stdin) are read too, but
 * never more than the size cap, so /dev/zero or an endless pipe is refused, not swallowed.
 */

export type InputResult = { ok: true; text: string } | { ok: false; message: string };

export const STDIN = '-';

const CHUNK = 64 * 1024;

/** What the input is, for messages ("a framework file can be at most 2 MiB"). */
export type InputKind = 'framework file' | 'checklist';

export function mebibytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a directory)';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/** Waits briefly when a non-blocking standard input has no data yet. */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
}

/** Reads at most maxBytes + 1 bytes, so an endless or huge stream is never held in memory. */
function readBounded(fd: number, maxBytes: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let read: number;
    try {
      read = readSync(fd, chunk, 0, CHUNK, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        pause();
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    total += read;
    if (total > maxBytes) return undefined;
    chunks.push(chunk.subarray(0, read));
  }
  return Buffer.concat(chunks, total);
}

/**
 * UTF-16 text saved without a byte order mark: ASCII characters leave a NUL in every other byte.
 * Told apart from binary data so the message can say what to do.
 */
function looksLikeBomlessUtf16(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  if (sample.length < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  return (evenNul > pairs * 0.6 && oddNul === 0) || (oddNul > pairs * 0.6 && evenNul === 0);
}

/**
 * Bytes to text. UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark
 * (what Windows Notepad saves as "Unicode") are read; anything else is refused rather than
 * guessed, because a wrong guess would put mojibake into a legal report.
 */
export function decode(bytes: Buffer): InputResult {
  if (bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff) {
    return { ok: false, message: 'is UTF-32 text; save it as UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0x00 && bytes[3] === 0x00) {
    return { ok: false, message: 'is UTF-32 text; save it as UTF-8' };
  }
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else if (bytes.includes(0) && looksLikeBomlessUtf16(bytes)) {
    return { ok: false, message: 'looks like UTF-16 text without a byte order mark; save it as UTF-8' };
  }
  let text: string;
  try {
    // fatal: an invalid sequence is an error, not U+FFFD; the byte order mark is dropped.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return encoding === 'utf-8'
      ? { ok: false, message: 'is not UTF-8 text (a binary file, or saved in another encoding?)' }
      : { ok: false, message: `is not valid ${encoding.toUpperCase()} text` };
  }
  if (text.includes('\u0000')) return { ok: false, message: 'is a binary file (it contains NUL bytes), not YAML text' };
  return { ok: true, text };
}

/**
 * The text of `file`, or why it cannot be read. `maxBytes` is the size cap (--max-file-size, or the
 * default for the kind of input).
 */
export function readInput(file: string, maxBytes: number = LIMITS.maxFileBytes, kind: InputKind = 'framework file'): InputResult {
  let fd: number | undefined;
  const tooLarge = (size?: number) =>
    `is ${size === undefined ? `larger than ${mebibytes(maxBytes)}` : mebibytes(size)}; a ${kind} can be at most ${mebibytes(maxBytes)} (raise the cap with --max-file-size)`;
  try {
    if (file === STDIN) {
      fd = 0;
    } else {
      if (file === '') return { ok: false, message: 'no such file (the name is empty)' };
      fd = openSync(file, 'r');
      const stat = fstatSync(fd);
      if (stat.isDirectory()) return { ok: false, message: 'is a directory, not a file' };
      if (stat.isFile() && stat.size > maxBytes) return { ok: false, message: tooLarge(stat.size) };
    }
    const bytes = readBounded(fd, maxBytes);
    if (bytes === undefined) return { ok: false, message: tooLarge() };
    return decode(bytes);
  } catch (error) {
    return { ok: false, message: reason(error) };
  } finally {
    if (fd !== undefined && fd !== 0) {
      try {
        closeSync(fd);
      } catch {
        /* nothing more to do with it */
      }
    }
  }
}

/** The name diagnostics show for an input. */
export function displayName(file: string): string {
  return file === STDIN ? '<stdin>' : file;
}

/**
 * Parses --max-file-size: a number of bytes, optionally with a unit (K/KB/KiB, M/MB/MiB, G/GB/GiB,
 * all binary: 1K = 1024 bytes). Returns undefined for anything else.
 */
export function parseByteSize(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase().charAt(0);
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(match[1]) * factor);
  return Number.isSafeInteger(bytes) && bytes >= 1 ? bytes : undefined;
}
