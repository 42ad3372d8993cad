import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/report/text.js';
import { copy, loadAssessments, resultById } from './helpers.js';

const [draft] = loadAssessments('report-draft-with-red-line') as [ReturnType<typeof loadAssessments>[number]];

describe('text report', () => {
  it('puts the red-line notice before the rating and the scores', () => {
    const out = formatText([draft], { color: false });
    const notice = out.indexOf('RED LINE NOT MET');
    expect(notice).toBeGreaterThan(0);
    expect(notice).toBeLessThan(out.indexOf('Rating:'));
    expect(out.indexOf('Rating:')).toBeLessThan(out.indexOf('Scores by obligation tier'));
  });

  it('says that the rating was capped and by which red lines', () => {
    const capped = copy(draft);
    capped.rating = { label: 'partly_aligned', uncapped: 'largely_aligned', capped: true, red_lines: ['TIP-DEF-CHILD'], limited_by: [] };
    const out = formatText([capped], { color: false });
    expect(out).toContain('the headline rating is capped at "partly aligned"');
    expect(out).toContain('Rating: partly aligned, capped by red line TIP-DEF-CHILD (the binding score alone gives "largely aligned")');
  });

  it('gives no red-line notice when every red line is met', () => {
    const clean = copy(draft);
    resultById(clean, 'TIP-DEF-CHILD').state = 'met';
    clean.rating = { label: 'partly_aligned', uncapped: 'partly_aligned', capped: false, red_lines: [], limited_by: [] };
    const out = formatText([clean], { color: false });
    expect(out).not.toContain('RED LINE');
    expect(out).toContain('Rating: partly aligned\n');
  });

  it('shows one score per tier, each with its coverage, and the blended overall score only on its labelled row', () => {
    const out = formatText([draft], { color: false });
    expect(out).toMatch(/Binding obligations\s+│\s+65\.3 │ ██████░░░░ │ 100% \(6\/6\)/);
    expect(out).toMatch(/Measures to consider\s+│\s+n\/a │ ·········· │ 0% \(0\/1\)/);
    expect(out).toMatch(/Good practice and policy\s+│\s+0 │ ░░░░░░░░░░ │ 100% \(1\/1\)/);
    expect(out).toMatch(/│ Overall \(all tiers blended\) │\s+57\.6 │ █████░░░░░ │ 88% \(7\/8\)/);
    expect(out).toContain('Overall blends every tier and is not what the rating is based on');
    expect(out.match(/57\.6/g)).toHaveLength(1);
  });

  it('shows a score per source instrument after the area table, post-session answers left out', () => {
    const out = formatText([draft], { color: false });
    const table = out.slice(out.indexOf('Scores by instrument'), out.indexOf('Post-session checklist'));
    expect(out.indexOf('Scores by area')).toBeLessThan(out.indexOf('Scores by instrument'));
    expect(table).toMatch(/│ UNTOC\s+│\s+100 │ ██████████ │ 100% \(1\/1\)/);
    expect(table).toMatch(/│ TIP Protocol\s+│\s+47\.5 │ ████░░░░░░ │ 75% \(3\/4\)/);
    expect(table).toMatch(/│ SOM Protocol\s+│\s+60 │/);
    expect(table).toMatch(/│ UNODC Model Law\s+│\s+50 │/);
    expect(table).not.toContain('Post-session');
  });

  it('says which binding gaps held the rating back below what the score gives', () => {
    const held = copy(draft);
    held.rating = { label: 'largely_aligned', uncapped: 'aligned', capped: true, red_lines: [], limited_by: ['TIP-DEF-ACTS', 'PRIN-NONPUNISH'] };
    resultById(held, 'TIP-DEF-CHILD').state = 'met';
    const out = formatText([held], { color: false });
    expect(out).not.toContain('RED LINE');
    expect(out).toContain(
      'Rating: largely aligned (the binding score alone gives "aligned"; held back by binding gaps TIP-DEF-ACTS, PRIN-NONPUNISH)\n',
    );
    held.rating.limited_by = ['TIP-DEF-ACTS'];
    expect(formatText([held], { color: false })).toContain('(the binding score alone gives "aligned"; held back by binding gap TIP-DEF-ACTS)\n');
  });

  it('names red lines first, then the binding gaps that also hold the rating back', () => {
    const both = copy(draft);
    both.rating = { label: 'partly_aligned', uncapped: 'aligned', capped: true, red_lines: ['TIP-DEF-CHILD'], limited_by: ['TIP-DEF-ACTS'] };
    const out = formatText([both], { color: false });
    expect(out).toContain('RED LINE NOT MET: the headline rating is capped at "partly aligned".');
    expect(out).toContain(
      'Rating: partly aligned, capped by red line TIP-DEF-CHILD (the binding score alone gives "aligned"; also held back by binding gap TIP-DEF-ACTS)\n',
    );
    expect(out.indexOf('RED LINE NOT MET')).toBeLessThan(out.indexOf('Rating:'));
  });

  it('does not claim a red line caps a rating that is not given', () => {
    const thin = copy(draft);
    thin.rating = { label: 'insufficient_information', uncapped: 'insufficient_information', capped: false, red_lines: ['TIP-DEF-CHILD'], limited_by: [] };
    thin.scores.tiers.binding = { score: 75, coverage: 5, assessed: 4, applicable: 88 };
    const out = formatText([thin], { color: false });
    expect(out).toContain('RED LINE NOT MET: a red line not met would cap the headline rating; too little is assessed to give one.');
    expect(out).toContain(
      'Rating: insufficient information (only 5% of the binding obligations could be assessed; at least 50% is needed; red line not met: TIP-DEF-CHILD)',
    );
  });

  it('says when a gap would be binding only for parties to a regional treaty', () => {
    const a = copy(draft);
    resultById(a, 'SOM-HUMANITARIAN').binding_only_for = [
      { instrument: 'coe_cets_197', provision: 'art. 12(6)' },
      { instrument: 'eu_directive_2011_36', provision: 'art. 11(3)' },
    ];
    const out = formatText([a], { color: false });
    expect(out).toMatch(/ {5}Source {11}Smuggling of Migrants Protocol, art\. 3\(a\); art\. 6\(1\)\n {5}Binding only for parties to CETS 197 art\. 12\(6\); Dir\. 2011\/36\/EU art\. 11\(3\)\n/);
    expect(formatText([draft], { color: false })).not.toContain('Binding only for');
  });

  it('orders gaps by red line, then severity, then weight', () => {
    const a = copy(draft);
    // A minor red line still comes before a critical gap that is not a red line.
    const humanitarian = resultById(a, 'SOM-HUMANITARIAN');
    humanitarian.red_line = true;
    humanitarian.severity = 'minor';
    humanitarian.weight = 1;
    const out = formatText([a], { color: false });
    const order = ['TIP-DEF-CHILD', 'SOM-HUMANITARIAN', 'TIP-DEF-ACTS', 'PRIN-NONPUNISH'].map((id) => out.indexOf(`. ${id}  `));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
  });

  it('answers the post-session questions with sub-questions indented', () => {
    const out = formatText([draft], { color: false });
    expect(out).toMatch(/^ {2}PS-2 +partly +The legal framework/m);
    expect(out).toMatch(/^ {4}PS-2-TIP +no +All elements of trafficking/m);
    expect(out).toMatch(/^ {2}PS-3 +not assessed +The legal framework/m);
    // Post-session answers are never listed again as gaps.
    expect(out).not.toMatch(/^\s+\d+\. PS-/m);
  });

  it('lists what could not be assessed and the facts that would settle it', () => {
    const out = formatText([draft], { color: false });
    expect(out).toMatch(/Not assessed \(1\)[^\n]*\n {2}TIP-VICT-RECOVERY[^\n]*\n {5}Would settle it +victims\.assistance\.services/);
  });

  it('explains an insufficient-information rating', () => {
    const thin = copy(draft);
    thin.rating = { label: 'insufficient_information', uncapped: 'insufficient_information', capped: false, red_lines: [], limited_by: [] };
    thin.scores.tiers.binding = { score: 75, coverage: 5, assessed: 4, applicable: 88 };
    expect(formatText([thin], { color: false })).toContain(
      'Rating: insufficient information (only 5% of the binding obligations could be assessed; at least 50% is needed)',
    );
  });

  it('--only-gaps leaves out scores, the questionnaire and what was not assessed', () => {
    const out = formatText([draft], { color: false, onlyGaps: true });
    expect(out).toContain('Gaps (4)');
    expect(out).toContain('RED LINE NOT MET');
    for (const absent of ['Scores by', 'Post-session checklist', 'Not assessed', 'SOM-ART5-NONCRIM']) expect(out).not.toContain(absent);
  });

  it('--verbose adds the facts read with values, positions, provisions and quotes', () => {
    const out = formatText([draft], { color: false, verbose: true });
    expect(out).toContain(
      'trafficking.acts = [recruitment, transportation, transfer]  (samples/freedonia-draft.yaml:12:9; Penal Code art. 212(1))',
    );
    expect(out).toContain('"Whoever recruits, transports or transfers a person for the purpose of exploitation"');
    expect(out).toContain('Full trace');
    expect(out).toContain('victims.assistance.services = unknown  (not in the file)');
  });

  it('paints with the chalk instance it is given, and not at all with colour off', () => {
    const coloured = formatText([draft], { color: new Chalk({ level: 1 }) });
    expect(coloured).toContain('\u001b[');
    expect(formatText([draft], { color: false })).not.toContain('\u001b');
    expect(formatText([draft], { color: new Chalk({ level: 0 }) })).not.toContain('\u001b');
  });

  it('says so when there is no gap', () => {
    const clean = copy(draft);
    for (const r of clean.results) if (r.state === 'not_met' || r.state === 'partial') r.state = 'met';
    clean.rating.red_lines = [];
    expect(formatText([clean], { color: false })).toContain('Gaps: none');
  });
});

