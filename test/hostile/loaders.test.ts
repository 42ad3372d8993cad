/**
 * The pure loaders against hostile and broken input: every class of bad file gives diagnostics
 * (never an exception), each naming the file and a 1-based place, one per problem, and nothing a
 * file holds can reach a prototype.
 */
import { describe, expect, it } from 'vitest';
import { loadPack, loadPacks } from '../../src/checklist/load.js';
import { loadFramework } from '../../src/framework/load.js';
import { LIMITS } from '../../src/framework/limits.js';
import { preScan } from '../../src/framework/read-document.js';
import { codes, expectNoPollution, expectWellFormed, HEAD, KNOWN_NAME, packYaml, prototypeSnapshot, requirementYaml } from './support.js';

const FILE = 'hostile.yaml';

function problems(text: string) {
  const result = loadFramework(text, FILE);
  if (result.ok) throw new Error('expected the file to be refused');
  expectWellFormed(result.diagnostics, FILE);
  return result.diagnostics;
}

function packProblems(text: string) {
  const { pack, diagnostics } = loadPack(text, FILE);
  expect(pack).toBeUndefined();
  expect(diagnostics.length).toBeGreaterThan(0);
  expectWellFormed(diagnostics, FILE);
  return diagnostics;
}

/** "Billion laughs": nine aliases per level, nine levels deep, 9^9 values once expanded. */
function aliasBomb(levels = 9): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

