/**
 * A tiny, strict XML reader for tests: elements, double-quoted attributes, character references,
 * CDATA and the XML declaration. Throws on anything malformed, so a test that parses the JUnit
 * report also checks that it is well formed.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) throw new Error(`bare & in ${JSON.stringify(text.slice(0, 40))}`);
  if (text.includes('<')) throw new Error('raw < in text or attribute');
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, ref: string) =>
    ref.startsWith('#x') ? String.fromCodePoint(parseInt(ref.slice(2), 16)) : ref.startsWith('#') ? String.fromCodePoint(Number(ref.slice(1))) : ENTITIES[ref]!,
  );
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  while (i < xml.length) {
    const top = stack[stack.length - 1]!;
    if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i);
      if (end < 0) throw new Error('unterminated CDATA');
      top.text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith('</', i)) {
      const end = xml.indexOf('>', i);
      const name = xml.slice(i + 2, end).trim();
      if (name !== top.name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      i = end + 1;
    } else if (xml[i] === '<') {
      const match = /^<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"]*")*)\s*(\/?)>/.exec(xml.slice(i));
      if (!match) throw new Error(`malformed tag at ${i}: ${xml.slice(i, i + 60)}`);
      const attributes: Record<string, string> = {};
      for (const a of match[2]!.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
        if (a[1]! in attributes) throw new Error(`duplicate attribute ${a[1]}`);
        attributes[a[1]!] = decode(a[2]!);
      }
      const element: XmlElement = { name: match[1]!, attributes, children: [], text: '' };
      top.children.push(element);
      if (!match[3]) stack.push(element);
      i += match[0].length;
    } else {
      const end = xml.indexOf('<', i);
      const text = xml.slice(i, end < 0 ? xml.length : end);
      if (stack.length === 1 && text.trim() !== '') throw new Error('text outside the root element');
      top.text += decode(text);
      i = end < 0 ? xml.length : end;
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (root.children.length !== 1) throw new Error('not exactly one root element');
  return root.children[0]!;
}
