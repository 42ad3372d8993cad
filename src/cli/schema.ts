import { Argument, type Command } from 'commander';

/**
 * `palermo-gap schema [framework|checklist|report]`: prints a JSON Schema on standard output,
 * for editors (framework files and checklist packs) and for consumers of the JSON report.
 */

const SCHEMAS = {
  framework: async () => (await import('../framework/schema.js')).publishedSchema(),
  checklist: async () => (await import('../checklist/schema.js')).checklistSchema(),
  report: async () => (await import('../report/schema.js')).reportSchema(),
} as const satisfies Record<string, () => Promise<unknown>>;

export type SchemaName = keyof typeof SCHEMAS;

export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];

const EXAMPLES = `
Examples:
  $ palermo-gap schema > framework.schema.json
  $ palermo-gap schema checklist > checklist.schema.json
  $ palermo-gap schema report
`;

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .summary('print a JSON Schema (framework file, checklist pack or JSON report)')
    .description(
      'Print the JSON Schema of a framework file (the default), of a checklist pack, or of the JSON report. ' +
        'Point an editor at it with a "# yaml-language-server: $schema=<path>" first line.',
    )
    .addArgument(new Argument('[kind]', 'which schema').choices(SCHEMA_NAMES).default('framework'))
    .addHelpText('after', EXAMPLES)
    .action(async (kind: SchemaName) => {
      const schema = await SCHEMAS[kind]();
      process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    });
}
