/**
 * SARIF as GitHub code scanning requires it (GitHub docs, "SARIF support for code scanning"):
 * every required field present and non-empty, levels by state, stable fingerprints.
 */
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/engine/types.js';
import { artifactUri, formatSarif, sarifLog } from '../../src/report/sarif.js';
import { TOOL, copy, loadAssessments, resultById } from './helpers.js';

const [draft] = loadAssessments('report-draft-with-red-line') as [Assessment];
const parse = (assessments: Assessment[], options = {}) =>
  JSON.parse(formatSarif(assessments, { color: false, tool: TOOL, ...options })) as ReturnType<typeof sarifLog>;

const nonEmpty = (value: unknown) => typeof value === 'string' && value.trim().length > 0;

describe('SARIF log', () => {
  const log = parse([draft]);
  const run = log.runs[0]!;

  it('has the top-level fields GitHub requires', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('palermo-gap');
    expect(run.tool.driver.semanticVersion).toBe('1.2.3');
    expect(run.automationDetails.id).toBe('palermo-gap/fre/');
  });

  it('has one rule per requirement (post-session answers excluded) with every required text', () => {
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual(draft.results.filter((r) => !r.summary).map((r) => r.id));
    for (const rule of run.tool.driver.rules) {
      expect(nonEmpty(rule.id)).toBe(true);
      expect(rule.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(nonEmpty(rule.shortDescription.text)).toBe(true);
      expect(nonEmpty(rule.fullDescription.text)).toBe(true);
      expect(nonEmpty(rule.help.text)).toBe(true);
      expect(nonEmpty(rule.help.markdown)).toBe(true);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
      expect(rule.properties.tags.length).toBeLessThanOrEqual(20);
    }
  });

  it('cites the treaty source in the rule description', () => {
    const rule = run.tool.driver.rules.find((r) => r.id === 'TIP-DEF-CHILD')!;
    expect(rule.fullDescription.text).toContain('Trafficking in Persons Protocol, art. 3(c)');
    expect(rule.help.text).toContain('Recommended action: remove the requirement to prove any means when the victim is a child.');
  });

  it('gives results only for gaps and unassessed requirements, at the level of their state', () => {
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['TIP-DEF-ACTS', 'warning'],
      ['TIP-DEF-CHILD', 'error'],
      ['SOM-HUMANITARIAN', 'error'],
      ['PRIN-NONPUNISH', 'warning'],
      ['TIP-VICT-RECOVERY', 'note'],
    ]);
  });

  it('gives every result a message, one location with all four region fields, and a fingerprint', () => {
    for (const result of run.results) {
      expect(nonEmpty(result.message.text)).toBe(true);
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result.locations).toHaveLength(1);
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      expect(artifactLocation.uri).toBe('samples/freedonia-draft.yaml');
      for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) {
        expect(Number.isInteger(region[key]) && region[key] >= 1).toBe(true);
      }
      expect(region.endLine > region.startLine || region.endColumn > region.startColumn).toBe(true);
      expect(result.partialFingerprints['requirementFactHash/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('points at the YAML node of the deciding fact', () => {
    const child = run.results.find((r) => r.ruleId === 'TIP-DEF-CHILD')!;
    expect(child.locations[0]!.physicalLocation.region).toEqual({ startLine: 14, startColumn: 35, endLine: 14, endColumn: 101 });
  });

  it('points at line 1 when the finding concerns a missing section', () => {
    const a = copy(draft);
    resultById(a, 'TIP-DEF-CHILD').location = { line: 1, col: 1 };
    const result = parse([a]).runs[0]!.results.find((r) => r.ruleId === 'TIP-DEF-CHILD')!;
    expect(result.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
  });

  it('message names the state, the finding, the source, the national provision and the recommendation', () => {
    const child = run.results.find((r) => r.ruleId === 'TIP-DEF-CHILD')!;
    expect(child.message.text).toBe(
      'Not met (FRE): No means need be proved when the victim is a child. trafficking.means_required_for_children is true. ' +
        'Source: Trafficking in Persons Protocol, art. 3(c) (binding obligations). National law: Penal Code art. 212(4). ' +
        'Red line: caps the headline rating. The authorities are urged to remove the requirement to prove any means when the victim is a child.',
    );
    const nonPunish = run.results.find((r) => r.ruleId === 'PRIN-NONPUNISH')!;
    expect(nonPunish.message.text).toContain(
      'binding through Council of Europe Convention on Action against Trafficking in Human Beings (CETS 197), art. 26',
    );
  });

  it('keeps fingerprints when lines move, and changes them for another file or rule', () => {
    const moved = copy(draft);
    for (const r of moved.results) {
      r.location = { ...r.location, line: r.location.line + 7 };
      for (const f of r.facts) if (f.position) f.position = { ...f.position, line: f.position.line + 7 };
    }
    const fp = (log: ReturnType<typeof sarifLog>) => log.runs[0]!.results.map((r) => r.partialFingerprints['requirementFactHash/v1']);
    expect(fp(parse([moved]))).toEqual(fp(log));
    const renamed = copy(draft);
    renamed.file = 'samples/other.yaml';
    const other = fp(parse([renamed]));
    expect(other.some((f, i) => f === fp(log)[i])).toBe(false);
    expect(new Set(fp(log)).size).toBe(fp(log).length);
  });

  it('with --only-gaps leaves out the unassessed notes', () => {
    expect(parse([draft], { onlyGaps: true }).runs[0]!.results.map((r) => r.level)).not.toContain('note');
  });
});

describe('SARIF artifact URIs', () => {
  it('keeps the path as given, relative, with forward slashes', () => {
    expect(artifactUri('samples/x.yaml')).toBe('samples/x.yaml');
    expect(artifactUri('./samples/x.yaml')).toBe('samples/x.yaml');
    expect(artifactUri('samples\\drafts\\x.yaml')).toBe('samples/drafts/x.yaml');
  });

  it('makes an absolute path relative to the working directory', () => {
    expect(artifactUri('/repo/samples/x.yaml', '/repo')).toBe('samples/x.yaml');
  });

  it('percent-encodes characters that are not allowed in a URI', () => {
    expect(artifactUri('samples/evil draft #1.yaml')).toBe('samples/evil%20draft%20%231.yaml');
  });
});

describe('SARIF for several files and hostile text', () => {
  it('holds every file in one run with one rule per requirement', () => {
    const two = loadAssessments('report-two-files-summary', 'assessments.json');
    const run = parse(two).runs[0]!;
    expect(run.automationDetails.id).toBe('palermo-gap/fre+syl/');
    expect(new Set(run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(
      new Set(['samples/freedonia-draft.yaml', 'samples/sylvania.yaml']),
    );
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps messages on one line and free of control characters', () => {
    const [hostile] = loadAssessments('report-hostile-strings') as [Assessment];
    const run = parse([hostile]).runs[0]!;
    for (const r of run.results) expect(r.message.text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    for (const rule of run.tool.driver.rules) expect(rule.help.markdown).not.toMatch(/<img|<script/);
  });
});
