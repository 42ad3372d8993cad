/**
 * Hostile text from a framework file and from a custom checklist, rendered in every format: no
 * terminal escape, control or bidi character reaches the output raw, no Markdown table or XML
 * document is broken, no CSV cell runs as a formula, and JSON keeps the text exactly.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../src/checklist/builtin-packs.js';
import { loadPack } from '../../src/checklist/load.js';
import { compare } from '../../src/engine/compare.js';
import { assess } from '../../src/engine/evaluate.js';
import type { Assessment } from '../../src/engine/types.js';
import { loadFramework } from '../../src/framework/load.js';
import { LIMITS } from '../../src/framework/limits.js';
import { CSV_COLUMNS } from '../../src/report/csv.js';
import { compareFormatters, formatters, FORMAT_NAMES, COMPARE_FORMAT_NAMES } from '../../src/report/index.js';
import { parseCsv } from '../report/csv-parse.js';
import { parseXml } from '../report/xml-parse.js';
import { packYaml } from './support.js';

/** Everything a report must neutralise, in one string. */
export const HOSTILE = [
  'Evil <script>alert(1)</script> <img src=x onerror=alert(1)>',
  '| a|b || `code` ``` ]]> ]]]]> <![CDATA[ x ]]>',
  '\u001b[31mRED\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u001b]0;title\u0007',
  '\u001b[2J\u001b[H\u001b[1A\u001b[K \u001bP+q\u001b\\ \u009b31m \u0007 \b\b',
  '\u202egnp.exe\u202c \u2066iso\u2069 \u200f',
  '\r\nline2\n# heading\n- item\n\t=cmd|\' /C calc\'!A0 +1+1 -2 @SUM(1) \u2028 \u0085',
  '[link](javascript:alert(1)) ![img](http://x.example/y.png) <!-- c --> &amp; &lt; $x$ \\ * _ ~ @octocat #123',
  '\u0000 \ufffe end',
].join(' ');

/** A YAML double-quoted scalar holding `text` exactly, every non-ASCII character escaped. */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const H = yamlString(HOSTILE);
// Ids and codes have length limits; these still carry an escape, a pipe, markup and a formula.
const SHORT = yamlString('\u001b[2J|=1+1<b>\u202e');

export const HOSTILE_FRAMEWORK = `schema_version: 1
jurisdiction:
  name: ${H}
  code: ${SHORT}
  kind: draft
  as_of: 2025-06-30
assessment:
  assessors: [${H}]
  sources:
    - {id: ${SHORT}, title: ${H}, url: ${H}}
  notes: ${H}
trafficking:
  acts: {value: [recruitment, transportation], provision: ${H}, quote: ${H}, note: ${H}}
  consent_irrelevant: {value: false, provision: ${H}, quote: ${H}}
  means: {value: [threat], provision: ${H}}
`;

export const HOSTILE_PACK = packYaml(
  [
    '  - id: HOSTILE-ACTS',
    `    title: ${H}`,
    `    question: ${H}`,
    '    area: criminalization',
    `    source: { instrument: tip_protocol, provision: ${H} }`,
    '    level: mandatory',
    `    level_note: ${H}`,
    '    severity: critical',
    '    red_line: true',
    '    check: { covers: { fact: trafficking.acts, values: [recruitment, transportation, transfer, harbouring, receipt] } }',
    `    partial: ${H}`,
    `    recommendation: ${yamlString(`adopt ${HOSTILE} x`)}`,
    `    references: [{ title: ${H}, provision: ${H} }]`,
    '  - id: HOSTILE-CONSENT',
    `    title: ${H}`,
    `    question: ${H}`,
    '    area: criminalization',
    `    source: { instrument: tip_protocol, provision: ${H} }`,
    '    level: mandatory',
    '    severity: major',
    '    check: { equals: { fact: trafficking.consent_irrelevant, value: true } }',
    `    recommendation: ${yamlString(`make ${HOSTILE} x`)}`,
    '',
  ].join('\n'),
  `description: ${H}\n`,
);

/** Characters no output may hold raw: C0 controls but TAB/LF/CR, DEL, C1, bidi, line separators. */
// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

export function hostileAssessments(): Assessment[] {
  const loaded = loadFramework(HOSTILE_FRAMEWORK, 'hostile.yaml');
  if (!loaded.ok) throw new Error(`the hostile framework must be valid: ${JSON.stringify(loaded.diagnostics)}`);
  const { pack, diagnostics } = loadPack(HOSTILE_PACK, 'hostile-pack.yaml', { library: builtinPacks() });
  if (!pack) throw new Error(`the hostile pack must be valid: ${JSON.stringify(diagnostics)}`);
  return [assess(loaded.framework, [pack, ...builtinPacks()])];
}

const TOOL = { name: 'palermo-gap', version: '1.0.0' };

function render(format: (typeof FORMAT_NAMES)[number], options: { verbose?: boolean; color?: boolean } = {}): string {
  return formatters[format](hostileAssessments(), { color: options.color ?? false, verbose: options.verbose ?? false, tool: TOOL, cwd: '/work' });
}

