// pop and ory/popx run every migration file (SQL and fizz) through Go's text/template before they
// execute it (gobuffalo/pop migration_content.go, ory/x popx/migration_content.go): a file may name
// its schema `{{ index .Options "Namespace" }}.users` (supabase/auth: every migration), a table
// `{{ identifier .Parameters.tableName }}`, or keep statements for one database only
// (`{{ if or .IsMySQL .IsMariaDB }} … {{ end }}`, ory/kratos). Read as written, each is a syntax
// error and the file goes unread. Rendered here as pop would render it for the file's database,
// line for line:
//   - a value (`{{ index .Options "Namespace" }}`, `{{ .DialectDetails.Database }}`) becomes a plain
//     identifier from its last string or field (`_namespace_`), as Flyway's placeholders do;
//   - `if` / `else if` / `else` / `end` over popx's dialect flags (`.IsPostgreSQL`, `.IsCockroach`,
//     `.IsMySQL`, `.IsMariaDB`, `.IsSQLite`) or pop's `.Dialect` (`eq .Dialect "postgres"`), with
//     `or`, `and`, `not`, `eq`, `ne`, keep the branch the database runs; the others' text is blanked;
//   - comments (`{{/* … */}}`) are blanked.
// Anything else (`range`, `with`, `template`, a condition over other data) is not guessed at: the
// file is left as written, so its parser says where it stopped (a visible notice, never silence).
// No maintained JavaScript implementation of Go's text/template exists on npm; this is the subset
// migration files use, with the rest failing closed.
import type { Dialect } from '../../types';

export interface RenderedTemplate {
  text: string;
  /** Why the file was left as written (a construct not evaluated), undefined when rendered. */
  unread?: string;
}

/** pop's name of each database (ConnectionDetails.Dialect), for `eq .Dialect "…"`. */
const POP_DIALECT: Partial<Record<Dialect, string>> = { postgres: 'postgres', cockroachdb: 'cockroach', mysql: 'mysql', sqlite: 'sqlite3' };

/** Newlines of `s` only: blanked text keeps every line where it was. */
const newlinesOf = (s: string): string => s.replace(/[^\n]/g, '');

/** The actions of a template: `{{ … }}` with its inner text (quotes may hold `}}`), and the text between. */
function* actions(text: string): Generator<{ start: number; end: number; inner: string }> {
  let i = 0;
  for (;;) {
    const open = text.indexOf('{{', i);
    if (open < 0) return;
    let j = open + 2;
    let close = -1;
    while (j < text.length) {
      const c = text[j];
      if (c === '"' || c === '`') {
        const q = c;
        j++;
        while (j < text.length && text[j] !== q) j += q === '"' && text[j] === '\\' ? 2 : 1;
        j++;
      } else if (c === '}' && text[j + 1] === '}') {
        close = j;
        break;
      } else j++;
    }
    if (close < 0) return;
    yield {
      start: open,
      end: close + 2,
      inner: text
        .slice(open + 2, close)
        .replace(/^-\s/, '')
        .replace(/\s-$/, ''),
    };
    i = close + 2;
  }
}

type Token = string;

/** The words of an action: `(`, `)`, string literals (with quotes), and the rest split at blanks. */
function tokens(inner: string): Token[] {
  return inner.match(/"(?:[^"\\]|\\.)*"|`[^`]*`|[()]|[^\s()]+/g) ?? [];
}

class Unread extends Error {}

