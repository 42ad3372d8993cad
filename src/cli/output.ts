/**
 * Writing a report to --output: atomically (a temporary file in the same directory, then a
 * rename, so a reader never sees half a report and a failed run leaves the old file intact) and
 * never over one of the input files, compared by real path and by inode so that `./a.yaml`, a
 * symbolic link or a hard link to the same file cannot slip through.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, chmodSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A problem with --output: reported in one line, exit code 2, nothing written. */
export class OutputError extends Error {
  override name = 'OutputError';
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // Not there yet: resolve the directory (which may itself be a link) and keep the name.
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

function sameFile(a: string, b: string): boolean {
  if (realOrResolved(a) === realOrResolved(b)) return true;
  try {
    // Hard links have different paths but one inode.
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Refuses an output path that is, or resolves to, one of the inputs (framework files or checklist
 * files), or that is a directory. Call before any work is written anywhere.
 */
export function checkOutputPath(output: string, inputs: readonly string[]): void {
  for (const input of inputs) {
    if (sameFile(output, input)) throw new OutputError(`--output ${output} is an input file (${input}); refusing to overwrite it`);
  }
  try {
    if (statSync(output).isDirectory()) throw new OutputError(`--output ${output} is a directory`);
  } catch (error) {
    if (error instanceof OutputError) throw error;
  }
}

/** Writes text to `output` atomically, after checking it against the inputs. */
export function writeOutput(output: string, text: string, inputs: readonly string[]): void {
  checkOutputPath(output, inputs);
  const target = realOrResolved(output);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(target).mode & 0o777;
  } catch {
    mode = undefined;
  }
  let fd: number | undefined;
  try {
    // 'wx': never follow or reuse something already at the temporary name.
    fd = openSync(temp, 'wx', 0o666);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      /* never created */
    }
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new OutputError(`cannot write --output ${output}: ${describe(reason)}`);
  }
}

function describe(code: string): string {
  switch (code) {
    case 'ENOENT':
      return 'the directory does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return code;
  }
}
