// goose's `-- +goose ENVSUB ON`: from that annotation to `ENVSUB OFF`, goose expands environment
// variables in each SQL line before the SQL is split or run (pressly/goose internal/sqlparser/parser.go,
// `interpolate.Interpolate(&envWrapper{}, line)`), with mfridman/interpolate v0.0.2's grammar
// (parser.go, interpolate.go), read here once into a small tree:
//   `$NAME`, `${NAME}`                     the value (empty when unset)
//   `${NAME:-word}` / `${NAME-word}`       word when unset or empty / when unset
//   `${NAME?word}`                         the value; unset: goose stops with word (or "not set")
//   `${NAME:offset}`, `${NAME:offset:len}` a substring (bytes, as Go slices); `${NAME:?x}` is an offset it cannot read
//   `\\` stays `\\`; `\$` and `$$` are a literal `$`; `$(` is left as written; a `$` ending the line is text;
//   any other `$` that starts no name (`$1`, `$_x`, `${1}`, `${X.y}`) is an error: goose stops.
// A NAME is a letter, then letters, digits and `_` (Unicode). Two renderers read the tree: lint's
// (each expansion a name set at run time: the values are the deploy's, unknown here) and the drill's
// (src/drill/envsub.ts: the values of its own environment). Which lines goose expands is goose's
// parser's business too: not annotation lines, not comment lines before a statement (below).
import { PLACEHOLDER } from './dsl/binds';

/** One part of an expanded line: literal text, or an expansion. */
export type EnvsubItem =
  | { text: string }
  | { op: 'var'; name: string }
  | { op: ':-' | '-' | '?'; name: string; content: EnvsubItem[] }
  | { op: ':'; name: string; offset: number; length?: number }
  /** Lint's reading of a `${…}` goose cannot read (it stops there): read as one run-time name. */
  | { op: 'unread'; source: string };

/** A line as interpolate reads it; `error` is where goose stops (its first), `items` a reading that goes on past it. */
export interface EnvsubLine {
  items: EnvsubItem[];
  error?: string;
}

class EnvsubError extends Error {}

const isLetter = (c: string | undefined): boolean => c !== undefined && /^\p{L}$/u.test(c);
const NAME = /^\p{L}[\p{L}\p{N}_]*/u;
// Go's unicode.IsSpace (strings.TrimSpace, bufio.ScanWords): not JavaScript's `\s` (no U+FEFF, and U+0085).
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const GO_TRIM = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'gu');
const GO_BLANKS = new RegExp(`[${GO_SPACE}]+`, 'u');
const goTrim = (s: string) => s.replace(GO_TRIM, '');
const goWords = (s: string) => s.split(GO_BLANKS).filter(Boolean);

/** Go's strconv.Atoi after strings.TrimSpace: ASCII digits with an optional sign, within int64. */
function atoi(text: string, what: string): number {
  const t = goTrim(text);
  const big = /^[+-]?[0-9]+$/.test(t) ? BigInt(t) : undefined;
  if (big === undefined || big > 9223372036854775807n || big < -9223372036854775808n) throw new EnvsubError(`unable to parse ${what} ${JSON.stringify(text)}`);
  return Number(big);
}

/** mfridman/interpolate's recursive descent parser (parser.go: parseExpression, parseExpansion, scanUntil …), step for step. */
class Parser {
  pos = 0;
  constructor(readonly input: string) {}

  private rest = () => this.input.slice(this.pos);
  private peek = (): string | undefined =>
    this.input.codePointAt(this.pos) === undefined ? undefined : String.fromCodePoint(this.input.codePointAt(this.pos)!);
  private next(): string | undefined {
    const c = this.peek();
    if (c !== undefined) this.pos += c.length;
    return c;
  }
  /** scanUntil: Go's also stops at U+FFFD (utf8.RuneError). */
  private scanUntil(stop: (c: string) => boolean): string {
    const start = this.pos;
    for (let c = this.peek(); c !== undefined && c !== '\uFFFD' && !stop(c); c = this.peek()) this.pos += c.length;
    return this.input.slice(start, this.pos);
  }

