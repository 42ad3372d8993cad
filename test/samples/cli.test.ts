/**
 * The samples through the built binary, as the README tells users to run them (after
 * `npm run build`): they validate, the model-law draft passes a CI gate at 100, and the two drafts
 * show a regression in `compare`.
 */
import { describe, expect, it } from 'vitest';
import { run as runArgs } from '../cli/run.js';

const run = (...args: string[]) => runArgs(args);
import { sampleNames } from './support.js';

const sampleFiles = sampleNames().map((name) => `samples/${name}.yaml`);

describe('samples through the CLI', () => {
  it('palermo-gap validate samples/*.yaml exits 0 with every file valid', () => {
    const { code, stdout, stderr } = run('validate', ...sampleFiles);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const file of sampleFiles) expect(stdout).toContain(`${file}: valid`);
  });

  it('the model-law draft passes a binding-score gate of 100; draft v1 does not', () => {
    expect(run('assess', 'samples/model-law-draft.yaml', '--fail-under', '100').code).toBe(0);
    const v1 = run('assess', 'samples/draft-v1.yaml', '--fail-under', '100');
    expect(v1.code).toBe(1);
    expect(v1.stderr).toContain('--fail-under');
  });

  it('the first attempt fails a coverage gate instead of passing on a few facts', () => {
    const { code, stderr } = run('assess', 'samples/first-attempt.yaml', '--min-coverage', '50');
    expect(code).toBe(1);
    expect(stderr).toContain('--min-coverage');
  });

  it('compare draft-v1 draft-v2 --fail-on-regression exits 1: one gap is opened while two are closed', () => {
    const { code, stdout } = run('compare', 'samples/draft-v1.yaml', 'samples/draft-v2.yaml', '--fail-on-regression', '--no-color');
    expect(code).toBe(1);
    for (const id of ['PRIN-NONCOND-ASSIST', 'SOM-ART5-NONCRIM', 'TIP-DEF-MEANS']) expect(stdout).toContain(id);
  });
});
