import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/engine/types.js';
import { formatJunit } from '../../src/report/junit.js';
import { copy, loadAssessments } from './helpers.js';
import { parseXml, type XmlElement } from './xml-parse.js';

const [draft] = loadAssessments('report-draft-with-red-line') as [Assessment];
const two = loadAssessments('report-two-files-summary', 'assessments.json');
const [hostile] = loadAssessments('report-hostile-strings') as [Assessment];

function expectCountsMatchChildren(element: XmlElement, cases: XmlElement[]): void {
  const count = (name: string) => cases.filter((c) => c.children.some((child) => child.name === name)).length;
  expect(element.attributes.tests).toBe(String(cases.length));
  expect(element.attributes.failures).toBe(String(count('failure')));
  expect(element.attributes.errors).toBe(String(count('error')));
  expect(element.attributes.skipped).toBe(String(count('skipped')));
}

describe('JUnit report', () => {
  for (const [name, assessments] of [
    ['one file', [draft]],
    ['two files', two],
    ['hostile strings', [hostile]],
    ['only gaps', [draft]],
  ] as const) {
    it(`is well formed and its counts match the children (${name})`, () => {
      const root = parseXml(formatJunit(assessments, { color: false, onlyGaps: name === 'only gaps' }));
      expect(root.name).toBe('testsuites');
      const suites = root.children;
      expect(suites).toHaveLength(assessments.length);
      for (const suite of suites) expectCountsMatchChildren(suite, suite.children);
      expectCountsMatchChildren(root, suites.flatMap((s) => s.children));
    });
  }

  it('has one testcase per requirement per file, named by id and title, classed by jurisdiction and area', () => {
    const suite = parseXml(formatJunit([draft], { color: false })).children[0]!;
    expect(suite.attributes.name).toBe('samples/freedonia-draft.yaml');
    expect(suite.children.map((c) => c.attributes.name!.split(' ')[0])).toEqual(draft.results.map((r) => r.id));
    const child = suite.children.find((c) => c.attributes.name!.startsWith('TIP-DEF-CHILD'))!;
    expect(child.attributes.classname).toBe('FRE.criminalization');
    expect(child.attributes.file).toBe('samples/freedonia-draft.yaml');
  });

  it('fails gaps, skips what does not apply or could not be assessed, and passes the rest', () => {
    const suite = parseXml(formatJunit([draft], { color: false })).children[0]!;
    const outcome = Object.fromEntries(suite.children.map((c) => [c.attributes.name!.split(' ')[0], c.children[0]?.name ?? 'pass']));
    expect(outcome).toMatchObject({
      'TIP-DEF-ACTS': 'failure',
      'TIP-DEF-CHILD': 'failure',
      'SOM-ART5-NONCRIM': 'pass',
      'SOM-HUMANITARIAN': 'failure',
      'TIP-VICT-RECOVERY': 'skipped',
      'SOM-SEA-REQUEST': 'skipped',
      'UNTOC-MLA': 'pass',
    });
    const skipped = suite.children.find((c) => c.attributes.name!.startsWith('SOM-SEA-REQUEST'))!.children[0]!;
    expect(skipped.attributes.message).toBe('not applicable: jurisdiction.coastal is false');
    const notAssessed = suite.children.find((c) => c.attributes.name!.startsWith('TIP-VICT-RECOVERY'))!.children[0]!;
    expect(notAssessed.attributes.message).toBe('not assessed: the file does not state victims.assistance.services');
  });

  it('puts the finding in the failure message and the full trace in its body', () => {
    const suite = parseXml(formatJunit([draft], { color: false })).children[0]!;
    const failure = suite.children.find((c) => c.attributes.name!.startsWith('TIP-DEF-CHILD'))!.children[0]!;
    expect(failure.attributes.message).toBe('trafficking.means_required_for_children is true');
    expect(failure.attributes.type).toBe('not_met');
    expect(failure.text).toContain('Source: Trafficking in Persons Protocol, art. 3(c)');
    expect(failure.text).toContain('National law: Penal Code art. 212(4)');
    expect(failure.text).toContain('Recommendation: The authorities are urged to');
  });

  it('keeps hostile text intact but inert: attributes escaped, ]]> split, control characters dropped', () => {
    const xml = formatJunit([hostile], { color: false });
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const suite = parseXml(xml).children[0]!;
    expect(suite.attributes.name).toBe('samples/evil draft #1.yaml');
    const child = suite.children.find((c) => c.attributes.name!.startsWith('TIP-DEF-CHILD'))!;
    expect(child.attributes.name).toBe("TIP-DEF-CHILD +cmd|' /C calc'!A0");
    expect(child.attributes.classname).toBe('EV|L.criminalization');
    const failure = child.children[0]!;
    expect(failure.attributes.message).toBe('line1\nline2\r\n| pipe | table ]]> click');
    expect(failure.text).toContain('</failure><script>alert(1)</script> ]]> <!-- x -->');
  });

  it('uses the file as classname prefix when two files share a jurisdiction code', () => {
    const revised = copy(draft);
    revised.file = 'samples/freedonia-draft-v2.yaml';
    const root = parseXml(formatJunit([draft, revised], { color: false }));
    const classnames = root.children.map((s) => s.children[0]!.attributes.classname);
    expect(classnames).toEqual(['samples/freedonia-draft.yaml.ratification', 'samples/freedonia-draft-v2.yaml.ratification']);
  });
});
