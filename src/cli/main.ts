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

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function run(argv: readonly string[] = process.argv): Promise<void> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed the message (or the help, or the version). Its exit code is
      // 0 for help and version, 1 for a usage error, which is 2 here.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`palermo-gap: ${describe(error)}\n`);
    if (program.opts<GlobalOptions>().verbose && error instanceof Error && error.stack) {
      process.stderr.write(`${error.stack}\n`);
    } else {
      process.stderr.write('(run again with --verbose for details)\n');
    }
    process.exitCode = 2;
  }
}

await run();
