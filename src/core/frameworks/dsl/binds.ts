// SQL a driver fills before Postgres sees it: Sequelize's `replacements` (`:name`, or `?` for an
// array), db-migrate's `runSql(sql, [params])` (`?`, which its pg driver numbers). Postgres' own
// `$1` parses as it is; `:name` and `?` do not. Each placeholder stands for a value, so the SQL is
// read with a value in its place: the placeholders are found with libpg-query's scanner, so a
// `:x` or `?` inside a string literal, a quoted name or a comment is left alone.
import { dialectOfTokens } from '../../sql/dialect';
import { loadPgParser, PgSyntaxError, type PgParser } from '../../sql/pg';
import type { Hit } from '../../types';

/** What a JS template's `${…}` part known only at run time is read as (js.ts). */
export const PLACEHOLDER = '__interp__';

/** How a language writes a value into a string (`part`), and where the SQL could be written instead (`inFile`). */
export interface TemplateLanguage {
  part: string;
  inFile: string;
  /** The comment an inline ignore is written in (`//`, `#`). */
  comment?: string;
}

const JS_TEMPLATES: TemplateLanguage = { part: '`${…}`', inFile: 'a string, or a `const` of this file' };

/** Python's `%s`, `.format()` and f-string parts (Alembic). */
export const PY_TEMPLATES: TemplateLanguage = { part: '`%` / `{…}`', inFile: 'one string with the names written out', comment: '#' };

/** PHP's `"… {$table} …"` / `"… $table …"` strings and heredocs (Laravel). */
export const PHP_TEMPLATES: TemplateLanguage = { part: '`{$…}`', inFile: 'one string with the names written out' };

/** How a notice on a JS migration's call is cleared by a reviewer. */
export const IGNORE_HINT = 'add `// rollback-ready-ignore not-analysed: <reason>` above the call';

/**
 * The values tried in a placeholder's place, in turn: a quoted string (what a driver sends for
 * text), NULL, then a parenthesised one (psycopg sends a tuple as a list: `id IN %s`, indico).
 */
const VALUES = ["''", 'NULL', "('')"];

/**
 * Where the placeholders of `sql` are: `:name` (the colon and the name), a lone `?`, and the Python
 * DB-API's `%s` / `%(name)s` (psycopg's, given `execute(sql, params)`: indico).
 */
