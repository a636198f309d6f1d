// A small, tolerant XML reader for Liquibase changelogs (no XML parser is installed): elements
// with attributes, text and CDATA, comments skipped, 1-based lines kept. Malformed input never
// throws: unclosed elements are closed at the end, stray end tags are ignored.

export interface XmlElement {
  /** Local name (namespace prefix removed). */
  name: string;
  attrs: Map<string, string>;
  children: XmlElement[];
  /** Concatenated text and CDATA directly inside the element. */
  text: string;
  /** Line of the first text/CDATA content (for SQL inside `<sql>`). */
  textLine?: number;
  line: number;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp < 0) break;
    const semi = s.indexOf(';', amp);
    out += s.slice(i, amp);
    if (semi < 0 || semi - amp > 10) {
      out += '&';
      i = amp + 1;
      continue;
    }
    const ent = s.slice(amp + 1, semi);
    if (ent.startsWith('#x')) out += String.fromCodePoint(parseInt(ent.slice(2), 16) || 63);
    else if (ent.startsWith('#')) out += String.fromCodePoint(parseInt(ent.slice(1), 10) || 63);
    else out += ENTITIES[ent] ?? `&${ent};`;
    i = semi + 1;
  }
  return out + s.slice(i);
}

const localName = (n: string) => n.slice(n.indexOf(':') + 1);
const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r';
const isNameEnd = (c: string | undefined) => c === undefined || isSpace(c) || c === '/' || c === '>' || c === '=';

export interface XmlResult {
  root: XmlElement;
  /** Line of the first malformed construct, if any. */
  errorLine?: number;
}

export function parseXml(src: string): XmlResult {
  const root: XmlElement = { name: '#document', attrs: new Map(), children: [], text: '', line: 1 };
  const stack: XmlElement[] = [root];
  let errorLine: number | undefined;
  let line = 1;
  let i = 0;
  const advance = (to: number) => {
    for (let k = i; k < to && k < src.length; k++) if (src.charCodeAt(k) === 10) line++;
    i = to;
  };
  const addText = (text: string, at: number) => {
    const top = stack[stack.length - 1]!;
    if (top.textLine === undefined && text.trim()) top.textLine = at;
    top.text += text;
  };
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      addText(decode(src.slice(i)), line);
      advance(src.length);
      break;
    }
    if (lt > i) {
      const startLine = line;
      addText(decode(src.slice(i, lt)), startLine);
      advance(lt);
    }
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      advance(end < 0 ? src.length : end + 3);
      continue;
    }
    if (src.startsWith('<![CDATA[', i)) {
      const end = src.indexOf(']]>', i + 9);
      const body = src.slice(i + 9, end < 0 ? src.length : end);
      addText(body, line);
      advance(end < 0 ? src.length : end + 3);
      continue;
    }
    if (src.startsWith('<?', i) || src.startsWith('<!', i)) {
      const end = src.indexOf('>', i);
      advance(end < 0 ? src.length : end + 1);
      continue;
    }
    if (src.startsWith('</', i)) {
      const end = src.indexOf('>', i);
      const name = localName(src.slice(i + 2, end < 0 ? src.length : end).trim());
      const idx = stack.map((e) => e.name).lastIndexOf(name);
      if (idx > 0) stack.length = idx;
      else errorLine ??= line;
      advance(end < 0 ? src.length : end + 1);
      continue;
    }
    // start tag
    const elLine = line;
    let j = i + 1;
    while (!isNameEnd(src[j])) j++;
    const el: XmlElement = { name: localName(src.slice(i + 1, j)), attrs: new Map(), children: [], text: '', line: elLine };
    let selfClosing = false;
    let closed = false;
    while (j < src.length) {
      while (isSpace(src[j])) j++;
      if (src[j] === '>') {
        j++;
        closed = true;
        break;
      }
      if (src[j] === '/' && src[j + 1] === '>') {
        j += 2;
        selfClosing = true;
        closed = true;
        break;
      }
      if (src[j] === '<') break; // malformed: tag never closed
      const ns = j;
      while (!isNameEnd(src[j])) j++;
      const an = src.slice(ns, j);
      while (isSpace(src[j])) j++;
      let av = '';
      if (src[j] === '=') {
        j++;
        while (isSpace(src[j])) j++;
        const q = src[j];
        if (q === '"' || q === "'") {
          const e = src.indexOf(q, j + 1);
          av = src.slice(j + 1, e < 0 ? src.length : e);
          j = e < 0 ? src.length : e + 1;
        } else {
          const s = j;
          while (!isSpace(src[j]) && src[j] !== '>' && j < src.length) j++;
          av = src.slice(s, j);
        }
      }
      if (an) el.attrs.set(localName(an), decode(av));
      else j++;
    }
    if (!closed) errorLine ??= elLine;
    stack[stack.length - 1]!.children.push(el);
    if (!selfClosing) stack.push(el);
    advance(j);
  }
  if (stack.length > 1) errorLine ??= stack[stack.length - 1]!.line;
  return errorLine === undefined ? { root } : { root, errorLine };
}

export function* walkXml(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walkXml(c);
}