describe('framework files: resource limits', () => {
  it('refuses an alias bomb after a bounded number of expansions', () => {
    const started = Date.now();
    const [first, ...rest] = problems(`${HEAD}notes:\n${aliasBomb().replace(/^/gm, '  ')}`);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ code: 'limit-exceeded' });
    expect(first!.message).toMatch(/aliases/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses deep flow nesting before parsing, at the bracket that crosses the limit', () => {
    const depth = LIMITS.maxDepth + 1;
    const diagnostics = problems(`${HEAD}notes: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 5, col: 8 + LIMITS.maxDepth, code: 'limit-exceeded' })]);
  });

  it('refuses nesting far past what the parser can recurse into, in one line', () => {
    for (const deep of ['['.repeat(50_000), '{a: '.repeat(20_000), `${'- '.repeat(40_000)}x`]) {
      const diagnostics = problems(`${HEAD}notes: ${deep}\n`);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]!.code).toBe('limit-exceeded');
    }
  });

  it('refuses deep block nesting (indentation) with one diagnostic', () => {
    const lines = Array.from({ length: 1_200 }, (_, i) => `${' '.repeat(i)}k:`);
    const diagnostics = problems(`${HEAD}notes:\n${lines.map((line) => `  ${line}`).join('\n')}\n`);
    expect(codes(diagnostics)).toEqual(['limit-exceeded']);
    expect(diagnostics[0]!.message).toBe(`values are nested more than ${LIMITS.maxDepth} levels deep`);
  });

  it('refuses a flat file with more values than the limit, quickly and before composing', () => {
    const keys = Array.from({ length: LIMITS.maxNodes }, (_, i) => `k${i}: 1`).join('\n');
    const started = Date.now();
    const diagnostics = problems(`${HEAD}${keys}\n`);
    expect(codes(diagnostics)).toEqual(['limit-exceeded']);
    expect(diagnostics[0]!.message).toMatch(/more than 20000 values/);
    expect(Date.now() - started).toBeLessThan(5_000);
    const list = problems(`${HEAD}notes: [${Array(LIMITS.maxNodes + 1).fill('1').join(',')}]\n`);
    expect(codes(list)).toEqual(['limit-exceeded']);
  });

  it('the value pre-scan never refuses a file the limit allows', () => {
    const atLimit = `[${Array(LIMITS.maxNodes - 1).fill('1').join(',')}]`;
    expect(preScan(atLimit, { maxNodes: LIMITS.maxNodes, maxDepth: LIMITS.maxDepth, kind: 'test' })).toBeUndefined();
    expect(preScan(`${atLimit.slice(0, -1)},1,1]`, { maxNodes: LIMITS.maxNodes, maxDepth: LIMITS.maxDepth, kind: 'test' })).toBeDefined();
    // Commas in prose are not values.
    const prose = `notes: "${'a, '.repeat(50_000)}"\n`;
    expect(preScan(prose, { maxNodes: LIMITS.maxNodes, maxDepth: LIMITS.maxDepth, kind: 'test' })).toBeUndefined();
  });

  it('refuses over-long text with the length and the limit', () => {
    const [diagnostic] = problems(`schema_version: 1\njurisdiction:\n  name: ${'N'.repeat(200_000)}\n  as_of: 2025-06-30\n`);
    expect(diagnostic).toMatchObject({ line: 3, col: 9, code: 'too-long', path: 'jurisdiction.name' });
    expect(diagnostic!.message).toContain('200000');
  });

  it('reports an over-long implicit key as a YAML error', () => {
    const [diagnostic] = problems(`${HEAD}${'k'.repeat(2_000)}: 1\n`);
    expect(diagnostic!.code).toBe('yaml-syntax');
  });
});

describe('framework files: YAML features the format does not use', () => {
  it('rejects duplicate keys, also when written differently, one line each', () => {
    const diagnostics = problems(`${HEAD}trafficking:\n  acts: [transfer]\n  "acts": [receipt]\n  'acts': []\n`);
    expect(diagnostics.map((d) => [d.line, d.col, d.code])).toEqual([
      [7, 3, 'yaml-syntax'],
      [8, 3, 'yaml-syntax'],
    ]);
    expect(diagnostics[0]!.message).toBe("duplicate key 'acts': each key may appear only once in a mapping");
  });

  it('rejects a duplicate key inside a cited fact', () => {
    const diagnostics = problems(`${HEAD}trafficking:\n  consent_irrelevant: {value: true, value: false}\n`);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 6, col: 37, code: 'yaml-syntax' })]);
  });

  it('a duplicate key among 10,000 keys costs no quadratic time', () => {
    const keys = Array.from({ length: 9_000 }, (_, i) => `  k${i}: 1`).join('\n');
    const started = Date.now();
    const diagnostics = problems(`${HEAD}trafficking:\n${keys}\n  k0: 2\n`);
    expect(diagnostics.some((d) => d.message.startsWith("duplicate key 'k0'"))).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['!!js/function', 'notes: !!js/function "function () { return 1 }"'],
    ['!foo', 'notes: !foo text'],
    ['!!binary', 'notes: !!binary aGVsbG8='],
    ['!!set', 'notes: !!set {a, b}'],
    ['!!python/object:os.system', 'notes: !!python/object:os.system [ls]'],
    ['tag:evil.example,2000:x', 'notes: !<tag:evil.example,2000:x> text'],
  ])('refuses the custom tag %s, pointing at the tag', (tag, line) => {
    const diagnostics = problems(`${HEAD}assessment:\n  ${line}\n`);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 6, col: 10, code: 'unsupported-yaml', path: 'assessment.notes' });
    expect(diagnostics[0]!.message).toContain(`the tag ${tag} is not supported`);
  });

  it('accepts the core tags, which only say what plain YAML says', () => {
    const result = loadFramework(`${HEAD}trafficking:\n  child_age: !!int 18\n  consent_irrelevant: !!bool true\n  offence: !!str single_offence\n`, FILE);
    expect(result.ok).toBe(true);
  });

  it('refuses more than one document, and a document that is not a mapping', () => {
    expect(problems(`${HEAD}---\n${HEAD}`)).toEqual([expect.objectContaining({ line: 5, col: 1, code: 'multiple-documents' })]);
    expect(codes(problems('just text\n'))).toEqual(['wrong-type']);
    expect(codes(problems('- a\n- b\n'))).toEqual(['wrong-type']);
    expect(codes(problems('42\n'))).toEqual(['wrong-type']);
    expect(codes(problems('"schema_version: 1"\n'))).toEqual(['wrong-type']);
  });

  it.each([
    ['an empty file', ''],
    ['only whitespace', '  \n\n\t\n   '],
    ['only comments', '# a comment\n   # another\n'],
    ['only a byte order mark', '\uFEFF'],
    ['only a document marker', '---\n'],
    ['only null', '~\n'],
  ])('refuses %s as empty', (_name, text) => {
    expect(problems(text)).toEqual([expect.objectContaining({ line: 1, col: 1, code: 'empty-document' })]);
  });

  it('reports one broken line once, not the echoes below it', () => {
    const text = `${HEAD}trafficking:\n\tacts: [transfer]\n  consent_irrelevant: true\n  organized_group_required: false\n`;
    expect(problems(text)).toEqual([expect.objectContaining({ line: 6, col: 1, code: 'yaml-syntax' })]);
    expect(problems(`${HEAD}assessment:\n  notes: "never closed\n  date: 2025-01-01\n`)).toHaveLength(1);
  });

  it('reads YAML 1.2: a %YAML 1.1 directive does not bring back yes/no booleans or merge keys', () => {
    const diagnostics = problems(`%YAML 1.1\n---\n${HEAD}trafficking:\n  consent_irrelevant: yes\n  <<: {acts: [transfer]}\n`);
    expect(codes(diagnostics)).toEqual(['yaml11-boolean', 'unsupported-yaml']);
  });
});

