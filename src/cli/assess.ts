import { readFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Severity } from '../checklist/types.js';
import type { Assessment } from '../engine/types.js';
import { LIMITS } from '../framework/limits.js';
import { FORMAT_NAMES, type FormatName } from '../report/formats.js';
import type { ToolInfo } from '../report/types.js';
import type { GlobalOptions } from './main.js';
import { mebibytes, parseByteSize } from './read-input.js';

/**
 * `palermo-gap assess <file...>`: loads the packs once, loads and validates every file, assesses
 * each, writes one report (with a summary matrix for several files) to standard output or
 * atomically to --output, then applies the CI gates. Any unreadable or invalid input or checklist
 * stops the run before anything is written (exit 2); a failed gate exits 1.
 */

const EXAMPLES = `
Examples:
  $ palermo-gap assess samples/meridia.yaml
  $ palermo-gap assess drafts/*.yaml --format markdown --output report.md
  $ palermo-gap assess draft.yaml --checklist tip-protocol --checklist my-pack.yaml
  $ palermo-gap assess draft.yaml --format sarif --output gaps.sarif --fail-on critical
  $ palermo-gap assess draft.yaml --fail-under 70 --min-coverage 80

Gates (exit code 1 when one fails, for any of the files):
  --fail-under     the score of the binding obligations is below the value, or cannot be computed
  --fail-on        a gap (not met or partly met) of that severity or worse exists
  --min-coverage   the share of binding obligations that could be assessed is below the value, or
                   no binding obligation applies
`;

/** Severities in the order --fail-on accepts them (kept here so start-up loads no pack code). */
const FAIL_ON = ['critical', 'major', 'minor'] as const satisfies readonly Severity[];

/** Options of the commands that read framework files and checklists. */
export interface InputOptions extends GlobalOptions {
  /** --max-file-size: the size cap for every input file, in bytes. */
  maxFileSize?: number;
}

/**
 * --max-file-size, shared by assess, validate and compare. The default caps (2 MiB for framework
 * files, 4 MiB for checklists) are a hundred times what real files need; raising the cap does not
 * lift the limits on values, nesting and aliases, which bound the work whatever the size.
 */
export function maxFileSizeOption(): Option {
  return new Option(
    '--max-file-size <size>',
    `largest input file read, in bytes or with a unit (512K, 8M); default ${mebibytes(LIMITS.maxFileBytes)} for framework files, ${mebibytes(LIMITS.maxChecklistBytes)} for checklists`,
  ).argParser((value: string) => {
    const bytes = parseByteSize(value);
    if (bytes === undefined || bytes > LIMITS.maxFileBytesCeiling) {
      throw new InvalidArgumentError(`--max-file-size takes a size from 1 byte to ${mebibytes(LIMITS.maxFileBytesCeiling)} (e.g. 4M or 4194304), not '${value}'.`);
    }
    return bytes;
  });
}

interface AssessCommandOptions extends InputOptions {
  checklist: string[];
  format: FormatName;
  output?: string;
  failUnder?: number;
  failOn?: Severity;
  minCoverage?: number;
  onlyGaps?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function percentage(flag: string) {
  return (value: string): number => {
    const text = value.trim().replace(/%$/, '');
    const n = Number(text);
    if (text === '' || !Number.isFinite(n) || n < 0 || n > 100) {
      throw new InvalidArgumentError(`${flag} takes a number from 0 to 100, not '${value}'.`);
    }
    return n;
  };
}

/** The tool name and version written into machine formats. */
export async function toolInfo(): Promise<ToolInfo> {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
    return {
      name: typeof pkg.name === 'string' ? pkg.name : 'palermo-gap',
      version: typeof pkg.version === 'string' ? pkg.version : '0.0.0',
    };
  } catch {
    return { name: 'palermo-gap', version: '0.0.0' };
  }
}

/** Checklist arguments that are files (not built-in ids): they are inputs too, never an output. */
function checklistFiles(specs: readonly string[]): string[] {
  return specs.filter((spec) => /[\\/]/.test(spec) || /\.(ya?ml|json)$/i.test(spec));
}

export type Loaded = { ok: true; assessments: Assessment[] } | { ok: false };

/**
 * Loads the packs once and every file, printing every problem on standard error. Nothing is
 * assessed unless every input is readable and valid: a partial report would hide a broken file.
 */
export async function loadAndAssess(files: readonly string[], checklists: readonly string[], options: InputOptions): Promise<Loaded> {
  const [{ selectPacks }, { loadFramework }, { assess }, { readInput, displayName }, { chalkFor }, printing] = await Promise.all([
    import('../checklist/select.js'),
    import('../framework/load.js'),
    import('../engine/evaluate.js'),
    import('./read-input.js'),
    import('./color.js'),
    import('./diagnostics.js'),
  ]);
  const err = chalkFor(options, 'stderr');
  const write = (line: string) => process.stderr.write(`${line}\n`);

  // Checklist files are read here, through the same guarded reader as framework files (size cap,
  // encodings, no endless devices), so that an unreadable one is reported as `file: message`.
  let failed = false;
  const checklistTexts = new Map<string, string>();
  for (const path of checklistFiles(checklists)) {
    if (checklistTexts.has(path)) continue;
    const input = readInput(path, options.maxFileSize ?? LIMITS.maxChecklistBytes, 'checklist');
    if (input.ok) {
      checklistTexts.set(path, input.text);
    } else {
      write(printing.formatInputError(path, input.message, err));
      failed = true;
    }
  }
  const selection = failed
    ? { packs: [], errors: [], diagnostics: [] }
    : selectPacks(checklists, {
        read: (path) => {
          const text = checklistTexts.get(path);
          if (text === undefined) throw new Error(`${path}: no such file`);
          return text;
        },
        ...(options.maxFileSize !== undefined ? { maxBytes: options.maxFileSize } : {}),
      });
  for (const error of selection.errors) write(`palermo-gap: ${printing.lineSafe(error)}`);
  for (const line of printing.formatDiagnostics(selection.diagnostics, err)) write(line);
  failed ||= selection.errors.length > 0 || selection.diagnostics.length > 0;

  const frameworks = [];
  for (const file of files) {
    const name = displayName(file);
    const input = readInput(file, options.maxFileSize ?? LIMITS.maxFileBytes, 'framework file');
    if (!input.ok) {
      write(printing.formatInputError(name, input.message, err));
      failed = true;
      continue;
    }
    const result = loadFramework(input.text, name);
    if (!result.ok) {
      for (const line of printing.formatDiagnostics(result.diagnostics, err)) write(line);
      failed = true;
      continue;
    }
    for (const line of printing.formatDiagnostics(result.warnings, err, 'warning')) write(line);
    frameworks.push(result.framework);
  }
  if (failed) return { ok: false };
  return { ok: true, assessments: frameworks.map((framework) => assess(framework, selection.packs)) };
}