/** Evaluates a condition of popx's or pop's data, for `dialect`; throws Unread for anything else. */
function evaluate(words: Token[], dialect: Dialect): boolean {
  let k = 0;
  const flags: Record<string, boolean> = {
    '.IsPostgreSQL': dialect === 'postgres' || dialect === 'cockroachdb',
    '.IsCockroach': dialect === 'cockroachdb',
    '.IsMySQL': dialect === 'mysql',
    '.IsMariaDB': false,
    '.IsSQLite': dialect === 'sqlite',
  };
  const value = (): boolean | string => {
    const w = words[k++];
    if (w === undefined) throw new Unread('an incomplete condition');
    if (w === '(') {
      const v = call();
      if (words[k++] !== ')') throw new Unread('an unbalanced condition');
      return v;
    }
    if (w in flags) return flags[w]!;
    if (w === '.Dialect' || w === '.DialectDetails.Dialect') {
      const name = POP_DIALECT[dialect];
      if (!name) throw new Unread(`.Dialect for ${dialect}`);
      return name;
    }
    if (w === 'true' || w === 'false') return w === 'true';
    if (w.startsWith('"')) return JSON.parse(w) as string;
    if (w.startsWith('`')) return w.slice(1, -1);
    if (['or', 'and', 'not', 'eq', 'ne'].includes(w)) {
      k--;
      return call();
    }
    throw new Unread(w);
  };
  const args = (): (boolean | string)[] => {
    const out: (boolean | string)[] = [];
    while (k < words.length && words[k] !== ')') out.push(value());
    return out;
  };
  const truthy = (v: boolean | string) => v !== false && v !== '';
  const call = (): boolean | string => {
    const fn = words[k];
    if (fn === 'or' || fn === 'and' || fn === 'not' || fn === 'eq' || fn === 'ne') {
      k++;
      const a = args();
      if (!a.length || (fn === 'not' && a.length !== 1) || ((fn === 'eq' || fn === 'ne') && a.length < 2))
        throw new Unread(`${fn} with ${a.length} argument(s)`);
      if (fn === 'or') return a.some(truthy);
      if (fn === 'and') return a.every(truthy);
      if (fn === 'not') return !truthy(a[0]!);
      if (fn === 'eq') return a.slice(1).some((b) => b === a[0]);
      return a[1] !== a[0];
    }
    return value();
  };
  const result = call();
  if (k !== words.length) throw new Unread(words.slice(k).join(' '));
  return truthy(result);
}

/**
 * The identifier a value action stands for: its last string literal, else its last field, in
 * lower case (`_namespace_`): the same table whether a file quotes the action or not.
 */
function identifierOf(words: Token[]): string {
  const name = (w: string) => `_${w.replace(/\W/g, '_').toLowerCase()}_`;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (w.startsWith('"') || w.startsWith('`')) return name(w.slice(1, -1));
  }
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (w.startsWith('.') && w.length > 1) return name(w.slice(w.lastIndexOf('.') + 1));
  }
  throw new Unread(words.join(' ') || 'an empty action');
}

/**
 * `text` as pop renders it for `dialect` (Postgres when the file names none), line for line; the
 * text as written and why, when it uses a construct not evaluated here.
 */
export function renderPopTemplate(text: string, dialect: Dialect = 'postgres'): RenderedTemplate {
  if (!text.includes('{{')) return { text };
  // Each open `if`: whether its current branch is kept, whether an earlier branch was, and
  // whether the text around the `if` is kept at all.
  const frames: { keep: boolean; taken: boolean; outer: boolean }[] = [];
  const keeping = () => frames.every((f) => f.keep);
  let out = '';
  let at = 0;
  let line = 1;
  try {
    for (const a of actions(text)) {
      const between = text.slice(at, a.start);
      out += keeping() ? between : newlinesOf(between);
      line += newlinesOf(between).length;
      const raw = text.slice(a.start, a.end);
      at = a.end;
      const inner = a.inner.trim();
      if (inner.startsWith('/*')) {
        out += newlinesOf(raw);
        continue;
      }
      const words = tokens(inner);
      const head = words[0];
      try {
        if (head === 'if') {
          const outer = keeping();
          const keep = outer && evaluate(words.slice(1), dialect);
          frames.push({ keep, taken: keep, outer });
        } else if (head === 'else') {
          const f = frames.at(-1);
          if (!f) throw new Unread('else without if');
          if (words[1] === 'if') {
            const keep = f.outer && !f.taken && evaluate(words.slice(2), dialect);
            f.keep = keep;
            f.taken ||= keep;
          } else if (words.length === 1) {
            f.keep = f.outer && !f.taken;
            f.taken = true;
          } else throw new Unread(inner);
        } else if (head === 'end') {
          if (!frames.pop()) throw new Unread('end without if');
        } else if (
          head === 'range' ||
          head === 'with' ||
          head === 'define' ||
          head === 'template' ||
          head === 'block' ||
          head === 'break' ||
          head === 'continue'
        ) {
          throw new Unread(head);
        } else {
          out += keeping() ? identifierOf(words) : '';
        }
      } catch (error) {
        if (error instanceof Unread) throw new Unread(`{{ ${inner} }} on line ${line}${error.message && error.message !== inner ? ` (${error.message})` : ''}`);
        throw error;
      }
      out += newlinesOf(raw);
      line += newlinesOf(raw).length;
    }
    if (frames.length) throw new Unread(`an {{ if }} without its {{ end }}`);
  } catch (error) {
    if (error instanceof Unread) return { text, unread: error.message };
    throw error;
  }
  const rest = text.slice(at);
  return { text: out + rest };
}