describe('framework files: values', () => {
  it.each([
    ['.nan', 'NaN'],
    ['.inf', 'Infinity'],
    ['-.inf', '-Infinity'],
    ['1e400', 'Infinity'],
    ['123456789012345678901234567890', 'e+29'],
    ['-5', '-5'],
  ])('refuses the number %s in a numeric fact', (written, shown) => {
    const diagnostics = problems(`${HEAD}trafficking:\n  penalty:\n    max_years: ${written}\n`);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 7, col: 16, path: 'trafficking.penalty.max_years' })]);
    expect(diagnostics[0]!.message).toContain(shown);
  });

  it.each([
    ['2025-02-30', 'invalid-date'],
    ['2025-13-01', 'invalid-date'],
    ['0000-00-00', 'wrong-type'],
    ['yesterday', 'wrong-type'],
    ['2025-01-01T10:00:00Z', 'wrong-type'],
    ['20250101', 'wrong-type'],
    ['99999-01-01', 'wrong-type'],
    ['[2025, 1, 1]', 'wrong-type'],
  ])('refuses the date %s', (written, code) => {
    const diagnostics = problems(`schema_version: 1\njurisdiction:\n  name: X\n  as_of: ${written}\n`);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 4, col: 10, path: 'jurisdiction.as_of' });
    expect(['invalid-date', 'wrong-type', 'invalid-value']).toContain(diagnostics[0]!.code);
    if (code === 'invalid-date') expect(diagnostics[0]!.code).toBe('invalid-date');
  });

  it('reports unknown keys everywhere, one line each, with the place', () => {
    const text = [
      'schema_version: 1',
      'jurisdiction:',
      '  name: X',
      '  as_of: 2025-06-30',
      '  flag: red',
      'mystery: 1',
      'assessment:',
      '  sources:',
      '    - {id: a, tilte: Act}',
      'trafficking:',
      '  acts: {value: [transfer], provison: "s. 1"}',
      '  penalty:',
      '    max_yaers: 5',
      '',
    ].join('\n');
    const diagnostics = problems(text);
    expect(diagnostics.map((d) => [d.line, d.code])).toEqual([
      [5, 'unknown-key'],
      [6, 'unknown-key'],
      [9, 'unknown-key'],
      [11, 'unknown-key'],
      [13, 'unknown-key'],
    ]);
  });

  it('swapping a scalar for a collection (and back) is one wrong-type diagnostic', () => {
    expect(codes(problems(`${HEAD}trafficking:\n  acts: transfer\n`))).toEqual(['wrong-type']);
    expect(codes(problems(`${HEAD}trafficking:\n  consent_irrelevant: [true]\n`))).toEqual(['wrong-type']);
    expect(codes(problems(`schema_version: 1\njurisdiction: [X, 2025-06-30]\n`))).toEqual(['wrong-type']);
  });
});

