// psql scripts: Sqitch runs a Postgres change's scripts through psql, so they hold psql's
// meta-commands and variables beside the SQL (maevsi/sqitch: `\set name `cat /run/secrets/…``,
// then `GRANT … TO :name;`, and `SELECT 'CREATE DATABASE …' WHERE …\gexec`; Emapic/emapic:
// `CREATE USER :"emapic_db_user" WITH PASSWORD :'emapic_db_user_pass';`, its values from
// sqitch.conf's `[deploy "variables"]`, which Sqitch passes to psql as `--set`). The server never
// sees them: psql acts on each meta-command itself, interpolates each variable, and sends the SQL
// around them. They are found the way psql finds them, by the Postgres scanner: a backslash outside
// quotes, comments and dollar-quoted bodies starts a meta-command that runs to the end of its line;
// a lone `:` there right before a name (psql's variable characters: letters, digits, `_`, non-ASCII)
// is a variable, `:'name'` its value as a string literal, `:"name"` as a quoted identifier
// (psqlscan.l; PQescapeLiteral, PQescapeIdentifier). A variable that is not set is left as written.
import type { PgParser } from './pg';
import { PLACEHOLDER } from '../frameworks/dsl/binds';
import { copyDataBlocks, withoutCopyData } from './copy-stdin';

export interface PsqlScript {
  /**
   * The SQL psql sends: meta-commands blanked (line and column kept), `\g`-style ones ending their
   * query, variables interpolated; a COPY's inline rows blanked too, unless kept (`keepCopyRows`: the drill sends them).
   */
  sql: string;
  /** Files the script includes (`\i`, `\ir`, `\include`), by 0-based offset of the command: their SQL is not in this file. */
  includes: { offset: number; file: string }[];
  /** Each meta-command, by 0-based offset: its name (`set`, `gexec`). */
  commands: { offset: number; command: string }[];
  /** Variables used where psql would interpolate them that nothing set (given values only): left as written. */
  unset: { offset: number; name: string }[];
  /** Variables a `\set` gives the output of a shell command (`` `cat /run/secrets/x` ``): the value is the command's. */
  shell: { offset: number; name: string; command: string }[];
  /**
   * Each `COPY … FROM STDIN` whose rows the script holds (see copy-stdin.ts): the 0-based offset of
   * the statement, and the rows psql sends it (blanked in `sql`, with their `\.` line: no SQL).
   */
  copies: { offset: number; data: string }[];
}

/** `\g`, `\gexec`, `\gset`, `\gx`: send the query buffer, as `;` does. */
const SENDS = /^g(?:exec|set|x)?$/;
const INCLUDES = new Set(['i', 'ir', 'include', 'include_relative']);
/** psqlscan.l's variable_char: `[A-Za-z\200-\377_0-9]` (any non-ASCII byte of a UTF-8 name). */
const VARIABLE = /^[A-Za-z0-9_\u0080-\uffff]+/;

/** Char index of each UTF-8 byte offset of `text` (libpg-query's scanner reports byte offsets). */
function charIndex(text: string): (byte: number) => number {
  // Encoding detection, not SQL reading: every character a single UTF-8 byte.
  if (!/[^\x00-\x7f]/.test(text)) return (byte) => byte;
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    for (let k = 0; k < n; k++) at.push(i);
    if (c >= 0x10000) i++;
  }
  return (byte) => (byte < at.length ? at[byte]! : text.length);
}

/** PQescapeLiteral: `'…'` with quotes doubled; ` E'…'` with backslashes doubled when it has any. */
const literal = (value: string) => `${value.includes('\\') ? ' E' : ''}'${value.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;
/** PQescapeIdentifier: `"…"` with quotes doubled. */
const identifier = (value: string) => `"${value.replace(/"/g, '""')}"`;

/**
 * A `\set` argument list as psql reads it (psqlscanslash.l, OT_NORMAL): words separated by blanks,
 * concatenated; `'…'` quoted (`''` a quote, `\n`-style escapes), double quotes kept as written,
 * `` `…` `` a shell command's output, `:name` a variable's value. The command of a backquoted word is
 * returned beside the value it stands in for (`shell`): its output is the deploy's, not known here.
 */
function setValue(args: string, vars: ReadonlyMap<string, string>, standIn: string): { value: string; shell?: string } {
  let value = '';
  let shell: string | undefined;
  for (let i = 0; i < args.length;) {
    const c = args[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let j = i + 1;
      for (; j < args.length; j++) {
        if (args[j] === "'" && args[j + 1] === "'") value += args[++j];
        else if (args[j] === "'") break;
        else if (args[j] === '\\' && j + 1 < args.length) {
          const e = args[++j]!;
          value += ({ n: '\n', t: '\t', b: '\b', r: '\r', f: '\f' } as Record<string, string>)[e] ?? e;
        } else value += args[j];
      }
      i = j + 1;
    } else if (c === '`') {
      const end = args.indexOf('`', i + 1);
      shell = args.slice(i + 1, end < 0 ? args.length : end);
      value += standIn;
      i = end < 0 ? args.length : end + 1;
    } else if (c === '"') {
      const end = args.indexOf('"', i + 1);
      value += args.slice(i, end < 0 ? args.length : end + 1);
      i = end < 0 ? args.length : end + 1;
    } else if (c === ':' && VARIABLE.test(args.slice(i + 1))) {
      const name = VARIABLE.exec(args.slice(i + 1))![0];
      value += vars.get(name) ?? `:${name}`;
      i += name.length + 1;
    } else {
      value += c;
      i++;
    }
  }
  return shell === undefined ? { value } : { value, shell };
}