  /** parseExpression; at the top (`recover`), an expansion goose cannot read is kept as lint reads it and the reading goes on. */
  expression(stop = '', recover?: EnvsubLine): EnvsubItem[] {
    const out: EnvsubItem[] = [];
    for (let c = this.peek(); c !== undefined && !stop.includes(c); c = this.peek()) {
      const rest = this.rest();
      if (rest.startsWith('\\\\')) {
        out.push({ text: '\\\\' });
        this.pos += 2;
      } else if (rest.startsWith('\\$') || rest.startsWith('$$')) {
        out.push({ text: '$' });
        this.pos += 2;
      } else if (rest.startsWith('$(')) {
        out.push({ text: '$(' });
        this.pos += 2;
      } else if (c === '$' && this.pos < this.input.length - 1) {
        const start = this.pos;
        try {
          out.push(this.expansion());
        } catch (error) {
          if (!recover || !(error instanceof EnvsubError)) throw error;
          recover.error ??= error.message;
          out.push(this.unread(start));
        }
      } else {
        this.next();
        out.push({ text: c + this.scanUntil((r) => r === '$' || r === '\\' || stop.includes(r)) });
      }
    }
    return out;
  }

  /**
   * The expansion at `start` goose stops at, as lint reads it: a `${NAME…}` that closes is one
   * run-time name, one that does not close leaves the rest of the line as written; otherwise its `$` is text.
   */
  private unread(start: number): EnvsubItem {
    const c = this.input.codePointAt(start + 2);
    if (this.input[start + 1] !== '{' || c === undefined || !isLetter(String.fromCodePoint(c))) {
      this.pos = start + 1;
      return { text: '$' };
    }
    const end = braceEnd(this.input, start);
    this.pos = end ?? this.input.length;
    return end === undefined ? { text: this.input.slice(start) } : { op: 'unread', source: this.input.slice(start, end) };
  }

  private identifier(): string {
    const m = NAME.exec(this.rest());
    if (!m) throw new EnvsubError(`expected a variable name after $, got ${JSON.stringify(this.peek() ?? 'the end of the line')}`);
    this.pos += m[0].length;
    return m[0];
  }

  private expansion(): EnvsubItem {
    this.pos++; // `$`
    if (this.peek() !== '{') return { op: 'var', name: this.identifier() };
    this.pos++;
    const name = this.identifier();
    const c = this.next();
    if (c === '}') return { op: 'var', name };
    let item: EnvsubItem;
    if (c === ':' && this.peek() === '-') {
      this.pos++;
      item = { op: ':-', name, content: this.expression('}') };
    } else if (c === '-' || c === '?') item = { op: c, name, content: this.expression('}') };
    else if (c === ':') {
      const offset = atoi(
        this.scanUntil((r) => r === ':' || r === '}'),
        'offset',
      );
      if (this.peek() === '}') item = { op: ':', name, offset };
      else {
        this.next();
        item = {
          op: ':',
          name,
          offset,
          length: atoi(
            this.scanUntil((r) => r === '}'),
            'length',
          ),
        };
      }
    } else throw new EnvsubError(`expected an operator in \${${name}…}, got ${JSON.stringify(c ?? 'the end of the line')}`);
    if (this.next() !== '}') throw new EnvsubError(`\${${name}…} does not close with }`);
    return item;
  }
}

/** Where the `${…}` opening at `from` (its `$`) closes, after its `}`; undefined when it does not close on the line. */
function braceEnd(line: string, from: number): number | undefined {
  let depth = 0;
  for (let i = from; i < line.length; i++) {
    if (line[i] === '$' && line[i + 1] === '{') {
      depth++;
      i++;
    } else if (line[i] === '}' && --depth === 0) return i + 1;
  }
  return undefined;
}

/** One line read as goose's interpolation reads it. */
export function parseEnvsubLine(line: string): EnvsubLine {
  const read: EnvsubLine = { items: [] };
  read.items = new Parser(line).expression('', read);
  return read;
}

/** Lint's rendering: each expansion a name set at run time. */
export const renderPlaceholders = (items: EnvsubItem[]): string => items.map((item) => ('text' in item ? item.text : PLACEHOLDER)).join('');

/** One line as goose's interpolation leaves it, each expansion read as a run-time name (one goose stops at too). */
export const expandLine = (line: string): string => renderPlaceholders(parseEnvsubLine(line).items);

/** Go's `val[from:to]` of a substring expansion: byte offsets of the UTF-8 value (interpolate.go SubstringExpansion). */
function substring(value: string, offset: number, length: number | undefined): string {
  const bytes = new TextEncoder().encode(value);
  const from = Math.min(Math.max(offset < 0 ? offset + bytes.length : offset, 0), bytes.length);
  let to = bytes.length;
  if (length !== undefined) to = Math.min(length >= 0 ? length + from : Math.max(length + bytes.length, from), bytes.length);
  return new TextDecoder().decode(bytes.subarray(from, to));
}

