// psql scripts: Sqitch runs a Postgres change's scripts through psql, so they hold psql's
// meta-commands beside the SQL (maevsi/sqitch: `\set name `cat /run/secrets/…``, then
// `GRANT … TO :name;`, and `SELECT 'CREATE DATABASE …' WHERE …\gexec`). The server never sees
// them: psql acts on each meta-command itself and sends the SQL around it. They are found the way
// psql finds them, by the Postgres scanner: a backslash outside quotes, comments and dollar-quoted
// bodies starts a meta-command that runs to the end of its line.
import type { PgParser } from './pg';

export interface PsqlScript {
  /** The SQL psql sends: meta-commands blanked (line and column kept), `\g`-style ones ending their query. */
  sql: string;
  /** Files the script includes (`\i`, `\ir`, `\include`), by 0-based offset of the command: their SQL is not in this file. */
  includes: { offset: number; file: string }[];
}

/** `\g`, `\gexec`, `\gset`, `\gx`: send the query buffer, as `;` does. */
const SENDS = /^g(?:exec|set|x)?$/;
const INCLUDES = new Set(['i', 'ir', 'include', 'include_relative']);

/**
 * The SQL of a psql script. A variable the script sets (`\set name value`) is interpolated by psql
 * where it is written `:name`, `:'name'` or `:"name"`: the colon is blanked so the statement reads
 * with the variable's name in its place (an identifier, a string literal, a quoted identifier).
 * A colon before a name the script does not set is left as written (psql leaves it too: `a[1:n]`).
 * Scripts without a backslash are returned as they are; one the scanner cannot read too.
 */
export function psqlScript(pg: PgParser, sql: string): PsqlScript {
  if (!sql.includes('\\')) return { sql, includes: [] };
  let tokens;
  try {
    tokens = pg.scan(sql).tokens;
  } catch {
    return { sql, includes: [] };
  }
  const out = sql.split('');
  const includes: PsqlScript['includes'] = [];
  const set = new Set<string>();
  /** A lone `:` right before a name or a quoted word: `[offset of the colon, the word as written]`. */
  const colons: [number, string][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (sql[t.start] === ':' && t.end === t.start + 1 && next?.start === t.end) colons.push([t.start, sql.slice(next.start, next.end)]);
    if (sql[t.start] !== '\\' || t.end !== t.start + 1) continue;
    const eol = sql.indexOf('\n', t.start);
    const end = eol < 0 ? sql.length : eol;
    const words = sql
      .slice(t.start + 1, end)
      .trim()
      .split(/\s+/);
    const command = words[0] ?? '';
    if (command === 'set' && words[1]) set.add(words[1]);
    if (INCLUDES.has(command)) includes.push({ offset: t.start, file: words[1] ?? '' });
    for (let j = t.start; j < end; j++) if (out[j] !== '\r') out[j] = ' ';
    if (SENDS.test(command)) out[t.start] = ';';
    while (i + 1 < tokens.length && tokens[i + 1]!.start < end) i++;
  }
  for (const [at, word] of colons) {
    const quoted = word.length > 1 && (word[0] === "'" || word[0] === '"') && word.endsWith(word[0]);
    if (set.has(quoted ? word.slice(1, -1) : word)) out[at] = ' ';
  }
  return { sql: out.join(''), includes };
}
