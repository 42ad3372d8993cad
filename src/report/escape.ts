/**
 * Escaping for every output channel. Any string can come from a framework file or a user's
 * checklist (names, provisions, quotes, notes, reasons built from values), so every formatter
 * passes text through the helper of its channel before it reaches the output.
 */

// CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC strings (ESC P|X|^|_ ... ST),
// two-character escapes (ESC + one byte) and the 8-bit CSI (U+009B). An OSC 8 hyperlink or a
// title-setting sequence in a provision must not reach a terminal.
const ANSI_SEQUENCE =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[ -~]?|\u009b[0-?]*[ -/]*[@-~]/g;

// C0 and C1 controls other than TAB, LF and CR; DEL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

// Bidirectional overrides and isolates can make a terminal or a rendered page show text in an
// order other than the one stored ("Trojan Source", CVE-2021-42574).
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029\u0085]/g;

/**
 * Removes terminal escape sequences, control characters and bidi controls; keeps TAB, LF, CR.
 * The Unicode line and paragraph separators become LF, which every channel already handles (a
 * CI log viewer or an editor would otherwise start a new line where the channel saw none).
 */
export function stripUnsafe(text: string): string {
  return text.replace(ANSI_SEQUENCE, '').replace(CONTROL, '').replace(BIDI, '').replace(/[\u2028\u2029]/g, '\n');
}

/** One line of safe text: escapes and controls removed, line breaks and tabs turned into spaces. */
export function oneLine(text: string): string {
  return stripUnsafe(text).replace(LINE_BREAKS, ' ');
}

// Everything visible() writes as an escape: C0/C1 controls (TAB, LF and CR included), DEL,
// bidi controls, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * One inert line that still shows what the input holds: every control, bidi or line-break
 * character is written as `\uXXXX` (LF and TAB kept with `keepLineBreaks`, for multi-line text). For diagnostics, which quote keys and values from the file:
 * a key holding ESC [ 2 J is shown as `\u001b[2J`, so the user can find and fix it, and the
 * terminal never receives the escape itself.
 */
export function visible(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(INVISIBLE, (c) =>
    options.keepLineBreaks && (c === '\n' || c === '\t') ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// --- JSON ---------------------------------------------------------------------------------------

// What JSON.stringify leaves raw but a terminal or an editor may act on: DEL, C1 controls (U+009B
// is a one-character CSI), bidi controls, and U+2028/U+2029 (line breaks to JavaScript before
// ES2019). Outside strings JSON text is plain ASCII, so these can only be inside strings.
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Serialized JSON (JSON.stringify output) with the characters above written as `\uXXXX`: every
 * parser reads back the same data, and `--format json` printed on a terminal stays inert.
 */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Shortens text to `max` characters (by code point), ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}

/** Text for a terminal: one line, safe, clipped so a huge quote cannot flood the screen. */
export function termText(text: string, max = 400): string {
  return clip(oneLine(text), max);
}

// --- Markdown -----------------------------------------------------------------------------------

/**
 * Inline Markdown text, safe in paragraphs, list items and table cells (GitHub Flavoured Markdown).
 * Emphasis, code, link and table characters are backslash-escaped; HTML becomes entities so no tag
 * or comment can open; `$` is escaped so GitHub does not start a math span; an `@` gets a zero-width
 * space after it, as dependency bots do, so a name in a framework file cannot notify anyone when the
 * report is posted as a pull-request comment.
 */
export function mdText(text: string, max = 2000): string {
  return clip(oneLine(text), max)
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@&#8203;');
}

// --- XML ----------------------------------------------------------------------------------------

// Characters XML 1.0 does not allow even as references: C0 controls other than TAB/LF/CR,
// lone surrogates and U+FFFE/U+FFFF.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function xmlClean(text: string): string {
  // Also without terminal escapes and C1 controls: CI logs often print JUnit text as it stands.
  return stripUnsafe(text).replace(XML_INVALID, '');
}

/** Text for an XML attribute value in double quotes; TAB, LF and CR kept as character references. */
export function xmlAttr(text: string): string {
  return xmlClean(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/**
 * A CDATA section holding any text: `]]>` inside is split across two sections. A bare CR becomes
 * LF: XML parsers would do so anyway, and a CI log that prints the section raw would otherwise
 * let "passed\rFAILED" overwrite its own line.
 */
export function xmlCdata(text: string): string {
  return `<![CDATA[${xmlClean(text).replace(/\r\n?/g, '\n').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

// --- CSV ----------------------------------------------------------------------------------------

/**
 * One CSV field (RFC 4180), safe to open in a spreadsheet. A value that, after leading spaces,
 * starts with = + - @ or with TAB or CR would be run as a formula by Excel, LibreOffice or Google
 * Sheets (OWASP "CSV Injection"); it gets a leading single quote, which spreadsheets show as text.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? stripUnsafe(value) : String(value);
  if (typeof value === 'string' && /^[\t\r]|^[ ]*[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
