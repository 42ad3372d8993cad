/** `palermo-gap compare` through the built binary, on two versions of a small fictional draft. */
import { mkdtempSync, readFileSync, rmSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/report/schema.js';
import { ROOT, fixture, run } from './run.js';

const BASE = fixture('compare-one-closed-one-opened', 'base.yaml');
const HEAD = fixture('compare-one-closed-one-opened', 'head.yaml');
const TIP = ['--checklist', 'tip-protocol'];

describe('compare', () => {
  it('shows the gap closed and the gap opened (exit 0 without --fail-on-regression)', () => {
    const { code, stdout, stderr } = run(['compare', BASE, HEAD, ...TIP]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Regression: 1 gap opened; the binding score fell from 80 to 50.');
    expect(stdout).toMatch(/Gaps opened \(1\)\n {2}TIP-DEF-CHILD .*\n {5}met → not met · red line, critical/);
    expect(stdout).toMatch(/Gaps closed \(1\)\n {2}TIP-DEF-ACTS .*\n {5}partly met \(0\.6\) → met/);
  });

  it('--fail-on-regression exits 1 on a regression and 0 the other way round', () => {
    const worse = run(['compare', BASE, HEAD, ...TIP, '--fail-on-regression']);
    expect(worse.code).toBe(1);
    expect(worse.stderr).toContain('gate failed (--fail-on-regression)');
    const better = run(['compare', HEAD, BASE, ...TIP, '--fail-on-regression']);
    expect(better.code).toBe(1);
    // Reversed, TIP-DEF-ACTS is opened again: still a regression. Comparing a file with itself is not.
    const same = run(['compare', BASE, BASE, ...TIP, '--fail-on-regression']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('No regression');
  });

  it('renders markdown and json; the json validates against the report schema', () => {
    expect(run(['compare', BASE, HEAD, ...TIP, '--format', 'markdown']).stdout).toContain('### Gaps opened (1)');
    const doc = JSON.parse(run(['compare', BASE, HEAD, ...TIP, '--format', 'json']).stdout);
    const validate = new Ajv({ allErrors: true, strict: true }).compile(reportSchema());
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.comparison.opened.map((c: { id: string }) => c.id)).toEqual(['TIP-DEF-CHILD']);
    expect(doc.comparison.closed.map((c: { id: string }) => c.id)).toEqual(['TIP-DEF-ACTS']);
    expect(doc.comparison.regression).toBe(true);
  });

  it('exits 2 for an invalid input, an unknown format or a missing argument', () => {
    const invalid = run(['compare', BASE, fixture('report-invalid-framework', 'invalid.yaml')]);
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toMatch(/invalid\.yaml:9:23/);
    expect(run(['compare', BASE, HEAD, '--format', 'sarif']).code).toBe(2);
    expect(run(['compare', BASE]).code).toBe(2);
  });

  it('--output writes atomically and never over base or head', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palermo-gap-compare-'));
    try {
      copyFileSync(join(ROOT, BASE), join(dir, 'base.yaml'));
      copyFileSync(join(ROOT, HEAD), join(dir, 'head.yaml'));
      expect(run(['compare', 'base.yaml', 'head.yaml', ...TIP, '--output', 'head.yaml'], { cwd: dir }).code).toBe(2);
      expect(readFileSync(join(dir, 'head.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, HEAD), 'utf8'));
      expect(run(['compare', 'base.yaml', 'head.yaml', ...TIP, '--format', 'markdown', '--output', 'diff.md'], { cwd: dir }).code).toBe(0);
      expect(readFileSync(join(dir, 'diff.md'), 'utf8')).toContain('## Comparison: Republic of Testland draft Bill (XTL-BILL)');
      expect(readdirSync(dir).sort()).toEqual(['base.yaml', 'diff.md', 'head.yaml']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
