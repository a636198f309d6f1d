// Markdown (GFM) parsing for PR descriptions, hardened for hostile input.
//
// micromark is correct but has super-linear corners (thousands of nested block quotes or list
// markers on one line, thousands of unclosed `[` before links) and recursion that can overflow
// the stack. A PR body is at most 65,536 characters on GitHub, so we:
//   1. cap the parsed text at MAX_PARSE_CHARS (well above GitHub's limit; cut at a line boundary),
//   2. neutralise absurd nesting with same-length substitutions (line numbers never move),
//   3. catch any parser error and fall back to CommonMark without GFM, then to an empty tree.
// Every walker in this module is iterative, so deeply nested trees cannot overflow the stack.

import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Parent, Root, RootContent } from 'mdast';

/** Half again GitHub's 65,536-character limit for a PR body. */
export const MAX_PARSE_CHARS = 100_000;
/** Container markers (`>`, list bullets) kept at the start of one line. */
const MAX_LINE_NESTING = 32;
/** Unclosed `[` kept inside one paragraph-ish run of lines. */
const MAX_BRACKET_DEPTH = 32;
/** Characters a `[` may stay open (link text; GFM autolink literals are quadratic inside it). */
const MAX_LINK_TEXT = 1000;
/** Unmatched `]` kept inside one paragraph-ish run (GFM footnotes make each one scan back). */
const MAX_STRAY_CLOSERS = 64;
/** Length kept of one run of `*`, `_` or `~` (emphasis runs resolve in quadratic time). */
const MAX_DELIMITER_RUN = 64;

export interface ParsedMarkdown {
  root: Root;
  truncated: boolean;
  /** Set when the GFM parse failed and a fallback was used. */
  parseError?: string;
}

/** Keep the body within MAX_PARSE_CHARS, cutting at the last line break before the limit. */
function cap(body: string): { text: string; truncated: boolean } {
  if (body.length <= MAX_PARSE_CHARS) return { text: body, truncated: false };
  const cut = body.lastIndexOf('\n', MAX_PARSE_CHARS);
  return { text: body.slice(0, cut > 0 ? cut : MAX_PARSE_CHARS), truncated: true };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Sets one character of the rewrite (copying the text on the first change). */
type Put = (i: number, ch: string) => void;

/**
 * Same-length defensive rewrite: not a Markdown parser, only a bound on nesting that no real
 * description reaches. Excess container markers at a line start and excess unclosed `[` become
 * spaces, so offsets and line numbers are unchanged.
 */
export function defuse(text: string): string {
  let out: string[] | null = null;
  const put: Put = (i, ch) => {
    if (!out) out = text.split('');
    out[i] = ch;
  };
  const brackets = bracketBound(put);
  const runs = delimiterRunBound(put);
  const n = text.length;
  let lineStart = true;
  let blankRun = true; // the current line has only whitespace so far
  let i = 0;
  while (i < n) {
    if (lineStart) {
      boundLinePrefix(text, i, put);
      lineStart = false;
    }
    const c = text.charCodeAt(i);
    runs.see(c, i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      i++; // CRLF is one line break: let the '\n' handle it
      continue;
    }
    if (c === 10 || c === 13) {
      if (blankRun) brackets.endParagraph(); // a blank line ends the paragraph
      blankRun = true;
      lineStart = true;
      i++;
      continue;
    }
    if (c !== 32 && c !== 9) blankRun = false;
    if (c === 92 /* \ */) {
      const next = text.charCodeAt(i + 1);
      i += next === 10 || next === 13 ? 1 : 2;
      continue;
    }
    brackets.see(c, i);
    i++;
  }
  return out ? (out as string[]).join('') : text;
}

/** Blank the container markers past MAX_LINE_NESTING in the prefix of the line starting at `i`. */
function boundLinePrefix(text: string, i: number, put: Put): void {
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 9) {
      j++;
      continue;
    }
    const end = containerMarkerEnd(text, j);
    if (end < 0) break;
    depth++;
    if (depth > MAX_LINE_NESTING) for (let k = j; k < end; k++) put(k, ' ');
    j = end;
  }
}

/** Where the container marker at `j` ends (`>`, a bullet, an ordered marker, `[^label]:`), or -1 when none starts there. */
function containerMarkerEnd(text: string, j: number): number {
  const c = text.charCodeAt(j);
  if (c === 62 /* > */) return j + 1;
  if (c === 45 || c === 42 || c === 43 /* - * + */) {
    const next = text.charCodeAt(j + 1);
    return next === 32 || next === 9 ? j + 1 : -1;
  }
  if (isDigit(c)) {
    let k = j;
    while (k < text.length && k - j < 9 && isDigit(text.charCodeAt(k))) k++;
    const m = text.charCodeAt(k);
    const next = text.charCodeAt(k + 1);
    return (m === 46 || m === 41) && (next === 32 || next === 9) ? k + 1 : -1;
  }
  if (c === 91 /* [ */ && text.charCodeAt(j + 1) === 94 /* ^ */) {
    // A GFM footnote definition "[^label]:" is a container too.
    let k = j + 2;
    while (k < text.length && k - j < 66 && text.charCodeAt(k) !== 93 && text.charCodeAt(k) !== 10) k++;
    return text.charCodeAt(k) === 93 && text.charCodeAt(k + 1) === 58 /* : */ ? k + 2 : -1;
  }
  return -1;
}