describe('prototype pollution', () => {
  const payloads = [
    `${HEAD}__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\nprototype: {polluted: true}\n`,
    `${HEAD}trafficking:\n  __proto__: {polluted: true}\n  acts: {value: [transfer], __proto__: {polluted: true}}\n  constructor: {prototype: {isAdmin: true}}\n`,
    `${HEAD}assessment:\n  sources:\n    - {id: a, __proto__: {polluted: true}}\n`,
    `${HEAD}"__proto__": &p {polluted: true}\ntrafficking:\n  <<: *p\n`,
    `${HEAD}? __proto__\n: {polluted: true}\n`,
  ];

  it.each(payloads.map((payload, index) => [index, payload]))('framework payload %i is refused and pollutes nothing', (_index, payload) => {
    const before = prototypeSnapshot();
    const diagnostics = problems(payload as string);
    expect(diagnostics.length).toBeGreaterThan(0);
    expectNoPollution(before);
  });

  it('checklist payloads are refused and pollute nothing', () => {
    const before = prototypeSnapshot();
    const texts = [
      packYaml(requirementYaml('P-1', KNOWN_NAME), '__proto__: {polluted: true}\n'),
      packYaml(requirementYaml('P-1', '{ __proto__: { fact: jurisdiction.name } }')),
      packYaml(requirementYaml('P-1', '{ constructor: { prototype: { polluted: true } } }')),
      packYaml(requirementYaml('P-1', '{ grade: { fact: jurisdiction.coastal, credits: { true: 1, false: 0, __proto__: 1 } } }')),
      packYaml(requirementYaml('P-1', '{ known: { fact: jurisdiction.name, __proto__: { polluted: true } } }')),
      packYaml(requirementYaml('P-1', KNOWN_NAME, '    source: { instrument: tip_protocol, provision: x, __proto__: { polluted: true } }')),
    ];
    for (const text of texts) packProblems(text);
    expectNoPollution(before);
  });

  it('a valid file that mentions __proto__ in text loads and pollutes nothing', () => {
    const before = prototypeSnapshot();
    const result = loadFramework(`${HEAD}assessment:\n  notes: "__proto__ constructor prototype {polluted: true}"\n`, FILE);
    expect(result.ok).toBe(true);
    expectNoPollution(before);
  });
});

