import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, csvField, mdText, oneLine, stripUnsafe, termText, xmlAttr, xmlCdata } from '../../src/report/escape.js';
import { parseCsv } from './csv-parse.js';

// Strings rich in the characters that matter: controls, escapes, markup, quotes, separators.
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u001b', '[', ']', '>', '<', '&', '"', "'", '|', '`', '\\', '\n', '\r', '\t', '=', '+', '-', '@', ',', '$', '*', '_', '~', '\u0000', '\u0007', '\u009b', '\u202e', '\ud800', 'é', '😀'),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 80,
});

describe('terminal text', () => {
  it('removes CSI, OSC hyperlinks and two-character escapes', () => {
    expect(stripUnsafe('a\u001b[31mred\u001b[0m')).toBe('ared');
    expect(stripUnsafe('\u001b]8;;http://x\u0007link\u001b]8;;\u0007')).toBe('link');
    expect(stripUnsafe('\u001b]0;title\u001b\\x')).toBe('x');
    expect(stripUnsafe('x\u001bcy')).toBe('xy');
    expect(stripUnsafe('\u009b31mz')).toBe('z');
  });

  it('removes bidi overrides and keeps ordinary text', () => {
    expect(stripUnsafe('\u202egnp.exe')).toBe('gnp.exe');
    expect(stripUnsafe('Código Penal, art. 212(3) — «quote»')).toBe('Código Penal, art. 212(3) — «quote»');
  });

  it('never lets an escape or control character through, whatever the input', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = termText(s, 10_000);
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });

  it('puts everything on one line and clips by code point', () => {
    expect(oneLine('a\nb\r\nc\td')).toBe('a b c d');
    expect(clip('😀😀😀', 2)).toBe('😀…');
    expect(clip('abc', 3)).toBe('abc');
  });
});

describe('markdown text', () => {
  it('escapes table, emphasis, code and link characters and turns HTML into entities', () => {
    expect(mdText('a | b')).toBe('a \\| b');
    expect(mdText('`x` *y* _z_ ~w~ [l](u)')).toBe('\\`x\\` \\*y\\* \\_z\\_ \\~w\\~ \\[l\\](u)');
    expect(mdText('<script>&')).toBe('&lt;script&gt;&amp;');
    expect(mdText('$x$')).toBe('\\$x\\$');
  });

  it('cannot mention anyone', () => {
    expect(mdText('@octocat')).toBe('@&#8203;octocat');
  });

  it('never yields a line break, a raw pipe, or an HTML tag', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = mdText(s);
        expect(out).not.toMatch(/[\r\n]/);
        expect(out).not.toContain('<');
        // Drop escaped backslashes; every remaining pipe and backtick must be escaped.
        const bare = out.replace(/\\\\/g, '');
        expect(bare).not.toMatch(/(^|[^\\])[|`]/);
      }),
    );
  });
});

describe('XML', () => {
  it('escapes attribute text, keeping line breaks as references', () => {
    expect(xmlAttr(`a<b>&"c'\nd`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;&#10;d');
  });

  it('drops characters XML 1.0 cannot hold', () => {
    expect(xmlAttr('a\u0000b\u001b[0mc\ud800d\uffff')).toBe('abcd');
  });

  it('splits ]]> across CDATA sections', () => {
    expect(xmlCdata('x]]>y')).toBe('<![CDATA[x]]]]><![CDATA[>y]]>');
  });

  it('attribute text never holds markup or a raw quote', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = xmlAttr(s);
        expect(out).not.toMatch(/[<>"\n\r\t\u0000-\u0008]/);
        expect(out.replace(/&(amp|lt|gt|quot|apos|#9|#10|#13);/g, '')).not.toContain('&');
      }),
    );
  });

  it('CDATA always closes once and gives back the text', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = xmlCdata(s);
        const sections = [...out.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)];
        expect(sections.map((m) => m[0]).join('')).toBe(out);
        expect(sections.map((m) => m[1]).join('')).toBe(
          stripUnsafe(s)
            .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
            .replace(/\r\n?/g, '\n'),
        );
      }),
    );
  });
});

describe('CSV fields', () => {
  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
  });

  it('defuses formulas: = + - @ TAB CR starters, also after spaces', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+cmd')).toBe("'+cmd");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('   =1')).toBe("'   =1");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('a=1')).toBe('a=1');
  });

  it('round-trips through an RFC 4180 parser', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 5 }), (cells) => {
        const line = cells.map((c) => csvField(c)).join(',');
        const [row] = parseCsv(`${line}\r\n`);
        const expected = cells.map((c) => {
          const clean = stripUnsafe(c);
          return /^[\t\r]|^[ ]*[=+\-@]/.test(clean) ? `'${clean}` : clean;
        });
        expect(row).toEqual(expected);
      }),
    );
  });
});
