import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/evaluate.js';
import { renderRecommendation } from '../../src/engine/recommend.js';
import { frameworkFromFacts } from '../support/framework-from-facts.js';
import { pack, requirement } from '../support/packs.js';

const ACTS = ['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt'];

const tip = pack('tip', [
  requirement('T-ACTS', { covers: { fact: 'trafficking.acts', values: ACTS } }, { severity: 'critical' }),
  requirement('T-CONSENT', { equals: { fact: 'trafficking.consent_irrelevant', value: true } }, { weight: 5 }),
  requirement('T-SEA', { equals: { fact: 'cooperation.sea_authority', value: true } }, {
    applies_when: { equals: { fact: 'jurisdiction.coastal', value: true } },
    severity: 'minor',
  }),
  requirement('T-NONPUNISH', { grade: { fact: 'victims.non_punishment.scope', credits: { all_offences: 1, listed_offences: 0.5, immigration_offences_only: 0.5, none: 0 } } }, {
    level: 'good_practice',
    area: 'protection',
    binding_for_parties_of: [
      { instrument: 'coe_cets_197', provision: 'art. 26' },
      { instrument: 'eu_directive_2011_36', provision: 'art. 8' },
    ],
  }),
]);

describe('assess', () => {
  it('gives every requirement exactly one result, in pack order, whatever the input', () => {
    for (const facts of [{}, { 'trafficking.acts': ACTS, 'jurisdiction.coastal': false }]) {
      const assessment = assess(frameworkFromFacts(facts), [tip], { library: [] });
      expect(assessment.results.map((result) => result.id)).toEqual(['T-ACTS', 'T-CONSENT', 'T-SEA', 'T-NONPUNISH']);
    }
  });

  it('derives states from credits', () => {
    const { results } = assess(
      frameworkFromFacts({
        'trafficking.acts': ['recruitment'],
        'trafficking.consent_irrelevant': true,
        'jurisdiction.coastal': false,
      }),
      [tip],
      { library: [] },
    );
    expect(results.map((result) => [result.id, result.state, result.credit])).toEqual([
      ['T-ACTS', 'partial', 0.2],
      ['T-CONSENT', 'met', 1],
      ['T-SEA', 'not_applicable', null],
      ['T-NONPUNISH', 'not_assessed', null],
    ]);
    expect(results[2]!.reason).toBe('does not apply: jurisdiction.coastal is false (expected true)');
  });

  it('weights by severity (3/2/1) unless a weight is given', () => {
    const { results } = assess(frameworkFromFacts({}), [tip], { library: [] });
    expect(results.map((result) => result.weight)).toEqual([3, 5, 1, 2]);
  });

  it('makes a requirement binding for parties of a regional treaty, and says which', () => {
    const notParty = assess(frameworkFromFacts({ 'instruments.coe_cets_197.status': 'signatory' }), [tip], { library: [] });
    expect(notParty.results[3]).toMatchObject({ tier: 'good_practice' });
    expect(notParty.results[3]!.bound_by).toBeUndefined();

    const party = assess(
      frameworkFromFacts({ 'instruments.coe_cets_197.status': 'not_party', 'instruments.eu_directive_2011_36.status': 'party' }),
      [tip],
      { library: [] },
    );
    expect(party.results[3]).toMatchObject({ tier: 'binding', bound_by: { instrument: 'eu_directive_2011_36', provision: 'art. 8' } });
  });

  it('lists the missing facts of a requirement that is not assessed and points at their nearest parent', () => {
    const framework = frameworkFromFacts({ 'victims.non_punishment.model': 'causation' });
    // victims is on line 2, victims.non_punishment on line 3, its model on line 4.
    const result = assess(framework, [tip], { library: [] }).results[3]!;
    expect(result.missing).toEqual(['victims.non_punishment.scope']);
    expect(result.location).toEqual({ line: 3, col: 3 });
    expect(result.reason).toBe('victims.non_punishment.scope is unknown');
  });

  it('points at the deciding fact when it is stated, and at line 1 when nothing is', () => {
    const framework = frameworkFromFacts({ 'jurisdiction.name': 'X', 'trafficking.consent_irrelevant': false });
    const { results } = assess(framework, [tip], { library: [] });
    expect(results[1]!.location).toEqual({ line: 5, col: 3 });
    expect(results[0]!.location).toEqual({ line: 4, col: 1 }); // trafficking.acts unknown → trafficking
    expect(results[3]!.location).toEqual({ line: 1, col: 1 }); // no victims section at all
  });

  it('grades recommendations by tier and state', () => {
    const facts = {
      'trafficking.acts': [],
      'trafficking.consent_irrelevant': true,
      'victims.non_punishment.scope': 'listed_offences',
    };
    const { results } = assess(frameworkFromFacts(facts), [tip], { library: [] });
    expect(results[0]!.recommendation).toEqual({ verb: 'urge', text: 'address T-ACTS' });
    expect(results[1]!.recommendation).toBeUndefined(); // met
    expect(results[2]!.recommendation).toBeUndefined(); // not assessed
    expect(results[3]!.recommendation).toEqual({ verb: 'invite', text: 'address T-NONPUNISH' });

    const binding = assess(frameworkFromFacts({ ...facts, 'trafficking.acts': ['receipt'], 'instruments.coe_cets_197.status': 'party' }), [tip], { library: [] });
    expect(binding.results[0]!.recommendation?.verb).toBe('consider'); // binding, partial
    expect(binding.results[3]!.recommendation?.verb).toBe('consider'); // bound by CETS 197, partial
    expect(renderRecommendation({ verb: 'urge', text: 'extend the offence' }, 'binding')).toBe('The authorities are urged to extend the offence.');
  });

  it('words a measure to consider as one, and a binding obligation partly met as a duty', () => {
    // TIP art. 6(3) "shall consider implementing measures": the report must not turn it into a duty.
    expect(renderRecommendation({ verb: 'consider', text: 'provide housing.' }, 'consider')).toBe('The authorities should consider measures to provide housing.');
    expect(renderRecommendation({ verb: 'consider', text: 'cover every means' }, 'binding')).toBe('The authorities should cover every means.');
    expect(renderRecommendation({ verb: 'invite', text: 'collect data' }, 'good_practice')).toBe('The authorities are invited to collect data.');
  });

  it('gives consider-tier gaps the verb consider', () => {
    const considerPack = pack('c', [requirement('C-1', { equals: { fact: 'prevention.coordinating_body', value: true } }, { level: 'optional' })]);
    const { results } = assess(frameworkFromFacts({ 'prevention.coordinating_body': false }), [considerPack], { library: [] });
    expect(results[0]).toMatchObject({ tier: 'consider', state: 'not_met', recommendation: { verb: 'consider' } });
  });
});

