import { Option, type Command } from 'commander';
import { COMPARE_FORMAT_NAMES, type CompareFormatName } from '../report/formats.js';
import { maxFileSizeOption, type InputOptions } from './assess.js';

/**
 * `palermo-gap compare <base> <head>`: assesses two versions of a law or draft with the same packs
 * and reports which gaps the change closes, which it opens, and how the scores move. With
 * --fail-on-regression it exits 1 when a gap was opened or the binding score fell.
 */

const EXAMPLES = `
Examples:
  $ palermo-gap compare drafts/v1.yaml drafts/v2.yaml
  $ palermo-gap compare main.yaml pr.yaml --format markdown --output comment.md --fail-on-regression

Regression: a gap opened (a requirement met, not applicable, not assessed or new in the base is
not met or partly met in the head), or a lower binding-obligations score (or none at all).
`;

interface CompareCommandOptions extends InputOptions {
  checklist: string[];
  format: CompareFormatName;
  output?: string;
  failOnRegression?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Runs `compare` and returns the exit code. */
export async function compareFiles(base: string, head: string, options: CompareCommandOptions): Promise<number> {
  const { loadAndAssess, checkOutput, emit, toolInfo, toStdout } = await import('./assess.js');
  const checklistFiles = options.checklist.filter((spec) => /[\\/]/.test(spec) || /\.(ya?ml|json)$/i.test(spec));
  const inputs = [...[base, head].filter((f) => f !== '-'), ...checklistFiles];
  if (!(await checkOutput(options.output, inputs))) return 2;

  const loaded = await loadAndAssess([base, head], options.checklist, options);
  if (!loaded.ok) return 2;
  const [baseAssessment, headAssessment] = loaded.assessments as [(typeof loaded.assessments)[number], (typeof loaded.assessments)[number]];

  const [{ compare }, { compareFormatters }, { chalkFor }, { exitCode }] = await Promise.all([
    import('../engine/compare.js'),
    import('../report/index.js'),
    import('./color.js'),
    import('./exit-code.js'),
  ]);
  const comparison = compare(baseAssessment, headAssessment);
  const text = compareFormatters[options.format](comparison, {
    color: toStdout(options.output) ? chalkFor(options, 'stdout') : false,
    verbose: options.verbose === true,
    tool: await toolInfo(),
  });
  if (!(await emit(text, options.output, inputs))) return 2;

  if (options.failOnRegression && comparison.regression) {
    const err = chalkFor(options, 'stderr');
    process.stderr.write(`${err.red('gate failed')} (--fail-on-regression): the head file opens gaps or lowers the binding score\n`);
  }
  return exitCode({ assessments: [], regression: options.failOnRegression === true && comparison.regression });
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .summary('what a change of the law or of a draft closes, opens and changes')
    .description(
      'Assess two framework files with the same checklists and report the gaps the change closes and opens, ' +
        'other changes of state or credit, and the score changes per obligation tier and area.',
    )
    .argument('<base>', 'the framework file before the change')
    .argument('<head>', 'the framework file after the change')
    .option('--checklist <id|path>', 'a built-in pack id or a checklist file; repeat for several (default: all built-in packs)', collect, [])
    .addOption(new Option('--format <format>', 'report format').choices(COMPARE_FORMAT_NAMES).default('text'))
    .option('--output <path>', 'write the report to this file (atomically; never over an input file); - is standard output')
    .option('--fail-on-regression', 'exit 1 if a gap was opened or the binding-obligations score fell')
    .addOption(maxFileSizeOption())
    .addHelpText('after', EXAMPLES)
    .action(async (base: string, head: string, _options: unknown, command: Command) => {
      process.exitCode = await compareFiles(base, head, command.optsWithGlobals<CompareCommandOptions>());
    });
}
