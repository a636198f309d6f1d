// goose's `-- +goose ENVSUB ON`, as the drill runs it: from that annotation to `ENVSUB OFF`, goose
// expands environment variables in each SQL line before it splits or runs the SQL (pressly/goose
// internal/sqlparser/parser.go, `interpolate.Interpolate(&envWrapper{}, line)` with os.LookupEnv),
// through mfridman/interpolate's grammar: `$NAME`, `${NAME}`, `${NAME:-default}` (unset or empty),
// `${NAME-default}` (unset), `${NAME?message}` (unset: goose stops), `${NAME:offset[:length]}`
// (`${NAME:?x}` is an offset it cannot read);
// `\\` stays, `\$` and `$$` are a literal `$`, `$(` is left as written; any other `$` that starts no
// name is an error goose stops at. Lint reads the same lines with each expansion as a run-time name
// (src/core/frameworks/goose-envsub.ts); the drill runs them, so it expands them with the values
// of its own environment, as goose would where the drill runs, and says which were not set.
// Comment lines before a statement are dropped by goose before it expands anything: left as written.

/** One part of an expression: text, or an expansion. */
type Item =
  string | { op: 'var'; name: string } | { op: ':-' | '-' | '?'; name: string; content: Item[] } | { op: ':'; name: string; offset: number; length?: number };

class Parser {
  pos = 0;
  constructor(readonly input: string) {}

  expression(stop = ''): Item[] {
    const out: Item[] = [];
    const rest = () => this.input.slice(this.pos);
    while (this.pos < this.input.length && !stop.includes(this.input[this.pos]!)) {
      if (rest().startsWith('\\\\')) {
        out.push('\\\\');
        this.pos += 2;
      } else if (rest().startsWith('\\$') || rest().startsWith('$$')) {
        out.push('$');
        this.pos += 2;
      } else if (rest().startsWith('$(')) {
        out.push('$(');
        this.pos += 2;
      } else if (this.input[this.pos] === '$' && this.pos < this.input.length - 1) {
        out.push(this.expansion());
      } else {
        let end = this.pos + 1;
        while (end < this.input.length && !'$\\'.includes(this.input[end]!) && !stop.includes(this.input[end]!)) end++;
        out.push(this.input.slice(this.pos, end));
        this.pos = end;
      }
    }
    return out;
  }

  private identifier(): string {
    const m = /^\p{L}[\p{L}\p{N}_]*/u.exec(this.input.slice(this.pos));
    if (!m) throw new Error(`expected a variable name after $, got ${JSON.stringify(this.input[this.pos] ?? 'the end of the line')}`);
    this.pos += m[0].length;
    return m[0];
  }

  private expansion(): Item {
    this.pos++; // `$`
    if (this.input[this.pos] !== '{') return { op: 'var', name: this.identifier() };
    this.pos++;
    const name = this.identifier();
    let item: Item;
    const c = this.input[this.pos++];
    if (c === '}') return { op: 'var', name };
    if (c === ':' && this.input[this.pos] === '-') {
      this.pos++;
      item = { op: ':-', name, content: this.expression('}') };
    } else if (c === '-' || c === '?') item = { op: c, name, content: this.expression('}') };
    else if (c === ':') {
      const numbers = /^([^:}]*)(?::([^}]*))?/.exec(this.input.slice(this.pos))!;
      this.pos += numbers[0].length;
      const number = (text: string, what: string) => {
        if (!/^\s*[+-]?\d+\s*$/.test(text)) throw new Error(`unable to parse ${what} ${JSON.stringify(text)}`);
        return Number(text);
      };
      item = { op: ':', name, offset: number(numbers[1]!, 'offset'), ...(numbers[2] !== undefined ? { length: number(numbers[2], 'length') } : {}) };
    } else throw new Error(`expected an operator in \${${name}…}, got ${JSON.stringify(c ?? 'the end of the line')}`);
    if (this.input[this.pos++] !== '}') throw new Error(`\${${name}…} does not close with }`);
    return item;
  }
}

type Env = (name: string) => string | undefined;

function expand(items: Item[], env: Env, missing: Set<string>): string {
  let out = '';
  for (const item of items) {
    if (typeof item === 'string') {
      out += item;
      continue;
    }
    const value = env(item.name);
    switch (item.op) {
      case 'var':
        if (value === undefined) missing.add(item.name);
        out += value ?? '';
        break;
      case ':-':
        out += value ? value : expand(item.content, env, missing);
        break;
      case '-':
        out += value ?? expand(item.content, env, missing);
        break;
      case '?':
        if (value === undefined) throw new Error(`$${item.name}: ${expand(item.content, env, missing) || 'not set'}`);
        out += value;
        break;
      case ':': {
        if (value === undefined) missing.add(item.name);
        const v = value ?? '';
        const from = Math.min(Math.max(item.offset < 0 ? item.offset + v.length : item.offset, 0), v.length);
        if (item.length === undefined) out += v.slice(from);
        else {
          const to = item.length >= 0 ? item.length + from : Math.max(item.length + v.length, from);
          out += v.slice(from, Math.min(to, v.length));
        }
        break;
      }
    }
  }
  return out;
}

/** What expanding a file's ENVSUB lines gave. */
export interface EnvsubResult {
  /** The file with its ENVSUB lines expanded (line for line). */
  content: string;
  /** Variables expanded as empty because they were not set. */
  missing: string[];
  /** Where goose would stop: an unset `${X:?}`, or a `$` it cannot read (its line and goose's reason). */
  failure?: { line: number; message: string };
}

/** `content` with its `ENVSUB ON` lines expanded from `env` as goose expands them; `annotation` reads a line as goose does. */
export function expandEnvsubWith(content: string, annotation: (line: string) => string | undefined, env: Env): EnvsubResult {
  if (!/envsub/i.test(content)) return { content, missing: [] };
  const missing = new Set<string>();
  let on = false;
  let failure: EnvsubResult['failure'];
  const lines = content.split('\n').map((line, i) => {
    const a = annotation(line.trimStart())?.trim().toLowerCase();
    if (a === 'envsub on') on = true;
    else if (a === 'envsub off') on = false;
    if (a !== undefined || !on || failure || line.trimStart().startsWith('--')) return line;
    try {
      return expand(new Parser(line).expression(), env, missing);
    } catch (error) {
      failure = { line: i + 1, message: `variable substitution failed: ${(error as Error).message}` };
      return line;
    }
  });
  return { content: lines.join('\n'), missing: [...missing].sort(), ...(failure ? { failure } : {}) };
}
