/**
 * The samples are documentation that runs. Each one is written to show one pattern of national
 * law, and its header comment says what the report should show. These tests pin that lesson: the
 * headline rating, the red lines, the binding score where it matters, and the exact set of gaps.
 * When a pack or the engine changes what a sample shows, a test here fails, and the sample's
 * header (and the README section "Which sample shows what") must be updated with it.
 */
import { describe, expect, it } from 'vitest';
import { factSpecs } from '../../src/checklist/fact-index.js';
import { compare } from '../../src/engine/compare.js';
import { assess } from '../../src/engine/evaluate.js';
import { loadFramework } from '../../src/framework/load.js';
import { assessSample, builtinPacksFromSource, gapsOf, loadSample, resultOf, sampleNames, sampleText } from './support.js';

const FULL_SAMPLES = [
  'meridia',
  'model-law-draft',
  'no-benefit-element',
  'conditional-assistance',
  'narrow-definition',
  'non-punishment-immigration-only',
  'draft-v1',
  'draft-v2',
];

describe('every sample', () => {
  it('is one of the samples these tests know about', () => {
    expect(sampleNames()).toEqual([...FULL_SAMPLES, 'first-attempt'].sort());
  });

  it.each(sampleNames())('%s loads without errors or warnings', (name) => {
    const loaded = loadFramework(sampleText(name), `samples/${name}.yaml`);
    expect(loaded.ok ? loaded.warnings : loaded.diagnostics).toEqual([]);
    const framework = loadSample(name);
    expect(framework.jurisdiction.name).not.toBe('');
    expect(framework.jurisdiction.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(sampleNames())('%s starts with the schema modeline and a header saying what it illustrates', (name) => {
    const lines = sampleText(name).split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=../schemas/framework.schema.json');
    const header = lines.slice(1, lines.findIndex((line) => line.startsWith('schema_version')));
    expect(header.filter((line) => line.startsWith('# ')).length).toBeGreaterThan(5);
  });

  // Codes in the ISO 3166 user-assigned range (X..) can never be a real State's code: the samples
  // describe fictional countries only.
  it.each(sampleNames())('%s uses a fictional, user-assigned jurisdiction code', (name) => {
    expect(loadSample(name).jurisdiction.code).toMatch(/^X[A-Z]{2}\b/);
  });

  it.each(FULL_SAMPLES)('%s is complete: every applicable requirement is assessed', (name) => {
    const { overall } = assessSample(name).scores;
    expect(overall.coverage).toBe(100);
  });
});

describe('meridia: the quick-start sample', () => {
  const assessment = assessSample('meridia');

  // CETS 197, the EU Directive and ACTIP have no date for a State that is not party to them.
  const NO_DATE_WHEN_NOT_PARTY = ['instruments.coe_cets_197.date', 'instruments.eu_directive_2011_36.date', 'instruments.actip.date'];

  it('states every fact of the catalogue', () => {
    const facts = loadSample('meridia').facts;
    const unstated = [...factSpecs().keys()].filter((path) => facts[path]?.value == null);
    expect(unstated.sort()).toEqual([...NO_DATE_WHEN_NOT_PARTY].sort());
  });

  it('cites a national provision for every fact a law would state', () => {
    const facts = loadSample('meridia').facts;
    const notFromALaw = (path: string) =>
      path.startsWith('jurisdiction.') ||
      path.endsWith('.date') ||
      ['instruments.coe_cets_197.status', 'instruments.eu_directive_2011_36.status', 'instruments.actip.status', 'commitments.gcm.endorsed'].includes(path);
    const uncited = Object.values(facts).filter((fact) => fact.value !== null && !notFromALaw(fact.path) && !fact.provision);
    expect(uncited.map((fact) => fact.path)).toEqual([]);
  });

  it('is aligned, with every binding obligation met and no red line', () => {
    expect(assessment.rating).toEqual({ label: 'aligned', uncapped: 'aligned', capped: false, red_lines: [], limited_by: [] });
    expect(assessment.scores.tiers.binding.score).toBe(100);
  });

  it('shows its few good-practice gaps: 20-day reflection period, firewall in policy only, no migratory status in data, no vacatur', () => {
    expect(gapsOf(assessment)).toEqual({
      'PRIN-REFLECTION': 'partial',
      'PRIN-FIREWALL': 'partial',
      'PRIN-DATA': 'partial',
      'PRIN-NONPUNISH-SAFEGUARDS': 'partial',
    });
    const reflection = resultOf(assessment, 'PRIN-REFLECTION');
    expect(reflection.facts.find((fact) => fact.path === 'victims.reflection_period.days')?.value).toBe(20);
    expect(reflection.tier).toBe('good_practice');
  });

  it('is bound to non-punishment through the ILO Forced Labour Protocol, and meets it', () => {
    const nonPunishment = resultOf(assessment, 'PRIN-NONPUNISH');
    expect(nonPunishment.tier).toBe('binding');
    expect(nonPunishment.bound_by?.instrument).toBe('ilo_p029');
    expect(nonPunishment.state).toBe('met');
  });
});

describe('model-law-draft: a draft implementing the UNODC Model Laws', () => {
  const assessment = assessSample('model-law-draft');

  it('is a draft', () => {
    expect(assessment.jurisdiction.kind).toBe('draft');
  });

  it('meets every binding obligation: binding score 100 on full coverage', () => {
    expect(assessment.scores.tiers.binding).toMatchObject({ score: 100, coverage: 100 });
    expect(assessment.rating).toEqual({ label: 'aligned', uncapped: 'aligned', capped: false, red_lines: [], limited_by: [] });
  });

  it('largely meets good practice, leaving only the gaps its header names', () => {
    expect(gapsOf(assessment)).toEqual({
      'PRIN-RESIDENCE-NONCOND': 'partial',
      'PRIN-REGULAR-PATHWAYS': 'not_met',
      'POL-SDG': 'partial',
    });
    expect(assessment.scores.tiers.good_practice.score).toBeGreaterThanOrEqual(90);
    expect(assessment.scores.tiers.consider.score).toBe(100);
  });
});

describe('no-benefit-element: a facilitation offence without the benefit element', () => {
  const assessment = assessSample('no-benefit-element');

  it('still meets the binding criminalization obligations (SOM art. 6(4) permits wider offences)', () => {
    expect(resultOf(assessment, 'SOM-CRIM-SMUGGLING').state).toBe('met');
    expect(assessment.scores.tiers.binding.score).toBe(100);
    expect(assessment.rating).toEqual({ label: 'aligned', uncapped: 'aligned', capped: false, red_lines: [], limited_by: [] });
  });

  it('is not aligned with the Protocol definition: benefit element and humanitarian exemption are good-practice gaps', () => {
    const fomb = resultOf(assessment, 'SOM-DEF-FOMB');
    const humanitarian = resultOf(assessment, 'PRIN-HUMANITARIAN');
    expect([fomb.state, fomb.tier]).toEqual(['partial', 'good_practice']);
    expect([humanitarian.state, humanitarian.tier]).toEqual(['partial', 'good_practice']);
  });

  it('separates migrants prosecuted as smugglers (met) from irregular entry as a crime (not met)', () => {
    expect(resultOf(assessment, 'SOM-ART5-NONCRIM').state).toBe('met');
    expect(resultOf(assessment, 'PRIN-IRREG-ENTRY').state).toBe('not_met');
  });

  it('shows exactly the gaps of the pattern', () => {
    expect(gapsOf(assessment)).toEqual({
      'SOM-DEF-FOMB': 'partial',
      'PRIN-HUMANITARIAN': 'partial',
      'PRIN-IRREG-ENTRY': 'not_met',
      'PRIN-FIREWALL': 'not_met',
    });
  });
});

describe('conditional-assistance: protection built around the trial', () => {
  const assessment = assessSample('conditional-assistance');

  it('has no red line, and its binding gaps are the Protocol duties on stay, return and compensation', () => {
    expect(assessment.rating.red_lines).toEqual([]);
    const binding = Object.entries(gapsOf(assessment)).filter(([id]) => resultOf(assessment, id).tier === 'binding');
    expect(Object.fromEntries(binding)).toEqual({
      'TIP-STATUS-HUMANITARIAN': 'not_met',
      'TIP-REPAT-SAFETY': 'partial',
      'TIP-VICT-COMPENSATION': 'partial',
    });
  });

  it('scores conditional assistance, residence and the missing reflection period as good practice, not Protocol breaches', () => {
    for (const id of ['PRIN-NONCOND-ASSIST', 'PRIN-RESIDENCE-NONCOND', 'PRIN-REFLECTION']) {
      const result = resultOf(assessment, id);
      expect([id, result.state, result.tier, result.bound_by]).toEqual([id, 'not_met', 'good_practice', undefined]);
    }
  });

  it('keeps a high binding score while the good-practice score shows the problem', () => {
    expect(assessment.scores.tiers.binding.score).toBeGreaterThanOrEqual(90);
    expect(assessment.scores.tiers.good_practice.score).toBeLessThan(80);
  });

  it('is held back to "largely aligned" by its binding major gaps; the minor one (humanitarian factors) does not cap', () => {
    expect(resultOf(assessment, 'TIP-STATUS-HUMANITARIAN').severity).toBe('minor');
    expect(assessment.rating).toEqual({
      label: 'largely_aligned',
      uncapped: 'aligned',
      capped: true,
      red_lines: [],
      limited_by: ['TIP-VICT-COMPENSATION', 'TIP-REPAT-SAFETY'],
    });
  });

  it('says that the good-practice gaps of a regional treaty bind only its parties', () => {
    const assist = resultOf(assessment, 'PRIN-NONCOND-ASSIST');
    expect(assist.bound_by).toBeUndefined();
    expect(assist.binding_only_for?.map((citation) => citation.instrument)).toEqual(['coe_cets_197', 'eu_directive_2011_36']);
    expect(resultOf(assessment, 'TIP-REPAT-SAFETY').binding_only_for).toBeUndefined();
  });

  it('shows exactly the gaps of the pattern', () => {
    expect(gapsOf(assessment)).toEqual({
      'TIP-STATUS-HUMANITARIAN': 'not_met',
      'TIP-REPAT-SAFETY': 'partial',
      'TIP-VICT-COMPENSATION': 'partial',
      'TIP-VICT-RECOVERY': 'partial',
      'TIP-REPAT-VOLUNTARY': 'not_met',
      'PRIN-NONCOND-ASSIST': 'not_met',
      'PRIN-RESIDENCE-NONCOND': 'not_met',
      'PRIN-REFLECTION': 'not_met',
      'PRIN-ASSIST-ACCESS': 'partial',
      'PRIN-ID-NRM': 'partial',
      'PRIN-CHILD': 'partial',
      'PRIN-NONPUNISH-SAFEGUARDS': 'partial',
      'PRIN-FIREWALL': 'not_met',
      'PRIN-DATA': 'partial',
    });
  });

  it('meets non-punishment at prosecution and sentencing; protection from arrest is a good-practice safeguard', () => {
    expect(resultOf(assessment, 'PRIN-NONPUNISH').state).toBe('met');
    const safeguards = resultOf(assessment, 'PRIN-NONPUNISH-SAFEGUARDS');
    expect(safeguards.facts.find((fact) => fact.path === 'victims.non_punishment.stages')?.value).toEqual(['prosecution', 'sentencing']);
    expect([safeguards.state, safeguards.tier]).toEqual(['partial', 'good_practice']);
  });

  it('would make unconditional assistance binding for a party to CETS 197', () => {
    const framework = loadSample('conditional-assistance');
    const status = framework.facts['instruments.coe_cets_197.status'];
    expect(status).toBeDefined();
    const asParty = { ...framework, facts: { ...framework.facts, 'instruments.coe_cets_197.status': { ...status!, value: 'party' } } };
    const library = builtinPacksFromSource();
    const result = resultOf(assess(asParty, library, { library }), 'PRIN-NONCOND-ASSIST');
    expect([result.tier, result.bound_by?.instrument, result.state]).toEqual(['binding', 'coe_cets_197', 'not_met']);
  });
});

describe('narrow-definition: trafficking limited to sexual exploitation of women and children', () => {
  const assessment = assessSample('narrow-definition');

  it('trips two red lines, means required for child victims and a border-crossing element, which cap the rating', () => {
    expect(assessment.rating).toEqual({
      label: 'partly_aligned',
      uncapped: 'largely_aligned',
      capped: true,
      red_lines: ['TIP-DEF-CHILD', 'TIP-CRIM-NO-TRANSNAT'],
      limited_by: ['TIP-DEF-ACTS', 'TIP-DEF-MEANS', 'TIP-DEF-PURPOSE', 'TIP-DEF-PERSONS', 'TIP-DEF-CONSENT'],
    });
  });

  it('shows exactly the gaps of the pattern', () => {
    expect(gapsOf(assessment)).toEqual({
      'TIP-DEF-ACTS': 'partial',
      'TIP-DEF-MEANS': 'partial',
      'TIP-DEF-PURPOSE': 'partial',
      'TIP-DEF-PERSONS': 'partial',
      'TIP-DEF-CONSENT': 'not_met',
      'TIP-DEF-CHILD': 'not_met',
      'TIP-CRIM-NO-TRANSNAT': 'not_met',
      'TIP-CRIM-ANCILLARY-ORGANIZING': 'not_met',
      'TIP-CRIM-AGGRAV': 'partial',
      'TIP-CRIM-USER': 'not_met',
      'UNTOC-SERIOUS-CRIME': 'partial',
      'UNTOC-ART11-SANCTIONS': 'partial',
      'UNTOC-ART6-ML': 'partial',
      'UNTOC-ART10-LEGAL-PERSONS': 'partial',
      'PRIN-NONPUNISH-SAFEGUARDS': 'partial',
      'PRIN-FIREWALL': 'not_met',
      'PRIN-DATA': 'partial',
    });
  });

  it('names what the definition lacks', () => {
    const purpose = resultOf(assessment, 'TIP-DEF-PURPOSE');
    expect(purpose.facts.find((fact) => fact.path === 'trafficking.purposes')?.value).toEqual(['sexual_exploitation']);
    expect(resultOf(assessment, 'TIP-DEF-PERSONS').credit).toBe(0.5);
  });

  it('drags the criminalization area down while the other areas stay high', () => {
    const { criminalization, cooperation } = assessment.scores.areas;
    expect(criminalization?.score).toBeLessThan(75);
    expect(cooperation?.score).toBe(100);
  });
});

describe('non-punishment-immigration-only: a regional obligation only partly met', () => {
  const assessment = assessSample('non-punishment-immigration-only');

  it('makes non-punishment binding through CETS 197 and scores it partly met', () => {
    const nonPunishment = resultOf(assessment, 'PRIN-NONPUNISH');
    expect(nonPunishment.tier).toBe('binding');
    expect(nonPunishment.bound_by?.instrument).toBe('coe_cets_197');
    expect(nonPunishment.state).toBe('partial');
    expect(assessment.scores.tiers.binding.score).toBeLessThan(100);
  });

  it('clears the status-offence red line, since immigration offences are covered', () => {
    expect(resultOf(assessment, 'PRIN-NONPUNISH-STATUS').state).toBe('met');
    expect(assessment.rating.red_lines).toEqual([]);
  });

  it('is held back to "largely aligned" by non-punishment, a binding major obligation partly met', () => {
    expect(resultOf(assessment, 'PRIN-NONPUNISH').severity).toBe('major');
    expect(assessment.rating).toEqual({ label: 'largely_aligned', uncapped: 'aligned', capped: true, red_lines: [], limited_by: ['PRIN-NONPUNISH'] });
    expect(resultOf(assessment, 'PRIN-NONPUNISH').binding_only_for).toBeUndefined();
  });

  it('gives full credit for the stages the treaties name, prosecution and sentencing', () => {
    const nonPunishment = resultOf(assessment, 'PRIN-NONPUNISH');
    expect(nonPunishment.facts.find((fact) => fact.path === 'victims.non_punishment.stages')?.value).toEqual(['prosecution', 'sentencing']);
    // Scope limited to immigration offences (0.5) and both stages covered (1).
    expect(nonPunishment.credit).toBe(0.75);
  });

  it('would trip the status-offence red line if the file said status offences are not covered', () => {
    const framework = loadSample('non-punishment-immigration-only');
    const scope = framework.facts['victims.non_punishment.scope'];
    expect(scope).toBeDefined();
    const path = 'victims.non_punishment.status_offences_covered';
    const library = builtinPacksFromSource();
    const withFacts = (scopeValue: string, covered: boolean | null) => {
      const facts = { ...framework.facts };
      facts['victims.non_punishment.scope'] = { ...scope!, value: scopeValue };
      facts[path] = { path, value: covered, position: scope!.position };
      return resultOf(assess({ ...framework, facts }, library, { library }), 'PRIN-NONPUNISH-STATUS').state;
    };
    expect(withFacts('listed_offences', true)).toBe('met');
    expect(withFacts('listed_offences', false)).toBe('not_met');
    expect(withFacts('listed_offences', null)).toBe('not_assessed');
    expect(withFacts('immigration_offences_only', false)).toBe('not_met');
  });

  it('shows exactly the gaps of the pattern', () => {
    expect(gapsOf(assessment)).toEqual({
      'PRIN-NONPUNISH': 'partial',
      'PRIN-NONPUNISH-SAFEGUARDS': 'partial',
      'PRIN-FIREWALL': 'partial',
    });
  });

  it('is land-locked: sea cooperation and safeguards do not apply, the flag-State authority does', () => {
    expect(resultOf(assessment, 'SOM-SEA-COOP').state).toBe('not_applicable');
    expect(resultOf(assessment, 'SOM-SEA-SAFEGUARDS').state).toBe('not_applicable');
    expect(resultOf(assessment, 'SOM-SEA-AUTHORITY').state).toBe('met');
  });

  it('would score the same clause as good practice for a State outside CETS 197 and the EU', () => {
    const framework = loadSample('non-punishment-immigration-only');
    const facts = { ...framework.facts };
    for (const path of ['instruments.coe_cets_197.status', 'instruments.eu_directive_2011_36.status']) {
      const fact = facts[path];
      expect(fact).toBeDefined();
      facts[path] = { ...fact!, value: 'not_party' };
    }
    const library = builtinPacksFromSource();
    const outside = assess({ ...framework, facts }, library, { library });
    const nonPunishment = resultOf(outside, 'PRIN-NONPUNISH');
    expect([nonPunishment.tier, nonPunishment.bound_by, nonPunishment.state]).toEqual(['good_practice', undefined, 'partial']);
    expect(outside.scores.tiers.binding.score).toBe(100);
  });
});

describe('first-attempt: a nearly empty file', () => {
  const assessment = assessSample('first-attempt');

  it('gives no rating on so little information', () => {
    expect(assessment.rating.label).toBe('insufficient_information');
    expect(assessment.scores.tiers.binding.coverage).toBeLessThan(50);
  });

  it('treats unstated facts as unknown, never as "no"', () => {
    const child = resultOf(assessment, 'TIP-DEF-CHILD');
    expect(child.state).toBe('not_assessed');
    expect(child.missing).toContain('trafficking.means_required_for_children');
    // `means: null` and `status: unknown` are written out, and mean the same as leaving them out.
    expect(resultOf(assessment, 'TIP-DEF-MEANS').state).toBe('not_assessed');
    expect(resultOf(assessment, 'SOM-RATIFY').state).toBe('not_assessed');
    expect(resultOf(assessment, 'SOM-ART5-NONCRIM').state).toBe('not_assessed');
  });

  it('still shows the gaps it can see, and only the red line it can see', () => {
    expect(gapsOf(assessment)).toEqual({
      'TIP-CRIM-NO-TRANSNAT': 'not_met',
      'PRIN-NONCOND-ASSIST': 'partial',
    });
    expect(resultOf(assessment, 'TIP-DEF-ACTS').state).toBe('met');
  });

  it('names the border-crossing red line, which cannot turn insufficient information into a rating', () => {
    expect(assessment.rating).toEqual({
      label: 'insufficient_information',
      uncapped: 'insufficient_information',
      capped: false,
      red_lines: ['TIP-CRIM-NO-TRANSNAT'],
      limited_by: [],
    });
  });
});

describe('draft-v1 and draft-v2: a Bill before and after committee, for compare', () => {
  const v1 = assessSample('draft-v1');
  const v2 = assessSample('draft-v2');

  it('v1 has a red line (migrants liable as smugglers) that caps its rating; v2 has none', () => {
    expect(v1.rating).toEqual({ label: 'partly_aligned', uncapped: 'aligned', capped: true, red_lines: ['SOM-ART5-NONCRIM'], limited_by: ['TIP-DEF-MEANS'] });
    expect(v2.rating).toEqual({ label: 'aligned', uncapped: 'aligned', capped: false, red_lines: [], limited_by: [] });
  });

  it('v2 closes two gaps and opens one, as the headers say', () => {
    const comparison = compare(v1, v2);
    expect(comparison.closed.map((change) => change.id).sort()).toEqual(['SOM-ART5-NONCRIM', 'TIP-DEF-MEANS']);
    expect(comparison.opened.map((change) => [change.id, change.head?.state])).toEqual([['PRIN-NONCOND-ASSIST', 'partial']]);
    expect(comparison.regression).toBe(true);
    expect(comparison.scores.tiers.binding.head).toBe(100);
  });
});
