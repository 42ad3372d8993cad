import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, loadPack, loadPacks } from '../../src/checklist/load.js';
import { pack, requirement } from '../support/packs.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

function loadFixture(name: string, options = {}) {
  const dir = join(fixtures, name);
  const files = readdirSync(dir).filter((file) => file.endsWith('.yaml')).sort();
  return loadPacks(
    files.map((file) => ({ text: readFileSync(join(dir, file), 'utf8'), origin: `${name}/${file}` })),
    options,
  );
}

/** [line, col, code, part of the message] of each diagnostic. */
const summary = (name: string, options = {}) =>
  loadFixture(name, options).diagnostics.map((d) => [d.line, d.col, d.code, d.message] as const);

describe('a valid pack', () => {
  it('loads with positions of its requirements and no diagnostics', () => {
    const { packs, diagnostics } = loadFixture('checklist-valid');
    expect(diagnostics).toEqual([]);
    expect(packs).toHaveLength(1);
    const [loaded] = packs;
    expect(loaded!.id).toBe('sample-pack');
    expect(loaded!.origin).toBe('checklist-valid/pack.yaml');
    expect(loaded!.requirements.map((r) => r.id)).toEqual(['SAMPLE-ACTS', 'SAMPLE-NONPUNISH', 'SAMPLE-SUMMARY']);
    expect(loaded!.positions?.['SAMPLE-NONPUNISH']).toMatchObject({ line: 18, col: 5 });
    // YAML `true:` keys of a boolean grade arrive as the strings "true"/"false".
    expect(JSON.stringify(loaded!.requirements[1]!.check)).toContain('"credits":{"true":0,"false":1}');
  });
});

