import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { GlobalOptions } from './main.js';

/**
 * `palermo-gap init [--name <name>] [--output <path>]`: a commented framework file template
 * (generated from the fact catalogue) on standard output, or written to a new file. It never
 * overwrites a file: the template would replace an assessment with blanks.
 */

const EXAMPLES = `
Examples:
  $ palermo-gap init --name "Republic of Meridia" --output meridia.yaml
  $ palermo-gap init > draft.yaml
`;

interface InitOptions extends GlobalOptions {
  name?: string;
  output?: string;
}

/** A problem with the command line or the output path: one line, exit code 2. */
class InitError extends Error {}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Writes a new file atomically and without ever replacing one: the text goes to a temporary
 * file in the same directory, which is then hard-linked to the target (link fails if the target
 * exists, even if it appeared a moment ago). File systems without hard links fall back to a
 * rename after an existence check.
 */
export function writeNewFile(path: string, text: string): void {
  const refuseExisting = (): void => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) throw new InitError(`${path}: is a directory; give the path of the new file`);
    throw new InitError(`${path}: already exists; init never overwrites a file (choose another name, or remove it first)`);
  };
  refuseExisting();
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx', mode: 0o644 });
    try {
      linkSync(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
      refuseExisting();
      renameSync(temp, path);
    }
  } catch (error) {
    if (error instanceof InitError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = {
      ENOENT: 'the directory does not exist',
      ENOTDIR: 'a part of the path is not a directory',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EROFS: 'read-only file system',
      ENOSPC: 'no space left on the device',
    };
    throw new InitError(`${path}: cannot write: ${(code && reasons[code]) ?? (error as Error).message}`);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** The modeline's schema reference: the schema shipped with this package, relative to `fromDir`. */
function schemaReference(fromDir: string): string {
  const schemaFile = fileURLToPath(new URL('../../schemas/framework.schema.json', import.meta.url));
  const path = relative(fromDir, schemaFile).split(sep).join('/');
  return path.startsWith('.') || path.startsWith('/') ? path : `./${path}`;
}

async function init(options: InitOptions): Promise<number> {
  const [{ frameworkTemplate }, { LIMITS }, { chalkFor }] = await Promise.all([
    import('../framework/template.js'),
    import('../framework/limits.js'),
    import('./color.js'),
  ]);
  try {
    const name = options.name;
    if (name !== undefined) {
      if (name.trim() === '') throw new InitError('--name: the name must not be empty');
      if (/[\u0000-\u001f\u007f]/.test(name)) throw new InitError('--name: the name must be one line of text');
      if (name.length > LIMITS.maxLineLength) throw new InitError(`--name: the name must be at most ${LIMITS.maxLineLength} characters`);
    }
    const output = options.output;
    const schemaRef = schemaReference(output === undefined ? process.cwd() : dirname(resolve(output)));
    const text = frameworkTemplate({ ...(name === undefined ? {} : { name }), asOf: today(), schemaRef });
    if (output === undefined) {
      process.stdout.write(text);
      return 0;
    }
    writeNewFile(output, text);
    const chalk = chalkFor(options, 'stderr');
    process.stderr.write(`${chalk.green('✔')} wrote ${output}; fill in what the law says, then run: palermo-gap validate ${output}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof InitError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .summary('write a commented framework file template')
    .description(
      'Write a framework file template: every section and fact, explained in comments with its allowed values, ' +
        'all facts unknown except the jurisdiction name and date. Printed on standard output unless --output is given.',
    )
    .option('--name <name>', 'name of the jurisdiction, draft or model law')
    .option('-o, --output <path>', 'write the template to this new file (never overwrites)')
    .addHelpText('after', EXAMPLES)
    .action(async (_options: unknown, command: Command) => {
      process.exitCode = await init(command.optsWithGlobals<InitOptions>());
    });
}
