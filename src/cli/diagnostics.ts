import type { ChalkInstance } from 'chalk';
import { LIMITS } from '../framework/limits.js';
import type { Diagnostic } from '../framework/types.js';

/**
 * How diagnostics look on a terminal: `file:line:col  message  (path)`, the form editors and CI
 * log viewers turn into links. Messages can quote text from the input, so control characters
 * are neutralised before anything reaches the terminal.
 */

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '?');
}

export type Severity = 'error' | 'warning';

export function formatDiagnostic(diagnostic: Diagnostic, chalk: ChalkInstance, severity: Severity = 'error'): string {
  const where = chalk.bold(terminalSafe(`${diagnostic.file}:${diagnostic.line}:${diagnostic.col}`));
  const label = severity === 'warning' ? chalk.yellow('warning: ') : '';
  const path = diagnostic.path ? chalk.dim(`  (${terminalSafe(diagnostic.path)})`) : '';
  return `${where}  ${label}${terminalSafe(diagnostic.message)}${path}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `✔ file: valid` or `✖ file: N problems`, with warnings and any `details` in brackets. */
export function formatSummary(file: string, problems: number, warnings: number, chalk: ChalkInstance, details: string[] = []): string {
  const name = terminalSafe(file);
  if (problems > 0) return `${chalk.red('✖')} ${name}: ${plural(problems, 'problem')}`;
  const notes = [...(warnings > 0 ? [plural(warnings, 'warning')] : []), ...details];
  return `${chalk.green('✔')} ${name}: valid${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

/** A file that could not be read at all: one line, `file: message`. */
export function formatInputError(file: string, message: string, chalk: ChalkInstance): string {
  return `${chalk.bold(terminalSafe(file))}: ${terminalSafe(message)}`;
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