/** Runs of `*`, `_` or `~` kept to MAX_DELIMITER_RUN characters. */
function delimiterRunBound(put: Put): { see(c: number, i: number): void } {
  let runChar = -1;
  let runLength = 0;
  return {
    see(c, i) {
      if (c !== 42 && c !== 95 && c !== 126 /* * _ ~ */) {
        runChar = -1;
        return;
      }
      if (c === runChar) runLength++;
      else {
        runChar = c;
        runLength = 1;
      }
      if (runLength > MAX_DELIMITER_RUN) put(i, ' ');
    },
  };
}

/** Unclosed `[` (by depth and by how long they stay open) and stray `]`, bounded per paragraph. */
function bracketBound(put: Put): { see(c: number, i: number): void; endParagraph(): void } {
  const openBrackets: number[] = []; // offsets of unclosed '[' in this paragraph-ish run
  let strayClosers = 0;
  return {
    see(c, i) {
      if (openBrackets.length > 0 && i - (openBrackets[0] as number) > MAX_LINK_TEXT) {
        for (const at of openBrackets) put(at, ' ');
        openBrackets.length = 0;
      }
      if (c === 91 /* [ */) {
        if (openBrackets.length >= MAX_BRACKET_DEPTH) put(i, ' ');
        else openBrackets.push(i);
      } else if (c === 93 /* ] */) {
        if (openBrackets.length > 0) openBrackets.pop();
        else if (++strayClosers > MAX_STRAY_CLOSERS) put(i, ' ');
      }
    },
    endParagraph() {
      openBrackets.length = 0;
      strayClosers = 0;
    },
  };
}

function emptyRoot(): Root {
  return { type: 'root', children: [] };
}

export function parseMarkdown(body: unknown): ParsedMarkdown {
  if (typeof body !== 'string' || body.length === 0) return { root: emptyRoot(), truncated: false };
  const { text, truncated } = cap(body);
  const safe = defuse(text);
  try {
    return {
      root: fromMarkdown(safe, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
      truncated,
    };
  } catch (error) {
    const parseError = error instanceof Error ? error.message : String(error);
    try {
      return { root: fromMarkdown(safe), truncated, parseError };
    } catch {
      return { root: emptyRoot(), truncated, parseError };
    }
  }
}

export function hasChildren(node: Nodes): node is Nodes & Parent {
  return Array.isArray((node as Partial<Parent>).children);
}

export function lineOf(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}

/** Marker put in place of inline HTML (comments, `<placeholder>` tags): never text, never hex. */
export const HTML_MARK = '\uFFFC';

/** Plain text of inline content, with a map from text offsets back to 1-based body lines. */
export interface InlineText {
  text: string;
  lineAt(offset: number): number;
}

/**
 * Plain text of a node's inline content (iterative). Inline HTML becomes HTML_MARK, line
 * breaks become '\n', inline code keeps its value, images their alt text.
 * `skipFirst` leaves out the first `skipFirst` children of `node` (used for `**Label:**` prefixes).
 */
export function inlineText(node: Nodes, skipFirst = 0): InlineText {
  let text = '';
  const segOffsets: number[] = [];
  const segLines: number[] = [];
  const fallbackLine = lineOf(node);
  const stack: Nodes[] = [];
  if (hasChildren(node)) {
    const kids = node.children as Nodes[];
    for (let i = kids.length - 1; i >= skipFirst; i--) stack.push(kids[i] as Nodes);
  } else stack.push(node);
  while (stack.length > 0) {
    const cur = stack.pop() as Nodes;
    let value: string | undefined;
    switch (cur.type) {
      case 'text':
      case 'inlineCode':
        value = cur.value;
        break;
      case 'html':
        value = HTML_MARK;
        break;
      case 'break':
        value = '\n';
        break;
      case 'image':
      case 'imageReference':
        value = cur.alt ?? '';
        break;
      default:
        if (hasChildren(cur)) {
          const kids = cur.children as Nodes[];
          for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Nodes);
        }
    }
    if (value !== undefined && value.length > 0) {
      segOffsets.push(text.length);
      segLines.push(cur.position ? cur.position.start.line : fallbackLine);
      text += value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
    }
  }
  const lineAt = (offset: number): number => {
    if (segOffsets.length === 0) return fallbackLine;
    let lo = 0;
    let hi = segOffsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segOffsets[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    let line = segLines[lo] as number;
    for (let k = segOffsets[lo] as number; k < offset && k < text.length; k++) if (text.charCodeAt(k) === 10) line++;
    return line;
  };
  return { text, lineAt };
}

/** Every node of the tree in document order (iterative pre-order). */
export function* walk(root: Nodes): Generator<Nodes> {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const cur = stack.pop() as Nodes;
    yield cur;
    if (hasChildren(cur)) {
      const kids = cur.children as Nodes[];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Nodes);
    }
  }
}

export type Block = RootContent;
