import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { LIMITS } from '../framework/limits.js';

/**
 * Reads an input file as UTF-8 text, refusing what cannot be a framework file (a directory,
 * something too large, binary data, another encoding) with one line that says why. `-` reads
 * standard input.
 */

export type InputResult = { ok: true; text: string } | { ok: false; message: string };

export const STDIN = '-';

const CHUNK = 64 * 1024;

function mebibytes(bytes: number): string {
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
    default:
      return error instanceof Error ? error.message : String(error);
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

function decode(bytes: Buffer): InputResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'is UTF-16 text; save it as UTF-8' };
  }
  let text: string;
  try {
    // fatal: invalid UTF-8 is an error, not U+FFFD; a UTF-8 byte order mark is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'is not UTF-8 text (a binary file, or saved in another encoding?)' };
  }
  if (text.includes('\u0000')) return { ok: false, message: 'is a binary file (it contains NUL bytes), not YAML text' };
  return { ok: true, text };
}

export function readInput(file: string, maxBytes: number = LIMITS.maxFileBytes): InputResult {
  let fd: number | undefined;
  try {
    if (file === STDIN) {
      fd = 0;
    } else {
      fd = openSync(file, 'r');
      const stat = fstatSync(fd);
      if (stat.isDirectory()) return { ok: false, message: 'is a directory, not a file' };
      if (stat.isFile() && stat.size > maxBytes) {
        return { ok: false, message: `is ${mebibytes(stat.size)}; a framework file can be at most ${mebibytes(maxBytes)}` };
      }
    }
    const bytes = readBounded(fd, maxBytes);
    if (bytes === undefined) return { ok: false, message: `is larger than ${mebibytes(maxBytes)}, the most a framework file can be` };
    return decode(bytes);
  } catch (error) {
    return { ok: false, message: reason(error) };
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

/** The name diagnostics show for an input. */
export function displayName(file: string): string {
  return file === STDIN ? '<stdin>' : file;
}
