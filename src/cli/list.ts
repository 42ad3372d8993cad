import { Option, type Command } from 'commander';
import { BUILTIN_PACK_IDS, isBuiltinPackId } from '../checklist/registry.js';
import { INSTRUMENT_ABBREVIATIONS, type Pack } from '../checklist/types.js';
import type { GlobalOptions } from './main.js';

/**
 * `palermo-gap list`: the packs and their requirements (id, title, area, level, source), as
 * aligned text or as JSON. Reads only checklist data.
 */

export const LIST_FORMATS = {
  text: 'one line per requirement, grouped by pack',
  json: 'every pack and requirement with its source, level and severity',
} as const satisfies Record<string, string>;
export type ListFormat = keyof typeof LIST_FORMATS;

interface ListOptions extends GlobalOptions {
  checklist: string[];
  format: ListFormat;
}

const EXAMPLES = `
Examples:
  $ palermo-gap list
  $ palermo-gap list --checklist principles
  $ palermo-gap list --checklist my-pack.yaml --format json
`;

/** `--checklist` may be repeated; each value is a built-in id or a path. */
export function collectChecklists(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Help text of `--checklist`, listing the built-in ids from the registry (a module without imports). */
export function checklistOptionDescription(builtinIds: readonly string[]): string {
  return `a built-in checklist (${builtinIds.join(', ')}) or a checklist file; repeatable; default: all built-in checklists`;
}

/**
 * The selected packs, or undefined after printing why they cannot be used (an unknown id, an
 * unreadable file, or `file:line:col` diagnostics of an invalid checklist); the caller exits 2.
 */
export async function selectOrReport(specs: readonly string[], options: GlobalOptions): Promise<Pack[] | undefined> {
  if (specs.every(isBuiltinPackId)) {
    // Built-in packs only: read the pre-validated JSON and skip loading the YAML pack loader.
    const { builtinPacks } = await import('../checklist/builtin-packs.js');
    const packs = builtinPacks();
    if (specs.length === 0) return [...packs];
    const found = [...new Set(specs)].map((id) => packs.find((pack) => pack.id === id));
    if (found.every((pack): pack is Pack => pack !== undefined)) return found;
  }
  const [{ selectPacks }, { chalkFor }, printing, { readInput }, { LIMITS }] = await Promise.all([
    import('../checklist/select.js'),
    import('./color.js'),
    import('./diagnostics.js'),
    import('./read-input.js'),
    import('../framework/limits.js'),
  ]);
  // The same guarded reader as assess: size cap, encodings, no endless devices.
  const read = (path: string) => {
    const input = readInput(path, LIMITS.maxChecklistBytes, 'checklist');
    if (!input.ok) throw new Error(`${path}: ${input.message}`);
    return input.text;
  };
  const selection = selectPacks(specs, { read });
  const err = chalkFor(options, 'stderr');
  for (const error of selection.errors) process.stderr.write(`palermo-gap: ${printing.terminalSafe(error)}\n`);
  for (const line of printing.formatDiagnostics(selection.diagnostics, err)) process.stderr.write(`${line}\n`);
  return selection.errors.length > 0 || selection.diagnostics.length > 0 ? undefined : selection.packs;
}

/** The JSON listing: plain data, one entry per pack and per requirement. */
export function listingData(packs: readonly Pack[]) {
  return {
    packs: packs.map((pack) => ({
      id: pack.id,
      title: pack.title,
      version: pack.version,
      source: pack.source,
      ...(pack.description !== undefined ? { description: pack.description } : {}),
      summary: pack.summary === true,
      origin: pack.origin,
      requirements: pack.requirements.map((requirement) => ({
        id: requirement.id,
        title: requirement.title,
        area: requirement.area,
        level: requirement.level,
        severity: requirement.severity,
        red_line: requirement.red_line === true,
        source: requirement.source,
        ...(requirement.binding_for_parties_of ? { binding_for_parties_of: requirement.binding_for_parties_of } : {}),
        ...(requirement.part_of !== undefined ? { part_of: requirement.part_of } : {}),
      })),
    })),
  };
}

export interface Styles {
  bold(text: string): string;
  dim(text: string): string;
}
const plain: Styles = { bold: (text) => text, dim: (text) => text };

/** The text listing: a header per pack, then aligned columns id, area, level, source, title. */
export function listingText(packs: readonly Pack[], styles: Styles = plain, safe: (text: string) => string = (text) => text): string {
  const lines: string[] = [];
  for (const pack of packs) {
    const count = `${pack.requirements.length} requirement${pack.requirements.length === 1 ? '' : 's'}`;
    const note = pack.summary ? ', summary: not scored' : '';
    if (lines.length > 0) lines.push('');
    lines.push(styles.bold(safe(`${pack.id} ${pack.version}  ${pack.title}`)) + styles.dim(safe(`  (${count}${note})`)));
    lines.push(styles.dim(safe(pack.source)));
    const rows = pack.requirements.map((requirement) => [
      requirement.id,
      requirement.area,
      requirement.level,
      `${INSTRUMENT_ABBREVIATIONS[requirement.source.instrument]} ${requirement.source.provision}`,
      `${requirement.title}${requirement.red_line ? ' [red line]' : ''}`,
    ]);
    const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const row of rows) {
      lines.push(`  ${row.map((cell, column) => (column < 4 ? cell.padEnd(widths[column]!) : cell)).map(safe).join('  ')}`.trimEnd());
    }
  }
  return `${lines.join('\n')}\n`;
}

export function registerList(program: Command): void {
  program
    .command('list')
    .summary('list the checklists and their requirements')
    .description(
      'List the checklists (packs) and their requirements: id, area, obligation level, treaty source and title. ' +
        'With --format json, every requirement with its source, level and severity.',
    )
    .option('--checklist <id|path>', checklistOptionDescription(BUILTIN_PACK_IDS), collectChecklists, [])
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(LIST_FORMATS)).default('text'))
    .addHelpText('after', EXAMPLES)
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<ListOptions>();
      const packs = await selectOrReport(options.checklist, options);
      if (!packs) {
        process.exitCode = 2;
        return;
      }
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(listingData(packs), null, 2)}\n`);
        return;
      }
      const [{ chalkFor }, { terminalSafe }] = await Promise.all([import('./color.js'), import('./diagnostics.js')]);
      const chalk = chalkFor(options, 'stdout');
      process.stdout.write(listingText(packs, { bold: (text) => chalk.bold(text), dim: (text) => chalk.dim(text) }, terminalSafe));
    });
}