describe('hostile text in every report format', () => {
  it('the hostile inputs are valid and reach the report', () => {
    const [assessment] = hostileAssessments();
    expect(assessment!.jurisdiction.name).toBe(HOSTILE);
    expect(assessment!.results.find((r) => r.id === 'HOSTILE-ACTS')?.state).toBe('partial');
    expect(assessment!.results.find((r) => r.id === 'HOSTILE-CONSENT')?.state).toBe('not_met');
  });

  for (const format of FORMAT_NAMES) {
    for (const verbose of [false, true]) {
      it(`${format}${verbose ? ' --verbose' : ''}: no raw escape, control or bidi character`, () => {
        const text = render(format, { verbose });
        const match = RAW_UNSAFE.exec(text);
        expect(match ? `U+${match[0].charCodeAt(0).toString(16)} at ${match.index}: ${JSON.stringify(text.slice(match.index - 40, match.index + 40))}` : null).toBeNull();
        // A CR only as part of CSV's CRLF record ends.
        if (format !== 'csv') expect(text).not.toContain('\r');
      });
    }
  }

  it('text with colour adds only colour codes', () => {
    const plain = render('text', { verbose: true });
    // eslint-disable-next-line no-control-regex
    const coloured = render('text', { verbose: true, color: true }).replace(/\u001b\[\d+m/g, '');
    expect(coloured).toBe(plain);
  });

  it('text: a hostile value cannot start a line of its own, and long values are cut', () => {
    const text = render('text', { verbose: true });
    for (const line of text.split('\n')) {
      expect(line.startsWith('line2')).toBe(false);
      expect(line.startsWith('# heading')).toBe(false);
    }
    expect(text).toContain('Evil <script>');
  });

  it('markdown: tables keep their columns, no HTML tag or link is live, no line is injected', () => {
    const text = render('markdown', { verbose: true });
    expect(text).not.toMatch(/<script|<img|<!--|(^|[^\\])\]\(javascript:/i);
    expect(text).not.toMatch(/(^|[^\\])@octocat/);
    let columns: number | undefined;
    for (const line of text.split('\n')) {
      expect(line.startsWith('line2')).toBe(false);
      expect(/^#+ heading/.test(line)).toBe(false);
      if (!line.startsWith('|')) {
        columns = undefined;
        continue;
      }
      // Unescaped pipes delimit cells: the count is the same on every row of a table.
      const pipes = line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
      columns ??= pipes;
      expect(pipes).toBe(columns);
    }
  });

  it('junit: well-formed XML whose text holds the hostile strings, minus what XML cannot hold', () => {
    const xml = render('junit', { verbose: true });
    const root = parseXml(xml);
    expect(root.name).toBe('testsuites');
    const testcases = JSON.stringify(root);
    expect(testcases).toContain('Evil <script>alert(1)</script>');
    expect(testcases).toContain(']]>');
  });

  it('csv: parses as RFC 4180, one record per requirement, no cell starts a formula', () => {
    const text = render('csv');
    const rows = parseCsv(text);
    const [assessment] = hostileAssessments();
    expect(rows).toHaveLength(assessment!.results.length + 1);
    for (const row of rows) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      for (const cell of row) expect(cell).not.toMatch(/^[\t\r]|^ *[=+\-@]/);
    }
  });

  it('json: parses back to exactly the text the file holds (escaped, not stripped)', () => {
    const text = render('json', { verbose: true });
    const document = JSON.parse(text) as { assessments: Assessment[] };
    expect(document.assessments[0]!.jurisdiction.name).toBe(HOSTILE);
    expect(text).toContain('\\u202e');
    expect(text).toContain('\\u001b');
  });

  it('sarif: valid JSON whose messages are single lines without markup', () => {
    const log = JSON.parse(render('sarif')) as { runs: { results: { message: { text: string } }[] }[] };
    const results = log.runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.message.text).not.toMatch(/[\n\r]/);
  });

  for (const format of COMPARE_FORMAT_NAMES) {
    it(`compare ${format}: no raw escape, control or bidi character`, () => {
      const [head] = hostileAssessments();
      const base = { ...head!, results: head!.results.map((r) => (r.id === 'HOSTILE-ACTS' ? { ...r, state: 'met' as const, credit: 1 } : r)) };
      const text = compareFormatters[format](compare(base, head!), { color: false, verbose: true, tool: TOOL });
      expect(RAW_UNSAFE.test(text)).toBe(false);
      if (format === 'json') expect(JSON.parse(text)).toBeTruthy();
    });
  }
});

describe('very long values', () => {
  it('the longest quote the schema allows does not flood the terminal report', () => {
    const quote = 'Q'.repeat(LIMITS.maxTextLength);
    const text = HOSTILE_FRAMEWORK.replace(/consent_irrelevant: \{value: false, provision: ("(?:[^"\\]|\\.)*"), quote: "(?:[^"\\]|\\.)*"\}/, `consent_irrelevant: {value: false, provision: $1, quote: "${quote}"}`);
    const loaded = loadFramework(text, 'long.yaml');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const assessments = [assess(loaded.framework, builtinPacks())];
    const report = formatters.text(assessments, { color: false, verbose: true, tool: TOOL });
    const longest = Math.max(...report.split('\n').map((line) => line.length));
    expect(longest).toBeLessThan(2_000);
    for (const format of FORMAT_NAMES) expect(() => formatters[format](assessments, { color: false, verbose: true, tool: TOOL })).not.toThrow();
  });
});
