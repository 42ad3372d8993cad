// Build step run after `tsc`: turns the schemas and the built-in packs into data the CLI can load
// without work at start-up. Compiling the framework schema with ajv takes ~300 ms, so validators
// are compiled here, once, into standalone modules (ajv "standalone code"), and the built-in
// packs are validated and written as JSON.
//   node scripts/build-data.js                 writes generated/
//   node scripts/build-data.js --write-schemas also refreshes the published schemas/ (committed)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(root, 'generated');
mkdirSync(generated, { recursive: true });

function compileValidator(name, schema) {
  // CommonJS output: ajv's standalone ESM still emits require() for its runtime helpers.
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true } });
  const validate = ajv.compile(schema);
  writeFileSync(join(generated, `${name}-validator.cjs`), standaloneCode(ajv, validate));
}

const { validationSchema, publishedSchema } = await import(join(root, 'dist/framework/schema.js'));
compileValidator('framework', validationSchema());

const { checklistSchema } = await import(join(root, 'dist/checklist/schema.js'));
compileValidator('checklist', checklistSchema());

// Packs are loaded through the same loader users' packs go through, so a broken built-in pack
// fails the build with file:line:col instead of shipping.
const { compileBuiltinPacks } = await import(join(root, 'dist/checklist/builtins.js'));
const packs = compileBuiltinPacks(join(root, 'checklists'));
writeFileSync(join(generated, 'packs.json'), JSON.stringify(packs));

if (process.argv.includes('--write-schemas')) {
  const { reportSchema } = await import(join(root, 'dist/report/schema.js'));
  const write = (name, schema) =>
    writeFileSync(join(root, 'schemas', `${name}.schema.json`), JSON.stringify(schema, null, 2) + '\n');
  write('framework', publishedSchema());
  write('checklist', checklistSchema());
  write('report', reportSchema());
}