/**
 * The SQL of a psql script. `values` are the variables psql starts with (Sqitch's `--set`, from
 * sqitch.conf): each use is interpolated with its value, as psql does; a `\set` in the script sets
 * (and `\unset` unsets) from there on. Without `values` (lint: the deploy's values are not known
 * here) every use of a variable reads as a value set at run time (`__interp__`, `'__interp__'`,
 * `"__interp__"`). A colon before a name nothing set is left as written (psql leaves it too:
 * `a[1:n]`); outside square brackets such a colon is no SQL, so lint reads it as a variable set at
 * run time and, with `values`, it is said (`unset`). Scripts the scanner cannot read are returned as they are.
 */
export function psqlScript(pg: PgParser, written: string, values?: ReadonlyMap<string, string>, options: { keepCopyRows?: boolean } = {}): PsqlScript {
  // A COPY's rows are data psql sends as they are: no meta-command, variable or SQL is read in them.
  const blocks = copyDataBlocks(pg, written);
  const copies = blocks.map((b) => ({ offset: b.statement, data: written.slice(b.dataStart, b.dataEnd) }));
  const sql = withoutCopyData(written, blocks);
  // Blanked char for char, and no edit falls in the rows: the same edits on the written text keep them.
  const text = options.keepCopyRows ? written : sql;
  const none: PsqlScript = { sql: text, includes: [], commands: [], unset: [], shell: [], copies };
  if (!sql.includes('\\') && !sql.includes(':')) return none;
  let tokens;
  try {
    tokens = pg.scan(sql).tokens;
  } catch {
    return none;
  }
  const char = charIndex(sql);
  const out: PsqlScript = { sql: text, includes: [], commands: [], unset: [], shell: [], copies };
  const vars = new Map(values ?? []);
  /** Set by the script's own `\set` (lint reads only these inside brackets). */
  const scriptSet = new Set<string>();
  /** Replacements, in order: [from, to, text]. */
  const edits: [number, number, string][] = [];
  let brackets = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const start = char(t.start);
    const end = char(t.end);
    const text = sql.slice(start, end);
    if (text === '[') brackets++;
    else if (text === ']') brackets = Math.max(0, brackets - 1);
    else if (text === ':' && tokens[i + 1]?.start === t.end) {
      const use = variableUse(sql, end);
      if (use) {
        const known = vars.has(use.name) || scriptSet.has(use.name);
        // A colon before a number nothing set (`12:30` written unquoted) is no variable anyone meant; a COPY's rows never reach here (blanked above).
        if (known || (brackets === 0 && !/^[0-9]/.test(use.name))) {
          if (values === undefined) edits.push([start, use.end, use.quote(PLACEHOLDER)]);
          else if (vars.has(use.name)) edits.push([start, use.end, use.quote(vars.get(use.name)!)]);
          else out.unset.push({ offset: start, name: use.name });
        }
      }
    } else if (text === '\\') {
      const eol = sql.indexOf('\n', start);
      const lineEnd = eol < 0 ? sql.length : eol;
      const rest = sql.slice(start + 1, lineEnd).trim();
      const command = /^\S*/.exec(rest)![0];
      const args = rest.slice(command.length).trim();
      out.commands.push({ offset: start, command });
      if (command === 'set' || command === 'unset') {
        const name = /^\S+/.exec(args)?.[0];
        if (name && command === 'unset') vars.delete(name);
        if (name && command === 'set') {
          const read = setValue(args.slice(name.length), vars, name);
          vars.set(name, read.value);
          scriptSet.add(name);
          if (read.shell !== undefined) out.shell.push({ offset: start, name, command: read.shell });
        }
      }
      if (INCLUDES.has(command)) out.includes.push({ offset: start, file: /^\S*/.exec(args)![0] });
      const blank = sql.slice(start, lineEnd).replace(/[^\r]/g, ' ');
      edits.push([start, lineEnd, SENDS.test(command) ? `;${blank.slice(1)}` : blank]);
      while (i + 1 < tokens.length && char(tokens[i + 1]!.start) < lineEnd) i++;
    }
  }
  if (!edits.length) return out;
  let sqlOut = '';
  let at = 0;
  for (const [from, to, edit] of edits) {
    sqlOut += text.slice(at, from) + edit;
    at = to;
  }
  out.sql = sqlOut + text.slice(at);
  return out;
}

/** The variable written right after a colon at `from`: `name`, `'name'` or `"name"` (psqlscan.l), with how its value is written in. */
function variableUse(sql: string, from: number): { name: string; end: number; quote: (value: string) => string } | undefined {
  const q = sql[from];
  if (q === "'" || q === '"') {
    const name = VARIABLE.exec(sql.slice(from + 1))?.[0];
    if (!name || sql[from + 1 + name.length] !== q) return undefined;
    return { name, end: from + name.length + 2, quote: q === "'" ? literal : identifier };
  }
  const name = VARIABLE.exec(sql.slice(from))?.[0];
  return name ? { name, end: from + name.length, quote: (value) => value } : undefined;
}
