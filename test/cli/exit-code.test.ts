import { describe, expect, it } from 'vitest';
import { exitCode, gateFailures, type GateInput } from '../../src/cli/exit-code.js';
import type { Assessment, ScoreCell } from '../../src/engine/types.js';
import { copy, loadAssessments, resultById } from '../report/helpers.js';

// The fixture: binding score 65.3, binding coverage 100 % (6/6); gaps: TIP-DEF-CHILD critical
// not met, TIP-DEF-ACTS critical partial, PRIN-NONPUNISH major partial, SOM-HUMANITARIAN major
// not met; post-session answers PS-2 and PS-2-TIP are "no"/"partly" (severity major).
const [draft] = loadAssessments('report-draft-with-red-line') as [Assessment];

function withBinding(cell: Partial<ScoreCell>): Assessment {
  const a = copy(draft);
  a.scores.tiers.binding = { ...a.scores.tiers.binding, ...cell };
  return a;
}

/** Only critical gaps removed: what is left are major gaps. */
function onlyMajorGaps(): Assessment {
  const a = copy(draft);
  for (const id of ['TIP-DEF-CHILD', 'TIP-DEF-ACTS']) Object.assign(resultById(a, id), { state: 'met', credit: 1 });
  return a;
}

/** No gap in the detailed requirements; the post-session answers still say "no" and "partly". */
function noDetailedGaps(): Assessment {
  const a = copy(draft);
  for (const r of a.results) if (!r.summary && (r.state === 'not_met' || r.state === 'partial')) Object.assign(r, { state: 'met', credit: 1 });
  return a;
}

const table: [string, GateInput, 0 | 1][] = [
  ['no gate requested', { assessments: [draft] }, 0],
  ['--fail-under below the binding score', { assessments: [draft], failUnder: 60 }, 0],
  ['--fail-under equal to the binding score passes', { assessments: [withBinding({ score: 60 })], failUnder: 60 }, 0],
  ['--fail-under above the binding score', { assessments: [draft], failUnder: 70 }, 1],
  ['--fail-under ignores the blended overall score', { assessments: [withBinding({ score: 90 })], failUnder: 80 }, 0],
  ['--fail-under with no binding score (nothing assessed) fails', { assessments: [withBinding({ score: null, coverage: 0, assessed: 0 })], failUnder: 0 }, 1],
  ['--fail-under 0 passes any computed score', { assessments: [withBinding({ score: 0 })], failUnder: 0 }, 0],
  ['--fail-on critical with a critical gap', { assessments: [draft], failOn: 'critical' }, 1],
  ['--fail-on critical with only major gaps', { assessments: [onlyMajorGaps()], failOn: 'critical' }, 0],
  ['--fail-on major with only major gaps', { assessments: [onlyMajorGaps()], failOn: 'major' }, 1],
  ['--fail-on minor counts worse severities too', { assessments: [onlyMajorGaps()], failOn: 'minor' }, 1],
  ['--fail-on counts partly met as a gap', { assessments: [noDetailedGapsExcept('TIP-DEF-ACTS')], failOn: 'critical' }, 1],
  ['--fail-on ignores post-session answers', { assessments: [noDetailedGaps()], failOn: 'minor' }, 0],
  ['--fail-on ignores not assessed', { assessments: [noDetailedGaps()], failOn: 'major' }, 0],
  ['--min-coverage met', { assessments: [draft], minCoverage: 100 }, 0],
  ['--min-coverage not met', { assessments: [withBinding({ coverage: 79.9 })], minCoverage: 80 }, 1],
  ['--min-coverage with nothing binding applicable fails', { assessments: [withBinding({ coverage: null, applicable: 0, assessed: 0, score: null })], minCoverage: 10 }, 1],
  ['one failing file of two fails the run', { assessments: [draft, withBinding({ score: 10 })], failUnder: 50 }, 1],
  ['several gates, all pass', { assessments: [onlyMajorGaps()], failUnder: 50, failOn: 'critical', minCoverage: 90 }, 0],
  ['a regression fails', { assessments: [], regression: true }, 1],
  ['no regression passes', { assessments: [], regression: false }, 0],
];

function noDetailedGapsExcept(id: string): Assessment {
  const a = noDetailedGaps();
  Object.assign(resultById(a, id), { state: 'partial', credit: 0.6 });
  return a;
}

describe('exitCode', () => {
  for (const [name, input, expected] of table) {
    it(`${name} → ${expected}`, () => {
      expect(exitCode(input)).toBe(expected);
      expect(gateFailures(input).length > 0).toBe(expected === 1);
    });
  }
});

describe('gate messages', () => {
  it('name the file, the gate and the numbers', () => {
    expect(gateFailures({ assessments: [draft], failUnder: 70 })).toEqual([
      { gate: 'fail-under', file: 'samples/freedonia-draft.yaml', message: 'samples/freedonia-draft.yaml: binding score 65.3 is below 70' },
    ]);
    expect(gateFailures({ assessments: [draft], failOn: 'critical' })[0]?.message).toBe(
      'samples/freedonia-draft.yaml: 2 gaps of severity critical or worse (TIP-DEF-ACTS, TIP-DEF-CHILD)',
    );
    expect(gateFailures({ assessments: [withBinding({ coverage: 50, assessed: 3 })], minCoverage: 80 })[0]?.message).toBe(
      'samples/freedonia-draft.yaml: binding coverage 50% (3/6) is below 80%',
    );
  });

  it('say why a score that cannot be computed fails', () => {
    expect(gateFailures({ assessments: [withBinding({ score: null })], failUnder: 50 })[0]?.message).toBe(
      'samples/freedonia-draft.yaml: no binding obligation could be assessed, so the binding score cannot reach 50',
    );
  });
});
