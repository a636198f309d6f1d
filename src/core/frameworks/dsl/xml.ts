// Liquibase XML changelogs read with saxes (a maintained, strict, streaming XML parser that keeps
// line numbers) into a small element tree: elements with attributes, text and CDATA, 1-based lines,
// namespace prefixes dropped. Malformed input never throws: the parser reports each error and goes
// on, the first error's line is returned, and elements left open at the end are closed.
import { SaxesParser } from 'saxes';

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

export interface XmlResult {
  root: XmlElement;
  /** Line of the first malformed construct, if any. */
  errorLine?: number;
}

const localName = (n: string) => n.slice(n.indexOf(':') + 1);

export function parseXml(src: string): XmlResult {
  const root: XmlElement = { name: '#document', attrs: new Map(), children: [], text: '', line: 1 };
  if (!src.trim()) return { root }; // an empty changelog is empty, not malformed
  const stack: XmlElement[] = [root];
  const parser = new SaxesParser({ xmlns: false, position: true });
  let errorLine: number | undefined;
  let markLine = 1;
  let tagLine = 1;
  const top = () => stack[stack.length - 1]!;
  const addText = (text: string) => {
    const el = top();
    if (el.textLine === undefined && text.trim()) el.textLine = markLine;
    el.text += text;
  };

  // Where the last event ended: text and CDATA start there (saxes reports them where they end).
  const mark = () => {
    markLine = parser.line;
  };
  parser.on('error', () => {
    errorLine ??= parser.line;
  });
  parser.on('opentagstart', () => {
    tagLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    const attrs = new Map<string, string>();
    for (const [name, value] of Object.entries(tag.attributes)) attrs.set(localName(name), value);
    const el: XmlElement = { name: localName(tag.name), attrs, children: [], text: '', line: tagLine };
    top().children.push(el);
    if (!tag.isSelfClosing) stack.push(el);
    mark();
  });
  parser.on('closetag', (tag) => {
    // Self-closing tags were never pushed. A close pops its element and any saxes closed on the way.
    const at = tag.isSelfClosing ? -1 : stack.map((e) => e.name).lastIndexOf(localName(tag.name));
    if (at > 0) stack.length = at;
    mark();
  });
  parser.on('text', (text) => {
    addText(text);
    mark();
  });
  parser.on('cdata', (text) => {
    addText(text);
    mark();
  });
  parser.on('comment', mark);
  parser.on('processinginstruction', mark);
  parser.on('doctype', mark);
  parser.on('xmldecl', mark);

  try {
    parser.write(src);
    // Elements still open at the end: the innermost one's start is where the file went wrong
    // (saxes would report the end of the file).
    if (stack.length > 1) errorLine ??= top().line;
    parser.close();
  } catch {
    // saxes reports errors through the handler; anything else it throws still leaves a readable prefix.
    errorLine ??= parser.line;
  }
  return errorLine === undefined ? { root } : { root, errorLine };
}

export function* walkXml(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walkXml(c);
}