function placeholders(pg: PgParser, sql: string): Array<[start: number, end: number]> {
  let tokens;
  try {
    tokens = pg.scan(sql).tokens;
  } catch {
    return [];
  }
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const text = sql.slice(t.start, t.end);
    if (text === '?') out.push([t.start, t.end]);
    else if (text.includes('?') && /^[=<>!~+\-*/%^&|#@?]+$/.test(text)) {
      // Postgres scans `=?` (MySQL's `id=?`, snipe-it) as one operator; a driver that binds `?`
      // sees a `?` in it all the same (PDO and node drivers know no Postgres operator).
      for (let k = text.indexOf('?'); k >= 0; k = text.indexOf('?', k + 1)) out.push([t.start + k, t.start + k + 1]);
    } else if (text.endsWith('%') && /^[=<>!~+\-*/%^&|#@?]+$/.test(text)) {
      // `%s`, `%(name)s`, scanned as an operator ending in `%` (`=%` in `id=%s`) and what follows it.
      const at = t.start + text.length - 1;
      const next = tokens[i + 1];
      const word = (k: number) => (tokens[k] ? sql.slice(tokens[k]!.start, tokens[k]!.end) : '');
      if (next && next.start === t.end && word(i + 1) === 's') {
        out.push([at, next.end]);
        i++;
      } else if (
        next &&
        next.start === t.end &&
        word(i + 1) === '(' &&
        word(i + 3) === ')' &&
        word(i + 4) === 's' &&
        tokens[i + 4]!.start === tokens[i + 3]!.end
      ) {
        out.push([at, tokens[i + 4]!.end]);
        i += 4;
      }
    } else if (text === ':') {
      // `:name` written together (a `::` cast is one token of its own); `arr[1:2]` is a number after it.
      const next = tokens[i + 1];
      if (next && next.start === t.end && /^[A-Za-z_][A-Za-z0-9_]*$/.test(sql.slice(next.start, next.end))) {
        out.push([t.start, next.end]);
        i++;
      }
    }
  }
  return out;
}

/** Where the parser stopped in `sql` (a line of it, 0 for the first) and its message; undefined when it parses. */
interface Rejection {
  message: string;
  /** Lines of `sql` before the one the parser stopped on. */
  lineOffset: number;
}

function rejection(pg: PgParser, sql: string): Rejection | undefined {
  try {
    pg.parse(sql);
    return undefined;
  } catch (e) {
    const cursor = e instanceof PgSyntaxError ? e.cursor : undefined;
    const lineOffset = cursor === undefined ? 0 : sql.slice(0, cursor).split('\n').length - 1;
    return { message: (e as Error).message.replace(/\s+/g, ' ').trim(), lineOffset };
  }
}

/**
 * `sql` with each bind placeholder (`binds`) read as a value, the first of VALUES that makes it
 * parse, and `error`: the parser's message when no value does (or the SQL has no placeholder to
 * fill), for the caller's notice. SQL that parses as written (with `$1` placeholders, or none) is
 * returned as it is; SQL that parses with no value is returned with the first filled in, so that
 * its other statements are read as they would run.
 */
export async function fillBinds(sql: string, binds = true): Promise<{ sql: string; error?: Rejection; foreign?: boolean; filled?: boolean }> {
  const pg = await loadPgParser();
  const error = rejection(pg, sql);
  if (!error) return { sql };
  // SQL that shows another database's marks (MySQL's backticks in FlowiseAI's mysql/ folder) is
  // read in that dialect, whose own reading says what it cannot read: not Postgres' parse error.
  try {
    if (dialectOfTokens(pg.scan(sql).tokens)) return { sql, foreign: true };
  } catch {
    // an unterminated token: the parser's error below says where
  }
  const spots = binds ? placeholders(pg, sql) : [];
  if (!spots.length) return { sql, error };
  // `filled`: the SQL held placeholders, read as values (the notice says so).
  const filled = true;
  let first: { sql: string; error: Rejection; filled: boolean } | undefined;
  for (const value of VALUES) {
    let out = '';
    let at = 0;
    for (const [start, end] of spots) {
      out += sql.slice(at, start) + value;
      at = end;
    }
    out += sql.slice(at);
    const still = rejection(pg, out);
    if (!still) return { sql: out, filled };
    first ??= { sql: out, error: still, filled };
  }
  return first!;
}

/**
 * The notice for templated SQL of a JS migration's raw-SQL call (`label`, on its `line`) that does
 * not parse: with bind placeholders (`binds`), even read as values; built with `${…}` parts,
 * as far as the file holds it. The SQL was still read for destructive operations (the Postgres
 * reading's fallback), and nothing else of it was judged.
 */
export function unreadTemplateHit(
  label: string,
  line: number,
  how: { binds: boolean; interpolated: boolean },
  error: Rejection,
  at: number,
  lang: TemplateLanguage = JS_TEMPLATES,
): Hit {
  const where = at !== line ? `line ${at}: ` : '';
  const said = error.message.split(`"${PLACEHOLDER}"`).join(`a ${lang.part} part`);
  const what =
    how.binds && !how.interpolated
      ? 'SQL with bind placeholders (`:name`, `?`, `%s`) that does not parse even with each placeholder read as a value'
      : how.binds
        ? `SQL built with ${lang.part} parts known only at run time and bind placeholders, which does not parse as the file holds it (placeholders read as values)`
        : how.interpolated
          ? `SQL built with ${lang.part} parts known only at run time, which does not parse as the file holds it`
          : 'SQL that does not parse as the file holds it';
  const ignore = lang.comment ? IGNORE_HINT.replace('`//', `\`${lang.comment}`) : IGNORE_HINT;
  const todo = how.interpolated ? `write the SQL in the migration (${lang.inFile}), or review it by hand and ${ignore}` : `review it by hand and ${ignore}`;
  return {
    rule: 'not-analysed',
    line,
    message:
      `\`${label}\` runs ${what} (${where}${said}), so it was read for destructive operations only: ` +
      `what else it does (locks, type and nullability changes) was not judged. To clear this, ${todo}.`,
  };
}
