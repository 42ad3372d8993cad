import { describe, expect, it } from 'vitest';
import { mostNeededFacts } from '../../src/report/model.js';
import { result } from '../support/results.js';

describe('mostNeededFacts', () => {
  const results = [
    result('not_assessed', null, { id: 'MINOR-1', weight: 1, missing: ['prevention.carrier_obligations'] }),
    result('not_assessed', null, { id: 'MINOR-2', weight: 1, missing: ['prevention.carrier_obligations'] }),
    result('not_assessed', null, { id: 'MINOR-3', weight: 1, missing: ['prevention.carrier_obligations'] }),
    result('not_assessed', null, { id: 'MAJOR', weight: 2, missing: ['victims.assistance.services', 'prevention.carrier_obligations'] }),
    result('not_assessed', null, { id: 'CRITICAL', weight: 3, missing: ['trafficking.acts'] }),
    result('not_assessed', null, { id: 'RED-LINE', weight: 3, red_line: true, missing: ['trafficking.means_required_for_children'] }),
    result('not_met', 0, { id: 'KNOWN', weight: 3, missing: [] }),
    result('not_assessed', null, { id: 'PS-1', weight: 3, summary: true, missing: ['instruments.untoc.status'] }),
  ];

  it('puts facts needed by red lines first, then by the weight of what they settle', () => {
    // carrier_obligations: weights 1+1+1+2 = 5; acts: 3; services: 2.
    expect(mostNeededFacts(results, 10)).toEqual([
      { path: 'trafficking.means_required_for_children', ids: ['RED-LINE'] },
      { path: 'prevention.carrier_obligations', ids: ['MINOR-1', 'MINOR-2', 'MINOR-3', 'MAJOR'] },
      { path: 'trafficking.acts', ids: ['CRITICAL'] },
      { path: 'victims.assistance.services', ids: ['MAJOR'] },
    ]);
  });

  it('leaves out summary answers and keeps only the first few', () => {
    expect(mostNeededFacts(results, 2).map((fact) => fact.path)).toEqual([
      'trafficking.means_required_for_children',
      'prevention.carrier_obligations',
    ]);
  });
});
