/**
 * `palermo-gap assess` through the built binary: exit codes 0/1/2, every format, colour, and
 * --output (atomic, never over an input, nothing written when an input is bad).
 */
import { Ajv } from 'ajv';
import { copyFileSync, linkSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/report/schema.js';
import { parseCsv } from '../report/csv-parse.js';
import { parseXml } from '../report/xml-parse.js';
import { ROOT, fixture, run } from './run.js';

const DRAFT = fixture('report-cli-small-draft', 'draft.yaml');
const INVALID = fixture('report-invalid-framework', 'invalid.yaml');
const BROKEN_PACK = fixture('report-broken-checklist', 'pack.yaml');
const NO_STACK = /\n\s+at .+\(.*:\d+:\d+\)/;

describe('assess: exit codes', () => {
  it('0 with the report on stdout and nothing on stderr', () => {
    const { code, stdout, stderr } = run(['assess', DRAFT]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Gap report: Republic of Testland (XTL)');
    expect(stdout.indexOf('RED LINE NOT MET')).toBeLessThan(stdout.indexOf('Rating:'));
    expect(stdout).toContain('Post-session checklist');
    expect(stdout).not.toContain('\u001b');
  });

  it('1 when a gate fails, with the gate named on stderr and the report still written', () => {
    for (const [args, gate] of [
      [['--fail-on', 'critical'], '--fail-on'],
      [['--fail-under', '99'], '--fail-under'],
      [['--min-coverage', '90%'], '--min-coverage'],
    ] as const) {
      const { code, stdout, stderr } = run(['assess', DRAFT, ...args]);
      expect(code).toBe(1);
      expect(stderr).toContain(`gate failed (${gate})`);
      expect(stderr).toContain(DRAFT);
      expect(stdout).toContain('Gap report');
    }
  });

  it('0 when every gate passes', () => {
    const { code, stderr } = run(['assess', DRAFT, '--fail-under', '60', '--fail-on', 'minor', '--min-coverage', '5', '--checklist', 'untoc', '--checklist', 'tip-protocol', '--checklist', 'som-protocol']);
    expect(code).toBe(1);
    expect(stderr).toContain('gate failed (--fail-on)');
    expect(run(['assess', DRAFT, '--fail-under', '50', '--min-coverage', '1']).code).toBe(0);
  });

  it('1 for --fail-under 0 when no binding obligation could be assessed', () => {
    const { code, stderr } = run(['assess', DRAFT, '--fail-under', '0', '--checklist', 'untoc']);
    expect(code).toBe(1);
    expect(stderr).toContain('no binding obligation could be assessed');
  });

  it('2 for an invalid file: file:line:col diagnostics on stderr, nothing on stdout', () => {
    const { code, stdout, stderr } = run(['assess', INVALID]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^test\/fixtures\/report-invalid-framework\/invalid\.yaml:9:23 {2}.*yes.*\(trafficking\.consent_irrelevant\)$/m);
    expect(stderr).toMatch(/invalid\.yaml:10:\d+ {2}.*transportaton.*\(trafficking\.acts\)/);
    expect(stderr).not.toMatch(NO_STACK);
  });

  it('2 when one of several files is invalid, and no report for the valid one', () => {
    const { code, stdout } = run(['assess', DRAFT, INVALID]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
  });

  it('2 for a missing file or a directory', () => {
    const missing = run(['assess', 'no/such/file.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/file.yaml: no such file');
    const directory = run(['assess', 'test']);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain('directory');
    expect(directory.stderr).not.toMatch(NO_STACK);
  });

  it('2 for an unknown checklist id or a broken checklist file', () => {
    const unknown = run(['assess', DRAFT, '--checklist', 'tip-protocl']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown checklist 'tip-protocl'");
    const broken = run(['assess', DRAFT, '--checklist', BROKEN_PACK]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/report-broken-checklist\/pack\.yaml:15:7 {2}unknown predicate 'looks_like'/);
    expect(broken.stdout).toBe('');
  });

  it('2 for usage errors: unknown format, severity, or a threshold that is not 0-100', () => {
    for (const args of [
      ['--format', 'html'],
      ['--fail-on', 'severe'],
      ['--fail-under', 'abc'],
      ['--fail-under', '101'],
      ['--min-coverage', '-5'],
    ]) {
      const { code, stdout, stderr } = run(['assess', DRAFT, ...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(args[0]);
    }
  });
});

describe('assess: formats', () => {
  it('json validates against the report schema', () => {
    const { code, stdout } = run(['assess', DRAFT, '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    const validate = new Ajv({ allErrors: true, strict: true }).compile(reportSchema());
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(doc.tool).toEqual({ name: 'palermo-gap', version });
    expect(doc.assessments[0].file).toBe(DRAFT);
  });

  it('sarif points at the YAML line of the fact', () => {
    const log = JSON.parse(run(['assess', DRAFT, '--format', 'sarif']).stdout);
    const child = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'TIP-DEF-CHILD');
    expect(child.level).toBe('error');
    expect(child.locations[0].physicalLocation.artifactLocation.uri).toBe(DRAFT);
    expect(child.locations[0].physicalLocation.region.startLine).toBe(20);
  });

  it('junit is well formed with one testcase per requirement', () => {
    const json = JSON.parse(run(['assess', DRAFT, '--format', 'json']).stdout);
    const root = parseXml(run(['assess', DRAFT, '--format', 'junit']).stdout);
    expect(root.children[0]!.children).toHaveLength(json.assessments[0].results.length);
  });

  it('csv has one row per requirement', () => {
    const json = JSON.parse(run(['assess', DRAFT, '--format', 'json']).stdout);
    const rows = parseCsv(run(['assess', DRAFT, '--format', 'csv']).stdout);
    expect(rows).toHaveLength(json.assessments[0].results.length + 1);
  });

  it('markdown starts with the report heading', () => {
    expect(run(['assess', DRAFT, '--format', 'markdown']).stdout).toMatch(/^# palermo-gap report\n\n## Gap report: Republic of Testland \(XTL\)/);
  });

  it('several files give a summary matrix', () => {
    const { code, stdout } = run(['assess', DRAFT, fixture('compare-one-closed-one-opened', 'base.yaml')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Summary of 2 files');
  });

  it('--only-gaps and --verbose reach the report', () => {
    expect(run(['assess', DRAFT, '--only-gaps']).stdout).not.toContain('Scores by');
    const verbose = run(['assess', DRAFT, '--verbose']).stdout;
    expect(verbose).toContain('Full trace');
    expect(verbose).toContain(`trafficking.means_required_for_children = true  (${DRAFT}:20:`);
    expect(run(['--verbose', 'assess', DRAFT]).stdout).toContain('Full trace');
  });
});

describe('assess: colour', () => {
  it('colours when forced, and never with --no-color or NO_COLOR', () => {
    expect(run(['assess', DRAFT], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(run(['assess', DRAFT, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b');
    expect(run(['assess', DRAFT], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b');
  });
});

describe('assess --output', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'palermo-gap-output-'));
    copyFileSync(join(ROOT, DRAFT), join(dir, 'draft.yaml'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the report to the file, uncoloured, and nothing to stdout', () => {
    const { code, stdout } = run(['assess', 'draft.yaml', '--output', 'report.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const text = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(text).toContain('Gap report: Republic of Testland');
    expect(text).not.toContain('\u001b');
  });

  it('replaces an existing report whole and leaves no temporary file behind', () => {
    writeFileSync(join(dir, 'report.json'), 'old');
    expect(run(['assess', 'draft.yaml', '--format', 'json', '--output', 'report.json'], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).schema_version).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['draft.yaml', 'report.json']);
  });

  it('writes the report even when a gate fails (exit 1)', () => {
    expect(run(['assess', 'draft.yaml', '--fail-on', 'critical', '--output', 'r.txt'], { cwd: dir }).code).toBe(1);
    expect(existsSync(join(dir, 'r.txt'))).toBe(true);
  });

  it('refuses to write over an input file, however it is named (exit 2)', () => {
    symlinkSync(join(dir, 'draft.yaml'), join(dir, 'link.yaml'));
    linkSync(join(dir, 'draft.yaml'), join(dir, 'hard.yaml'));
    const before = readFileSync(join(dir, 'draft.yaml'), 'utf8');
    for (const output of ['draft.yaml', './draft.yaml', join(dir, 'draft.yaml'), 'link.yaml', 'hard.yaml']) {
      const { code, stderr, stdout } = run(['assess', 'draft.yaml', '--output', output], { cwd: dir });
      expect(code, output).toBe(2);
      expect(stderr).toContain('is an input file');
      expect(stdout).toBe('');
    }
    expect(readFileSync(join(dir, 'draft.yaml'), 'utf8')).toBe(before);
  });

  it('refuses to write over a checklist file given as input', () => {
    copyFileSync(join(ROOT, BROKEN_PACK), join(dir, 'pack.yaml'));
    const { code, stderr } = run(['assess', 'draft.yaml', '--checklist', 'pack.yaml', '--output', 'pack.yaml'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('is an input file');
  });

  it('writes nothing when an input is invalid', () => {
    copyFileSync(join(ROOT, INVALID), join(dir, 'invalid.yaml'));
    writeFileSync(join(dir, 'report.txt'), 'previous report');
    expect(run(['assess', 'draft.yaml', 'invalid.yaml', '--output', 'report.txt'], { cwd: dir }).code).toBe(2);
    expect(run(['assess', 'draft.yaml', 'invalid.yaml', '--output', 'new.txt'], { cwd: dir }).code).toBe(2);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('previous report');
    expect(readdirSync(dir).sort()).toEqual(['draft.yaml', 'invalid.yaml', 'report.txt']);
  });

  it('exits 2 with one line when the directory does not exist or the output is a directory', () => {
    const missing = run(['assess', 'draft.yaml', '--output', 'no/such/dir/report.txt'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot write --output no/such/dir/report.txt: the directory does not exist');
    const directory = run(['assess', 'draft.yaml', '--output', '.'], { cwd: dir });
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain('is a directory');
    expect(directory.stderr).not.toMatch(NO_STACK);
  });
});

describe('assess --output -', () => {
  it('writes to standard output', () => {
    const { code, stdout } = run(['assess', DRAFT, '--format', 'json', '--output', '-']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).schema_version).toBe(1);
  });
});