describe('bad packs are errors with file:line:col', () => {
  it('unknown predicate, with the nearest one suggested', () => {
    const [diagnostic] = loadFixture('checklist-unknown-predicate').diagnostics;
    expect(formatDiagnostic(diagnostic!)).toMatch(
      /^checklist-unknown-predicate\/pack\.yaml:15:7 {2}unknown predicate 'cover' \(did you mean 'covers'\?\); predicates: equals, one_of, .* {2}\(requirements\[0\]\.check\.cover\)$/,
    );
    expect(diagnostic!.code).toBe('unknown-predicate');
  });

  it('unknown fact path, with the nearest one suggested; a group is not a fact', () => {
    expect(summary('checklist-unknown-fact')).toEqual([
      [16, 27, 'unknown-fact', "unknown fact 'trafficking.consent_irrelevent' (did you mean 'trafficking.consent_irrelevant'?)"],
      [17, 26, 'unknown-fact', expect.stringMatching(/^'victims\.non_punishment' is a group of facts, not a fact; its facts: victims\.non_punishment\.model, /)],
    ]);
  });

  it('a value the fact does not allow', () => {
    expect(summary('checklist-value-not-allowed')).toEqual([
      [15, 63, 'invalid-fact-value', expect.stringMatching(/^"harboring" is not a value of trafficking\.acts \(did you mean 'harbouring'\?\); allowed: recruitment, /)],
      [25, 57, 'invalid-fact-value', expect.stringMatching(/^"required" is not a value of smuggling\.benefit_element; allowed: element_of_offence, /)],
    ]);
  });

  it('a grade that misses values of its fact', () => {
    expect(summary('checklist-grade-missing-value')).toEqual([
      [17, 18, 'invalid-fact-value', 'grade must give a credit for every value of victims.non_punishment.scope; missing: listed_offences, immigration_offences_only'],
      [17, 37, 'invalid-fact-value', expect.stringMatching(/^'listed_ofences' is not a value of victims\.non_punishment\.scope \(did you mean 'listed_offences'\?\)/)],
    ]);
  });

  it('a predicate that cannot read that kind of fact', () => {
    expect(summary('checklist-wrong-fact-kind')).toEqual([
      [15, 23, 'fact-kind', 'covers cannot read trafficking.offence, which is a fact with one value from a list; use equals, one_of, grade'],
    ]);
  });

  it('a duplicate requirement id in one pack', () => {
    expect(summary('checklist-duplicate-id')).toEqual([[15, 9, 'duplicate-id', "duplicate requirement id 'BAD-1' (first defined at line 6)"]]);
  });

  it('a duplicate requirement id across the selected packs', () => {
    const { diagnostics } = loadFixture('checklist-duplicate-id-across-packs');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "checklist-duplicate-id-across-packs/second.yaml:15:5  duplicate requirement id 'SHARED-1': also defined at checklist-duplicate-id-across-packs/first.yaml:6:5  (requirements[1].id)",
    ]);
  });

  it('a duplicate id against an already selected (built-in) pack', () => {
    const builtin = pack('tip-protocol', [requirement('SHARED-1', { known: { fact: 'trafficking.acts' } })]);
    const text = readFileSync(join(fixtures, 'checklist-duplicate-id-across-packs', 'first.yaml'), 'utf8');
    const { diagnostics } = loadPacks([{ text, origin: 'mine.yaml' }], { selected: [builtin] });
    expect(diagnostics.map((d) => [d.line, d.col, d.message])).toEqual([[6, 5, "duplicate requirement id 'SHARED-1': also defined at tip-protocol"]]);
  });

  it('references to unknown requirements (requirement: and part_of)', () => {
    expect(summary('checklist-unknown-reference')).toEqual([
      [23, 14, 'unknown-requirement', "part_of names unknown requirement 'BAD-3' (did you mean 'BAD-1'?)"],
      [25, 52, 'unknown-requirement', "reference to unknown requirement 'BAD-11' (did you mean 'BAD-1'?)"],
    ]);
  });

  it('resolves references against the library of built-in packs', () => {
    const library = [pack('lib', [requirement('BAD-3', { known: { fact: 'trafficking.acts' } }), requirement('BAD-11', { known: { fact: 'trafficking.acts' } })])];
    expect(summary('checklist-unknown-reference', { library })).toEqual([]);
  });

  it('reference cycles, including a requirement that refers to itself', () => {
    expect(summary('checklist-reference-cycle')).toEqual([
      [14, 27, 'reference-cycle', 'reference cycle: CYC-A → CYC-B → CYC-C → CYC-A'],
      [42, 27, 'reference-cycle', 'reference cycle: CYC-SELF → CYC-SELF'],
    ]);
  });

  it('a check with two predicates or none', () => {
    expect(summary('checklist-two-predicates')).toEqual([
      [15, 7, 'check-shape', 'a check has exactly one predicate, found 2: known, equals (combine them with all, any or mean)'],
      [25, 12, 'check-shape', expect.stringMatching(/^a check needs exactly one predicate; predicates: /)],
    ]);
  });

  it('a misspelt key is one problem, not also a missing key', () => {
    expect(summary('checklist-misspelt-key')).toEqual([
      [7, 5, 'unknown-key', expect.stringMatching(/^unknown key 'titel' \(did you mean 'title'\?\); allowed here: id, title, question, /)],
    ]);
  });

  it('a missing required key points at the requirement', () => {
    expect(summary('checklist-missing-check')).toEqual([[6, 5, 'missing-key', "missing required key 'check'"]]);
  });

  it('values outside the enums of types.ts; binding_for_parties_of only names treaties a framework records', () => {
    expect(summary('checklist-invalid-enums')).toEqual([
      [10, 27, 'invalid-value', expect.stringMatching(/^the text "tip-protocol" is not allowed \(did you mean 'tip_protocol'\?\)/)],
      [11, 12, 'invalid-value', 'the text "must" is not allowed; allowed: mandatory, mandatory_qualified, consider, optional, good_practice, political'],
      [14, 44, 'invalid-value', 'the text "ohchr_principles" is not allowed; allowed: untoc, tip_protocol, som_protocol, coe_cets_197, eu_directive_2011_36, actip, ilo_p029, refugee_convention'],
    ]);
  });

  it('yes where true or false is expected', () => {
    expect(summary('checklist-yes-for-true')).toEqual([
      [14, 15, 'wrong-type', 'expected true or false, found the text "yes" (YAML 1.2 reads yes as text: write true or false)'],
    ]);
  });

  it('a recommendation that does not complete "The authorities are urged to …"', () => {
    expect(summary('checklist-recommendation-style')).toEqual([
      [13, 21, 'invalid-value', expect.stringMatching(/start with a lower-case verb and leave out the final full stop$/)],
    ]);
  });

  it('a __proto__ key is an unknown key, not a prototype', () => {
    expect(summary('checklist-proto-key')).toEqual([[15, 5, 'unknown-key', expect.stringMatching(/^unknown key '__proto__'; allowed here: /)]]);
    expect(({} as Record<string, unknown>)['red_line']).toBeUndefined();
  });

  it('broken YAML', () => {
    expect(summary('checklist-yaml-syntax')).toEqual([[15, 1, 'yaml-syntax', expect.stringMatching(/^YAML: Flow map in block collection/)]]);
  });

  it('an alias bomb', () => {
    expect(summary('checklist-alias-bomb')).toEqual([[3, 40, 'yaml-aliases', 'the document expands aliases (*name) more than 100 times']]);
  });

  it('an empty file, a binary file and a huge file', () => {
    expect(loadPack('', 'empty.yaml').diagnostics.map((d) => d.code)).toEqual(['empty']);
    expect(loadPack('id: x\u0000', 'binary.yaml').diagnostics.map((d) => d.code)).toEqual(['binary']);
    expect(loadPack(`# ${'x'.repeat(5 * 1024 * 1024)}\n`, 'huge.yaml').diagnostics.map((d) => d.code)).toEqual(['too-large']);
  });

  it('a YAML document that is not a mapping', () => {
    expect(loadPack('- a\n- b\n', 'list.yaml').diagnostics.map((d) => [d.line, d.col, d.message])).toEqual([[1, 1, 'expected a mapping, found a list']]);
  });

  it('returns no pack when there is any diagnostic', () => {
    const text = readFileSync(join(fixtures, 'checklist-unknown-reference', 'pack.yaml'), 'utf8');
    expect(loadPack(text, 'x.yaml').pack).toBeUndefined();
  });
});
