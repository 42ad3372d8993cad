import { Option, type Command } from 'commander';
import type { Explanation } from '../engine/explain.js';
import { BUILTIN_PACK_IDS } from '../checklist/registry.js';
import { checklistOptionDescription, collectChecklists, selectOrReport, type Styles } from './list.js';
import type { GlobalOptions } from './main.js';

/**
 * `palermo-gap explain <id>`: one requirement in plain language, read only from the checklist:
 * the question, its treaty source, the obligation level and why, the treaties that make it
 * binding for their parties, the check in words, what partial means, the recommendation as a
 * report words it, and its references. An unknown id exits 2 with the nearest id suggested.
 */

export const EXPLAIN_FORMATS = {
  text: 'labelled paragraphs',
  json: 'the explanation as data',
} as const satisfies Record<string, string>;
export type ExplainFormat = keyof typeof EXPLAIN_FORMATS;

interface ExplainOptions extends GlobalOptions {
  checklist: string[];
  format: ExplainFormat;
}

const EXAMPLES = `
Examples:
  $ palermo-gap explain TIP-DEF-ACTS
  $ palermo-gap explain som-humanitarian
  $ palermo-gap explain MY-REQ-1 --checklist my-pack.yaml
`;

const LABEL_WIDTH = 16;
const plain: Styles = { bold: (text) => text, dim: (text) => text };

/** The explanation as labelled paragraphs; multi-line values are indented under their label. */
export function explanationText(explanation: Explanation, styles: Styles = plain, safe: (text: string) => string = (text) => text): string {
  const lines: string[] = [];
  const field = (label: string, value: string | undefined) => {
    if (value === undefined || value === '') return;
    const [first = '', ...rest] = safe(value).split('\n');
    const head = label.length < LABEL_WIDTH - 1 ? styles.bold(label.padEnd(LABEL_WIDTH)) + first : `${styles.bold(label)}\n${' '.repeat(LABEL_WIDTH)}${first}`;
    lines.push(head, ...rest.map((line) => ' '.repeat(LABEL_WIDTH) + line));
  };
  const cite = (citation: Explanation['source']) => `${citation.instrument_title}, ${citation.provision}`;

  lines.push(styles.bold(safe(`${explanation.id}  ${explanation.title}`)));
  lines.push(styles.dim(safe(`${explanation.pack.id} ${explanation.pack.version}: ${explanation.pack.title}${explanation.pack.summary ? ' (summary, not scored)' : ''}`)));
  lines.push('');
  field('Question', explanation.question);
  field('Source', cite(explanation.source));
  field('Level', `${explanation.level}: ${explanation.level_description}`);
  field('Why this level', explanation.level_note);
  field('Scored as', explanation.tier_title);
  if (explanation.binding_for_parties_of.length > 0) {
    field(
      'Binding for parties of',
      `${explanation.binding_for_parties_of.map(cite).join('\n')}\n(scored as a binding obligation when the framework file records the jurisdiction as party)`,
    );
  }
  field(
    'Area',
    `${explanation.area}; severity ${explanation.severity} (weight ${explanation.weight})${explanation.red_line ? '; red line: if not met, the headline rating is at most "partly aligned"' : ''}`,
  );
  field('Part of', explanation.part_of);
  field('Sub-questions', explanation.sub_questions.join(', '));
  field('Applies when', explanation.applies_when ? `${explanation.applies_when}\n(otherwise not applicable; unknown facts mean it applies)` : undefined);
  field('Check', explanation.check);
  field('Partial', explanation.can_be_partial ? (explanation.partial ?? 'Partial credit is possible.') : undefined);
  const { if_not_met, if_partly_met } = explanation.recommendation;
  const recommendation = [
    ...(if_partly_met === if_not_met
      ? [`If not met or partly met: ${if_not_met}`]
      : [`If not met: ${if_not_met}`, ...(if_partly_met ? [`If partly met: ${if_partly_met}`] : [])]),
    ...(explanation.recommendation.if_bound_and_not_met ? [`If not met and bound by a treaty above: ${explanation.recommendation.if_bound_and_not_met}`] : []),
  ];
  field('Recommendation', recommendation.join('\n'));
  field('References', explanation.references.map((reference) => `${reference.title}${reference.provision ? `, ${reference.provision}` : ''}`).join('\n'));
  field('Uses', explanation.uses.join(', '));
  field('Used by', explanation.used_by.join(', '));
  return `${lines.join('\n')}\n`;
}

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .summary('explain one requirement in plain language')
    .description(
      'Explain one requirement: the question, its treaty source, the obligation level and why, the treaties that make it ' +
        'binding for their parties, the check in words, what partial means, the recommendation and the references.',
    )
    .argument('<id>', 'requirement id, e.g. TIP-DEF-ACTS (palermo-gap list shows them all)')
    .option('--checklist <id|path>', checklistOptionDescription(BUILTIN_PACK_IDS), collectChecklists, [])
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(EXPLAIN_FORMATS)).default('text'))
    .addHelpText('after', EXAMPLES)
    .action(async (id: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<ExplainOptions>();
      const packs = await selectOrReport(options.checklist, options);
      if (!packs) {
        process.exitCode = 2;
        return;
      }
      const [{ explainRequirement }, { chalkFor }, { terminalSafe }] = await Promise.all([
        import('../engine/explain.js'),
        import('./color.js'),
        import('./diagnostics.js'),
      ]);
      const result = explainRequirement(id, packs);
      if (!result.ok) {
        process.stderr.write(`palermo-gap: ${terminalSafe(result.message)}\n`);
        process.exitCode = 2;
        return;
      }
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(result.explanation, null, 2)}\n`);
        return;
      }
      const chalk = chalkFor(options, 'stdout');
      process.stdout.write(explanationText(result.explanation, { bold: (text) => chalk.bold(text), dim: (text) => chalk.dim(text) }, terminalSafe));
    });
}
