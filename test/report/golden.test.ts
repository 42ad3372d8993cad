/**
 * Golden outputs of every format on hand-built assessments, colour off. A golden is written the
 * first time a test runs (never in CI) and must be read before it is committed; `vitest -u`
 * rewrites them after an intended change.
 */
import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/report/index.js';
import { FORMAT_NAMES } from '../../src/report/formats.js';
import { TOOL, loadAssessments } from './helpers.js';

const EXTENSIONS = { text: 'txt', json: 'json', markdown: 'md', sarif: 'sarif', junit: 'junit.xml', csv: 'csv' } as const;

describe('golden reports', () => {
  for (const scenario of ['report-draft-with-red-line', 'report-two-files-summary']) {
    const file = scenario === 'report-two-files-summary' ? 'assessments.json' : 'assessment.json';
    for (const format of FORMAT_NAMES) {
      it(`${scenario} as ${format}`, async () => {
        const out = formatters[format](loadAssessments(scenario, file), { color: false, tool: TOOL });
        await expect(out).toMatchFileSnapshot(`../fixtures/${scenario}/expected.${EXTENSIONS[format]}`);
      });
    }
  }

  it('report-draft-with-red-line as text with --only-gaps', async () => {
    const out = formatters.text(loadAssessments('report-draft-with-red-line'), { color: false, onlyGaps: true });
    await expect(out).toMatchFileSnapshot('../fixtures/report-draft-with-red-line/expected-only-gaps.txt');
  });

  it('report-draft-with-red-line as text with --verbose', async () => {
    const out = formatters.text(loadAssessments('report-draft-with-red-line'), { color: false, verbose: true });
    await expect(out).toMatchFileSnapshot('../fixtures/report-draft-with-red-line/expected-verbose.txt');
  });

  it('report-draft-with-red-line as markdown with --verbose', async () => {
    const out = formatters.markdown(loadAssessments('report-draft-with-red-line'), { color: false, verbose: true });
    await expect(out).toMatchFileSnapshot('../fixtures/report-draft-with-red-line/expected-verbose.md');
  });
});
