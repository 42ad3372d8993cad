import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerAssess } from './assess.js';
import { registerCompare } from './compare.js';
import { registerExplain } from './explain.js';
import { registerInit } from './init.js';
import { registerList } from './list.js';
import { registerSchema } from './schema.js';
import { registerValidate } from './validate.js';

/**
 * The palermo-gap command line. Start-up stays light: this file and the register functions load
 * only commander; each command's action imports what it needs when it runs.
 */

/** Options every command accepts (commander's `optsWithGlobals()`). */
export interface GlobalOptions {
  /** false with --no-color. */
  color?: boolean;
  verbose?: boolean;
}

const EXAMPLES = `
Examples:
  $ palermo-gap assess samples/meridia.yaml
  $ palermo-gap init --name "Republic of Meridia" --output meridia.yaml
  $ palermo-gap validate meridia.yaml
  $ palermo-gap schema > framework.schema.json

Exit codes: 0 done; 1 a gate (--fail-under, --fail-on, ...) failed; 2 usage error, or an input
that cannot be read or is invalid.
`;

function packageVersion(): string {
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}

export function createProgram(): Command {
  const program = new Command('palermo-gap')
    .description(
      'Gap analysis of national law on trafficking in persons and smuggling of migrants against UNTOC, ' +
        'the Palermo Protocols and the protection principles.',
    )
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--no-color', 'plain text (also when NO_COLOR is set or output is not a terminal)')
    .option('--verbose', 'more detail, and a stack trace if something fails unexpectedly')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .showHelpAfterError('(add --help for usage)')
    // Usage errors must exit 2, not commander's 1 (1 means a CI gate failed): commander throws
    // instead of exiting, and run() sets the code. Subcommands inherit this when added below.
    .exitOverride()
    .addHelpText('after', EXAMPLES);

  // Commands, each registered from its own file.
  registerAssess(program);
  registerValidate(program);
  registerInit(program);
  registerCompare(program);
  registerList(program);
  registerExplain(program);
  registerSchema(program);

  return program;
}

/** Message text for one terminal line: control characters, bidi controls and line breaks shown escaped. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * An error nobody expected (a bug, or the machine running out of something): one line and exit
 * code 2, so CI can tell "crashed" from "gaps found"; the stack only with --verbose.
 */
function reportInternalError(error: unknown, verbose: boolean): void {
  const message = error instanceof Error ? error.message : String(error);
  const hint = verbose ? '' : ' (run again with --verbose for the stack trace)';
  process.stderr.write(`palermo-gap: internal error: ${oneLine(message).slice(0, 1000)}${hint}\n`);
  if (verbose && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 2;
}

/**
 * Standard output or error closed early (`palermo-gap assess x --format json | head -1`): the reader
 * has what it wanted, so stop writing and end quietly with the exit code the command chose. Any
 * other write error (a full disk behind `>`) is reported in one line, exit code 2.
 */
function guardStream(stream: NodeJS.WriteStream, verbose: () => boolean): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      stream.destroy();
      return;
    }
    process.exitCode = 2;
    if (stream === process.stderr) return;
    const why = error.code === 'ENOSPC' ? 'no space left on the device' : (error.code ?? oneLine(error.message));
    process.stderr.write(`palermo-gap: cannot write the report to standard output: ${why}\n`);
    if (verbose() && error.stack) process.stderr.write(`${error.stack}\n`);
  });
}

export async function run(argv: readonly string[] = process.argv): Promise<void> {
  const program = createProgram();
  const verbose = () => program.opts<GlobalOptions>().verbose === true || argv.includes('--verbose');
  guardStream(process.stdout, verbose);
  guardStream(process.stderr, verbose);
  // Errors thrown outside the awaited action (in a callback or a stream event) end up here.
  process.on('uncaughtException', (error) => {
    reportInternalError(error, verbose());
    process.exit(2);
  });
  process.on('unhandledRejection', (error) => {
    reportInternalError(error, verbose());
    process.exit(2);
  });
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed the message (or the help, or the version). Its exit code is
      // 0 for help and version, 1 for a usage error, which is 2 here.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    reportInternalError(error, verbose());
  }
}

