import { describe, expect, it } from 'vitest';
import { bindingOnlyForText, mostNeededFacts, scoreRow, shortCitationText } from '../../src/report/model.js';
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

describe('citations and rows', () => {
  it('abbreviates the instrument of a citation', () => {
    expect(shortCitationText({ instrument: 'coe_cets_197', provision: 'art. 12(6)' })).toBe('CETS 197 art. 12(6)');
    expect(shortCitationText({ instrument: 'eu_directive_2011_36', provision: '' })).toBe('Dir. 2011/36/EU');
  });

  it('lists the treaties that would make a requirement binding, or nothing', () => {
    expect(
      bindingOnlyForText({
        binding_only_for: [
          { instrument: 'coe_cets_197', provision: 'art. 12(6)' },
          { instrument: 'eu_directive_2011_36', provision: 'art. 11(3)' },
        ],
      }),
    ).toBe('CETS 197 art. 12(6); Dir. 2011/36/EU art. 11(3)');
    expect(bindingOnlyForText({})).toBeUndefined();
    expect(bindingOnlyForText({ binding_only_for: [] })).toBeUndefined();
  });

  it('renders a score row: label, score, bar, coverage', () => {
    expect(scoreRow('Binding obligations', { score: 97.65, coverage: 100, assessed: 91, applicable: 91 })).toEqual([
      'Binding obligations',
      '97.7',
      '█████████░',
      '100% (91/91)',
    ]);
  });
});
