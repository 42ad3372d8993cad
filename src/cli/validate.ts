import type { Command } from 'commander';
import { LIMITS } from '../framework/limits.js';
import { maxFileSizeOption, type InputOptions } from './assess.js';

/**
 * `palermo-gap validate <file...>`: checks framework files against the schema. Problems go to
 * standard error as `file:line:col  message  (path)`, one summary line per file to standard
 * output. Exit code 0 when every file is valid, 2 otherwise (unreadable files included).
 */

const EXAMPLES = `
Examples:
  $ palermo-gap validate samples/meridia.yaml
  $ palermo-gap validate drafts/*.yaml
  $ palermo-gap init | palermo-gap validate -
`;

/** Validates each file in turn and returns the exit code. */
export async function validateFiles(files: readonly string[], options: InputOptions): Promise<number> {
  const [{ loadFramework }, { readInput, displayName }, { chalkFor }, printing] = await Promise.all([
    import('../framework/load.js'),
    import('./read-input.js'),
    import('./color.js'),
    import('./diagnostics.js'),
  ]);
  const err = chalkFor(options, 'stderr');
  const out = chalkFor(options, 'stdout');
  let failed = false;
  for (const file of files) {
    const name = displayName(file);
    const input = readInput(file, options.maxFileSize ?? LIMITS.maxFileBytes, 'framework file');
    if (!input.ok) {
      process.stderr.write(`${printing.formatInputError(name, input.message, err)}\n`);
      failed = true;
      continue;
    }
    const result = loadFramework(input.text, name);
    if (result.ok) {
      for (const line of printing.formatDiagnostics(result.warnings, err, 'warning')) process.stderr.write(`${line}\n`);
      const facts = Object.values(result.framework.facts);
      const details = options.verbose ? [`${facts.length} facts stated, ${facts.filter((fact) => fact.value === null).length} of them unknown`] : [];
      process.stdout.write(`${printing.formatSummary(name, 0, result.warnings.length, out, details)}\n`);
    } else {
      for (const line of printing.formatDiagnostics(result.diagnostics, err)) process.stderr.write(`${line}\n`);
      process.stdout.write(`${printing.formatSummary(name, result.diagnostics.length, 0, out)}\n`);
      failed = true;
    }
  }
  return failed ? 2 : 0;
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .summary('check framework files against the schema')
    .description(
      'Check framework files against the schema. Each problem is printed as "file:line:col  message  (path)" ' +
        'on standard error, with a summary line per file on standard output. ' +
        'Exit code 0 when every file is valid, 2 otherwise.',
    )
    .argument('<file...>', 'framework files (YAML); - reads standard input')
    .addOption(maxFileSizeOption())
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], _options: unknown, command: Command) => {
      process.exitCode = await validateFiles(files, command.optsWithGlobals<InputOptions>());
    });
}
