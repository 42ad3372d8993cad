/** A strict RFC 4180 parser for tests: CRLF records, double-quoted fields with "" escapes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
        if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`text after closing quote at ${i}`);
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = false;
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      i += 2;
    } else {
      if (c === '"' || c === '\n' || c === '\r') throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
      field += c;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) throw new Error('last record does not end with CRLF');
  return rows;
}