describe('text report with hostile strings', () => {
  const [hostile] = loadAssessments('report-hostile-strings') as [ReturnType<typeof loadAssessments>[number]];
  const outputs = [formatText([hostile], { color: false, verbose: true }), formatText([hostile], { color: new Chalk({ level: 0 }), onlyGaps: true })];

  it('strips terminal escapes, control and bidi characters that came from the file', () => {
    for (const out of outputs) {
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(out).toContain('EvilRed');
    }
  });

  it('keeps every finding on its own line even when the file puts line breaks in it', () => {
    expect(outputs[0]).toContain('Finding          line1 line2 | pipe | table ]]> click');
  });

  it('clips very long values', () => {
    const longest = Math.max(...outputs[0]!.split('\n').map((l) => l.length));
    expect(longest).toBeLessThan(1000);
  });
});

describe('text report for several files', () => {
  const two = loadAssessments('report-two-files-summary', 'assessments.json');

  it('gives one report per file, then the summary matrix', () => {
    const out = formatText(two, { color: false });
    const first = out.indexOf('Gap report: Freedonia (FRE)');
    const second = out.indexOf('Gap report: Sylvania (SYL)');
    const matrix = out.indexOf('Summary of 2 files');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    expect(matrix).toBeGreaterThan(second);
    expect(out.slice(matrix)).toMatch(/Sylvania \(SYL\)\s+│ partly aligned \(capped\) │\s+80 │\s+100% │ TIP-DEF-CHILD/);
  });

  it('gives no matrix for a single file', () => {
    expect(formatText([two[0]!], { color: false })).not.toContain('Summary of');
  });
});