/** `--output -` means standard output, as `-` means standard input for the files. */
export function toStdout(output: string | undefined): output is undefined | '-' {
  return output === undefined || output === '-';
}

/** Runs one --output operation; an OutputError (an input named as output, a failed write) is one line on stderr. */
async function reportingOutputErrors(operation: (output: typeof import('./output.js')) => void): Promise<boolean> {
  const output = await import('./output.js');
  try {
    operation(output);
    return true;
  } catch (error) {
    if (!(error instanceof output.OutputError)) throw error;
    const { lineSafe } = await import('./diagnostics.js');
    process.stderr.write(`palermo-gap: ${lineSafe(error.message)}\n`);
    return false;
  }
}

/** Writes a report to --output (atomically, never over an input) or to standard output. */
export async function emit(text: string, output: string | undefined, inputs: readonly string[]): Promise<boolean> {
  if (toStdout(output)) {
    process.stdout.write(text);
    return true;
  }
  return reportingOutputErrors(({ writeOutput }) => writeOutput(output, text, inputs));
}

/** Refuses an --output that names an input before any work is done. */
export async function checkOutput(output: string | undefined, inputs: readonly string[]): Promise<boolean> {
  if (toStdout(output)) return true;
  return reportingOutputErrors(({ checkOutputPath }) => checkOutputPath(output, inputs));
}

/** Runs `assess` and returns the exit code. */
export async function assessFiles(files: readonly string[], options: AssessCommandOptions): Promise<number> {
  const inputs = [...files.filter((f) => f !== '-'), ...checklistFiles(options.checklist)];
  if (!(await checkOutput(options.output, inputs))) return 2;

  const loaded = await loadAndAssess(files, options.checklist, options);
  if (!loaded.ok) return 2;

  const [{ formatters }, { chalkFor }, { gateFailures }, { lineSafe }] = await Promise.all([
    import('../report/index.js'),
    import('./color.js'),
    import('./exit-code.js'),
    import('./diagnostics.js'),
  ]);
  const text = formatters[options.format](loaded.assessments, {
    // A report written to a file is never coloured.
    color: toStdout(options.output) ? chalkFor(options, 'stdout') : false,
    onlyGaps: options.onlyGaps === true,
    verbose: options.verbose === true,
    tool: await toolInfo(),
    cwd: process.cwd(),
  });
  if (!(await emit(text, options.output, inputs))) return 2;

  const failures = gateFailures({
    assessments: loaded.assessments,
    ...(options.failUnder !== undefined ? { failUnder: options.failUnder } : {}),
    ...(options.failOn !== undefined ? { failOn: options.failOn } : {}),
    ...(options.minCoverage !== undefined ? { minCoverage: options.minCoverage } : {}),
  });
  const err = chalkFor(options, 'stderr');
  for (const failure of failures) process.stderr.write(`${err.red('gate failed')} (--${failure.gate}): ${lineSafe(failure.message)}\n`);
  return failures.length > 0 ? 1 : 0;
}

export function registerAssess(program: Command): void {
  program
    .command('assess')
    .summary('score framework files against the checklists and print the gap report')
    .description(
      'Score framework files against the checklists (all built-in packs unless --checklist is given) and print ' +
        'the gap report: red lines first, scores per obligation tier and area with their coverage, the ' +
        'post-session checklist answered question by question, the gaps with treaty source, national ' +
        'provision and recommendation, and what could not be assessed. Several files give one report each ' +
        'and a summary matrix.',
    )
    .argument('<file...>', 'framework files (YAML); - reads standard input')
    .option('--checklist <id|path>', 'a built-in pack id or a checklist file; repeat for several (default: all built-in packs)', collect, [])
    .addOption(new Option('--format <format>', 'report format').choices(FORMAT_NAMES).default('text'))
    .option('--output <path>', 'write the report to this file (atomically; never over an input file); - is standard output')
    .option('--fail-under <score>', 'exit 1 if the binding-obligations score is below this (0-100)', percentage('--fail-under'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 if a gap of this severity or worse exists').choices(FAIL_ON))
    .option('--min-coverage <pct>', 'exit 1 if fewer than this percentage of binding obligations could be assessed', percentage('--min-coverage'))
    .option('--only-gaps', 'show only the gaps (not met or partly met)')
    .addOption(maxFileSizeOption())
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], _options: unknown, command: Command) => {
      process.exitCode = await assessFiles(files, command.optsWithGlobals<AssessCommandOptions>());
    });
}