describe('checklist files', () => {
  const valid = packYaml(requirementYaml('H-1', KNOWN_NAME));

  it('the baseline pack is valid', () => {
    expect(loadPack(valid, FILE).diagnostics).toEqual([]);
  });

  it('refuses an alias bomb', () => {
    const diagnostics = packProblems(`${valid}description: &x [a]\n${aliasBomb().replace(/^a0: &a0/, 'a0: &a0')}`);
    expect(diagnostics).toHaveLength(1);
  });

  it('refuses checks nested deeper than the limit, before the validator or the evaluator recurse', () => {
    let not = KNOWN_NAME;
    for (let i = 0; i < 40; i++) not = `{ not: ${not} }`;
    expect(codes(packProblems(packYaml(requirementYaml('H-1', not))))).toEqual(['limit-exceeded']);
    let all = KNOWN_NAME;
    for (let i = 0; i < 20; i++) all = `{ all: [${all}] }`;
    expect(codes(packProblems(packYaml(requirementYaml('H-1', all))))).toEqual(['limit-exceeded']);
    let huge = KNOWN_NAME;
    for (let i = 0; i < 5_000; i++) huge = `{ not: ${huge} }`;
    expect(codes(packProblems(packYaml(requirementYaml('H-1', huge))))).toEqual(['limit-exceeded']);
  });

  it('accepts checks nested as deep as the built-in packs need', () => {
    let all = KNOWN_NAME;
    for (let i = 0; i < 10; i++) all = `{ all: [${all}] }`;
    expect(loadPack(packYaml(requirementYaml('H-1', all)), FILE).diagnostics).toEqual([]);
  });

  it('refuses a chain of requirement references longer than the limit, once', () => {
    const count = LIMITS.maxReferenceDepth + 6;
    const requirements = Array.from({ length: count }, (_, i) =>
      requirementYaml(`CHAIN-${i}`, i === count - 1 ? KNOWN_NAME : `{ requirement: CHAIN-${i + 1} }`),
    ).join('');
    const diagnostics = packProblems(packYaml(requirements));
    expect(codes(diagnostics)).toEqual(['reference-depth']);
    // Written backwards, the chain is still found.
    const backwards = Array.from({ length: count }, (_, i) =>
      requirementYaml(`CHAIN-${i}`, i === 0 ? KNOWN_NAME : `{ requirement: CHAIN-${i - 1} }`),
    ).join('');
    expect(codes(packProblems(packYaml(backwards)))).toEqual(['reference-depth']);
  });

  it('accepts a chain of references at the limit', () => {
    const count = LIMITS.maxReferenceDepth;
    const requirements = Array.from({ length: count }, (_, i) =>
      requirementYaml(`CHAIN-${i}`, i === count - 1 ? KNOWN_NAME : `{ requirement: CHAIN-${i + 1} }`),
    ).join('');
    expect(loadPack(packYaml(requirements), FILE).diagnostics).toEqual([]);
  });

  it('refuses reference cycles, self-references and cycles through applies_when', () => {
    const cycle = requirementYaml('CYC-A', '{ requirement: CYC-B }') + requirementYaml('CYC-B', '{ not: { requirement: CYC-A } }');
    expect(codes(packProblems(packYaml(cycle)))).toEqual(['reference-cycle']);
    expect(codes(packProblems(packYaml(requirementYaml('SELF-1', '{ requirement: SELF-1 }'))))).toEqual(['reference-cycle']);
    const viaApplies =
      requirementYaml('APP-A', KNOWN_NAME, '    applies_when: { requirement: APP-B }') + requirementYaml('APP-B', '{ requirement: APP-A }');
    expect(codes(packProblems(packYaml(viaApplies)))).toEqual(['reference-cycle']);
  });

  it('refuses duplicate keys, custom tags and over-long text, each at its place', () => {
    expect(packProblems(valid.replace('title: Hostile pack\n', 'title: Hostile pack\ntitle: Again\n'))).toEqual([
      expect.objectContaining({ line: 3, col: 1, code: 'yaml-syntax', message: "duplicate key 'title': each key may appear only once in a mapping" }),
    ]);
    expect(packProblems(packYaml(requirementYaml('H-1', '!!js/function "return 1"')))).toEqual([
      expect.objectContaining({ line: 13, col: 12, code: 'unsupported-yaml' }),
    ]);
    expect(packProblems(valid.replace('title: Hostile pack', `title: ${'T'.repeat(LIMITS.maxTextLength + 1)}`))).toEqual([
      expect.objectContaining({ line: 2, col: 8, code: 'too-long' }),
    ]);
  });

  it('refuses .nan and .inf where a number is expected, naming them', () => {
    for (const [written, shown] of [
      ['.nan', 'NaN'],
      ['.inf', 'Infinity'],
      ['1e999', 'Infinity'],
    ]) {
      const diagnostics = packProblems(packYaml(requirementYaml('H-1', `{ at_least: { fact: trafficking.penalty.max_years, value: ${written} } }`)));
      expect(diagnostics.map((d) => d.message)).toEqual([`expected a number, found the number ${shown}`]);
    }
  });

  it('refuses binary, empty, non-mapping and multi-document packs in one line', () => {
    expect(codes(packProblems('id: x\u0000\n'))).toEqual(['binary']);
    expect(codes(packProblems(''))).toEqual(['empty']);
    expect(codes(packProblems('# nothing\n'))).toEqual(['empty']);
    expect(packProblems('text\n')).toHaveLength(1);
    expect(packProblems('- a\n')).toHaveLength(1);
    expect(packProblems(`${valid}---\n${valid}`)).toEqual([expect.objectContaining({ code: 'yaml-syntax', message: expect.stringMatching(/more than one YAML document/) })]);
  });

  it('refuses a pack with more values than the limit before parsing it', () => {
    const requirements = Array.from({ length: 3_000 }, (_, i) => requirementYaml(`MANY-${i}`, KNOWN_NAME)).join('');
    const started = Date.now();
    expect(codes(packProblems(packYaml(requirements)))).toEqual(['limit-exceeded']);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports unknown keys at every level of a requirement', () => {
    const text = packYaml(
      requirementYaml('H-1', '{ known: { fact: jurisdiction.name, extra: 1 } }', '    colour: blue\n    source2: x').replace(
        'source: { instrument: tip_protocol, provision: "art. 5(1)" }',
        'source: { instrument: tip_protocol, provision: "art. 5(1)", page: 3 }',
      ),
      'owner: me\n',
    );
    const diagnostics = packProblems(text);
    expect(codes(diagnostics).every((code) => code === 'unknown-key')).toBe(true);
    expect(diagnostics).toHaveLength(5);
  });

  it('loadPacks never throws and names the file, for several broken packs at once', () => {
    const { diagnostics } = loadPacks([
      { text: 'id: [', origin: 'a.yaml' },
      { text: '\t- x', origin: 'b.yaml' },
      { text: aliasBomb(), origin: 'c.yaml' },
    ]);
    expect(new Set(diagnostics.map((d) => d.file))).toEqual(new Set(['a.yaml', 'b.yaml', 'c.yaml']));
    expect(diagnostics).toHaveLength(3);
  });
});
