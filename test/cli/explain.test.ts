// Runs the built binary: `npm test` builds first (or run `npm run build`).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as runArgs } from './run.js';

const run = (...args: string[]) => runArgs(args);

describe('palermo-gap explain', () => {
  it('explains a requirement: question, source, level, check in words, recommendation', () => {
    const { code, stdout, stderr } = run('explain', 'TIP-DEF-ACTS');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^TIP-DEF-ACTS {2}/);
    expect(stdout).toMatch(/^Question {8}\S/m);
    expect(stdout).toMatch(/^Source {10}Trafficking in Persons Protocol, art\. 3\(a\)/m);
    expect(stdout).toMatch(/^Level {11}mandatory: /m);
    expect(stdout).toMatch(/^Check {11}trafficking\.acts includes recruitment, transportation, transfer, harbouring and receipt/m);
    expect(stdout).toMatch(/If not met: The authorities are urged to /);
    expect(stdout).toMatch(/If partly met: The authorities should /);
  });

  it('says which treaties make a principle binding for their parties', () => {
    const { code, stdout } = run('explain', 'PRIN-NONPUNISH');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Binding for parties of\n {16}Council of Europe Convention on Action against Trafficking in Human Beings \(CETS 197\), art\. 26/);
    expect(stdout).toMatch(/If not met and bound by a treaty above: The authorities are urged to /);
  });

  it('accepts an id in lower case', () => {
    expect(run('explain', 'tip-def-acts').stdout).toMatch(/^TIP-DEF-ACTS {2}/);
  });

  it('gives the explanation as JSON', () => {
    const { code, stdout } = run('explain', 'TIP-DEF-ACTS', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: 'TIP-DEF-ACTS', pack: { id: 'tip-protocol' }, source: { instrument: 'tip_protocol' }, tier: 'binding' });
  });

  it('exits 2 with the nearest id for an unknown one', () => {
    const { code, stdout, stderr } = run('explain', 'TIP-DEF-ACT');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown requirement 'TIP-DEF-ACT' \(did you mean 'TIP-DEF-ACTS'\?\)/);
  });

  it('explains requirements of a checklist file', () => {
    const { code, stdout } = run('explain', 'SAMPLE-SUMMARY', '--checklist', join('test', 'fixtures', 'checklist-valid', 'pack.yaml'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Check {11}the average of:\n {16}- the result of requirement SAMPLE-ACTS\n {16}- the result of requirement SAMPLE-NONPUNISH$/m);
  });
});