describe('summary packs and references across packs', () => {
  const summary = pack(
    'post',
    [
      requirement('PS-1', { all: [{ requirement: 'T-ACTS' }, { requirement: 'T-CONSENT' }] }, { source: { instrument: 'unodc_checklist', provision: 'question 1' } }),
      requirement('PS-1.A', { requirement: 'T-ACTS' }, { part_of: 'PS-1', source: { instrument: 'unodc_checklist', provision: 'question 1(a)' } }),
    ],
    { summary: true },
  );

  it('evaluates a referenced requirement from the library without adding it to the results', () => {
    const assessment = assess(frameworkFromFacts({ 'trafficking.acts': ACTS, 'trafficking.consent_irrelevant': false }), [summary], { library: [tip] });
    expect(assessment.results.map((result) => [result.id, result.state])).toEqual([
      ['PS-1', 'not_met'],
      ['PS-1.A', 'met'],
    ]);
    expect(assessment.results[0]!.reason).toBe('T-CONSENT is not met: trafficking.consent_irrelevant is false (expected true)');
    expect(assessment.results[1]).toMatchObject({ part_of: 'PS-1', summary: true });
  });

  it('reports summary results but leaves them out of every score', () => {
    const facts = { 'trafficking.acts': ACTS, 'trafficking.consent_irrelevant': false };
    const withSummary = assess(frameworkFromFacts(facts), [tip, summary], { library: [] });
    const without = assess(frameworkFromFacts(facts), [tip], { library: [] });
    expect(withSummary.results).toHaveLength(6);
    expect(withSummary.scores).toEqual(without.scores);
    expect(withSummary.packs).toEqual([
      { id: 'tip', title: 'tip pack', version: '1.0.0' },
      { id: 'post', title: 'post pack', version: '1.0.0', summary: true },
    ]);
  });

  it('leaves a reference unresolved (not assessed) when no pack defines it', () => {
    const { results } = assess(frameworkFromFacts({}), [summary], { library: [] });
    expect(results[1]).toMatchObject({ state: 'not_assessed', reason: 'T-ACTS is not a known requirement' });
  });

  it('is JSON-serialisable', () => {
    const assessment = assess(frameworkFromFacts({ 'trafficking.acts': ['receipt'] }), [tip, summary], { library: [] });
    expect(JSON.parse(JSON.stringify(assessment))).toEqual(assessment);
  });
});