/** The drill's rendering: the values `env` gives (interpolate.go's Expand); an unset `${X?word}` throws goose's reason. `missing` gets the names expanded as empty because unset. */
export function renderValues(items: EnvsubItem[], env: (name: string) => string | undefined, missing: Set<string>): string {
  let out = '';
  for (const item of items) {
    if ('text' in item) {
      out += item.text;
      continue;
    }
    if (item.op === 'unread') throw new Error(`goose cannot read ${item.source}`);
    const value = env(item.name);
    switch (item.op) {
      case 'var':
        if (value === undefined) missing.add(item.name);
        out += value ?? '';
        break;
      case ':-':
        out += value ? value : renderValues(item.content, env, missing);
        break;
      case '-':
        out += value ?? renderValues(item.content, env, missing);
        break;
      case '?':
        if (value === undefined) throw new Error(`$${item.name}: ${renderValues(item.content, env, missing) || 'not set'}`);
        out += value;
        break;
      case ':':
        if (value === undefined) missing.add(item.name);
        out += substring(value ?? '', item.offset, item.length);
        break;
    }
  }
  return out;
}

/** goose's endsWithSemicolon: the last blank-separated word before a `--` word ends with `;`. */
function endsWithSemicolon(line: string): boolean {
  let prev = '';
  for (const word of goWords(line)) {
    if (word.startsWith('--')) break;
    prev = word;
  }
  return prev.endsWith(';');
}

/** Where goose stops expanding a file: the line and goose's reason. */
export interface EnvsubFailure {
  line: number;
  message: string;
}

/**
 * `content` with the lines goose expands (between `ENVSUB ON` and `ENVSUB OFF`) given by `expand`;
 * the same lines, so findings keep their line numbers. `annotation` reads a line as goose does.
 * As goose's ParseSQLMigration: annotation lines are not expanded, nor are comment lines and empty
 * lines before a statement (a comment inside one is: it is part of the statement's text). A
 * statement ends at a line ending with `;` or at `StatementEnd`; a section's lines are read as
 * goose reads them when it runs that section. `failure` is the first line `expand` says goose stops at.
 */
export function expandEnvsubLines(
  content: string,
  annotation: (line: string) => string | undefined,
  expand: (line: string) => { text: string; error?: string },
): { content: string; failure?: EnvsubFailure } {
  let on = false;
  let inSection = false;
  let inBlock = false;
  let open = false; // goose's statement buffer holds text
  let failure: EnvsubFailure | undefined;
  const lines = content.split('\n').map((line, i) => {
    const bare = line.endsWith('\r') ? line.slice(0, -1) : line; // bufio.ScanLines drops a line's `\r`
    const a = annotation(line.trimStart())?.trim().toLowerCase();
    if (a !== undefined) {
      if (a === 'envsub on') on = true;
      else if (a === 'envsub off') on = false;
      else if (a === 'up' || a === 'down') [inSection, inBlock, open] = [true, false, false];
      else if (a === 'statementbegin') inBlock = true;
      else if (a === 'statementend') [inBlock, open] = [false, false];
      return line;
    }
    if (!open && (bare.trimStart().startsWith('--') || bare === '' || (!inSection && goTrim(bare) === ''))) return line;
    let out = line;
    let text = bare;
    if (on) {
      const r = expand(bare);
      text = r.text;
      out = text + line.slice(bare.length);
      if (r.error !== undefined) failure ??= { line: i + 1, message: `variable substitution failed: ${r.error}` };
    }
    open = !(inSection && !inBlock && endsWithSemicolon(text));
    return out;
  });
  return { content: lines.join('\n'), ...(failure ? { failure } : {}) };
}

/**
 * `content` with its ENVSUB lines read as lint reads them (each expansion a run-time name), and
 * the first line goose stops at: goose then runs none of the file.
 */
export function expandEnvsub(content: string, annotation: (line: string) => string | undefined): { content: string; failure?: EnvsubFailure } {
  if (!/envsub/i.test(content)) return { content };
  return expandEnvsubLines(content, annotation, (line) => {
    const read = parseEnvsubLine(line);
    return { text: renderPlaceholders(read.items), ...(read.error !== undefined ? { error: read.error } : {}) };
  });
}
