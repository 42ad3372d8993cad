import type { ChalkInstance } from 'chalk';
import { LIMITS } from '../framework/limits.js';
import type { Diagnostic } from '../framework/types.js';
import { clip, visible } from '../report/escape.js';

/**
 * How diagnostics look on a terminal: `file:line:col  message  (path)`, the form editors and CI
 * log viewers turn into links. Messages quote keys and values from the input, and file names come
 * from the command line, so control, bidi and line-break characters are shown escaped (one line
 * per problem, no escape sequence reaches the terminal) and a huge quoted key is cut short.
 */
export function lineSafe(text: string): string {
  return clip(visible(text), LIMITS.maxMessageLength);
}

/** Multi-line text for a terminal (explanations, listings): as lineSafe, but LF and TAB kept. */
export function terminalSafe(text: string): string {
  return visible(text, { keepLineBreaks: true });
}

export type Severity = 'error' | 'warning';

export function formatDiagnostic(diagnostic: Diagnostic, chalk: ChalkInstance, severity: Severity = 'error'): string {
  const where = chalk.bold(lineSafe(`${diagnostic.file}:${diagnostic.line}:${diagnostic.col}`));
  const label = severity === 'warning' ? chalk.yellow('warning: ') : '';
  // The path repeats a key the message usually quotes already: half the room is enough.
  const path = diagnostic.path ? chalk.dim(`  (${clip(visible(diagnostic.path), LIMITS.maxMessageLength / 2)})`) : '';
  return `${where}  ${label}${lineSafe(diagnostic.message)}${path}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `✔ file: valid` or `✖ file: N problems`, with warnings and any `details` in brackets. */
export function formatSummary(file: string, problems: number, warnings: number, chalk: ChalkInstance, details: string[] = []): string {
  const name = lineSafe(file);
  if (problems > 0) return `${chalk.red('✖')} ${name}: ${plural(problems, 'problem')}`;
  const notes = [...(warnings > 0 ? [plural(warnings, 'warning')] : []), ...details];
  return `${chalk.green('✔')} ${name}: valid${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

/** A file that could not be read at all: one line, `file: message`. */
export function formatInputError(file: string, message: string, chalk: ChalkInstance): string {
  return `${chalk.bold(lineSafe(file))}: ${lineSafe(message)}`;
}

/**
 * The lines for a file's diagnostics, at most `limit` of them: a file with hundreds of problems
 * (the wrong file, usually) would otherwise bury the first, most useful ones.
 */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  chalk: ChalkInstance,
  severity: Severity = 'error',
  limit: number = LIMITS.maxDiagnostics,
): string[] {
  const lines = diagnostics.slice(0, limit).map((diagnostic) => formatDiagnostic(diagnostic, chalk, severity));
  const hidden = diagnostics.length - limit;
  if (hidden > 0) lines.push(chalk.dim(`... and ${plural(hidden, severity === 'warning' ? 'more warning' : 'more problem')} not shown`));
  return lines;
}
