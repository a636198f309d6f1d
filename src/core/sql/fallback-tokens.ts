// Names and lists read from the Postgres scanner's tokens, for the tolerant reading of statements
// the parser rejects (fallback.ts): a name however it is quoted (`"x"`, \`x\`, `[x]`), the
// top-level comma-separated parts of a list, the columns a CREATE TABLE names, and a copy column
// for column (`INSERT INTO t (a, b) SELECT a, b FROM u`).
import type { Node, ScanToken, SelectStmt } from 'libpg-query';
import type { LineMap } from './line-map';
import type { TypeReader } from './fallback-columns';

export const OPEN_PAREN = 40;
export const CLOSE_PAREN = 41;
export const COMMA = 44;

/** A word token (keyword or identifier), upper-cased; '' for strings, numbers, operators. */
export const word = (t: ScanToken | undefined): string => (t && (t.keywordKind > 0 || t.tokenName === 'IDENT') ? t.text.toUpperCase() : '');

/** Quotes of identifiers in Postgres (`"`), MySQL (`` ` ``) and SQL Server (`[…]`). */
export const QUOTES = /["`[\]]/g;

/** Source text of a run of tokens, lower-cased unless quoted (as the parser normalises names). */
export function nameText(tokens: ScanToken[], lines: LineMap): string {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return '?';
  const text = lines.slice(first.start, last.end);
  if (text.includes('"')) return text.replaceAll('"', '');
  // MySQL and SQL Server fold unquoted names (or compare them case-insensitively) too.
  if (/[`[]/.test(text)) return text.replace(QUOTES, '').toLowerCase();
  // Plain (dotted) identifiers fold to lower case; templates and other oddities stay as written.
  const plain = tokens.every((t) => t.tokenName === 'IDENT' || t.keywordKind > 0 || t.text === '.' || t.text === '`' || t.text === '[' || t.text === ']');
  return plain ? text.toLowerCase() : text;
}

/**
 * The one name at position `i` (`name`, \`name\`, [name], "name", dotted parts too) and the position
 * after it: MySQL's backticks are tokens of their own to the Postgres scanner.
 */
export function nameAt(tokens: ScanToken[], i: number, lines: LineMap): { name: string; next: number } | undefined {
  const part = (j: number): number | undefined => {
    const t = tokens[j];
    if (!t) return undefined;
    const close = t.text === '`' ? '`' : t.text === '[' ? ']' : undefined;
    if (!close) return word(t) || t.tokenName === 'IDENT' ? j + 1 : undefined;
    const end = tokens.findIndex((x, k) => k > j && x.text === close);
    return end < 0 ? undefined : end + 1;
  };
  let next = part(i);
  if (next === undefined) return undefined;
  while (tokens[next]?.text === '.' && part(next + 1) !== undefined) next = part(next + 1)!;
  return { name: nameText(tokens.slice(i, next), lines), next };
}

/** The top-level, comma-separated clauses of an ALTER TABLE after its table name. */
export function clauses(tokens: ScanToken[], from: number): ScanToken[][] {
  const out: ScanToken[][] = [];
  let current: ScanToken[] = [];
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tokenType === OPEN_PAREN) depth++;
    else if (t.tokenType === CLOSE_PAREN) depth = Math.max(0, depth - 1);
    if (t.tokenType === COMMA && depth === 0) {
      out.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length) out.push(current);
  return out;
}

/** The plain names of a comma-separated token list, or undefined when one element is not a plain name. */
function plainNames(tokens: ScanToken[], lines: LineMap): string[] | undefined {
  const names: string[] = [];
  for (const element of clauses(tokens, 0)) {
    const named = nameAt(element, 0, lines);
    if (!named || named.next !== element.length || named.name.includes('.')) return undefined;
    names.push(named.name);
  }
  return names.length ? names : undefined;
}

/**
 * A copy column for column (`INSERT INTO \`__new_t\`("a", "b") SELECT "a", "b" FROM \`t\``: how
 * drizzle-kit rebuilds a SQLite table), when every column and every selected value is a plain name
 * and the rows come from one table: the columns and the SELECT as the parser would give them.
 */
export function columnCopy(tokens: ScanToken[], paren: number, lines: LineMap): { cols: Node[]; select: SelectStmt } | undefined {
  const close = tokens.findIndex((t, i) => i > paren && t.tokenType === CLOSE_PAREN);
  const select = close < 0 ? -1 : close + 1;
  const from = tokens.findIndex((t, i) => i > select && word(t) === 'FROM');
  if (word(tokens[select]) !== 'SELECT' || from < 0) return undefined;
  const cols = plainNames(tokens.slice(paren + 1, close), lines);
  const values = plainNames(tokens.slice(select + 1, from), lines);
  const source = nameAt(tokens, from + 1, lines);
  if (!cols || !values || !source || (source.next < tokens.length && !['WHERE', 'ORDER', 'LIMIT'].includes(word(tokens[source.next])))) return undefined;
  return {
    cols: cols.map((name) => ({ ResTarget: { name } })),
    select: {
      targetList: values.map((sval) => ({ ResTarget: { val: { ColumnRef: { fields: [{ String: { sval } }] } } } })),
      fromClause: [{ RangeVar: rangeVar(source.name) }],
    },
  };
}

/** Words that open a table element that is not a column (a constraint, an index, `LIKE other`). */
const ELEMENT_NOT_COLUMN = new Set([
  'CONSTRAINT',
  'PRIMARY',
  'UNIQUE',
  'FOREIGN',
  'CHECK',
  'KEY',
  'INDEX',
  'FULLTEXT',
  'SPATIAL',
  'EXCLUDE',
  'LIKE',
  'PERIOD',
  'PROJECTION',
]);

/**
 * What a column definition's own words say at its top level (never inside `CHECK (…)` or a default's
 * parentheses): NOT NULL, PRIMARY KEY, a DEFAULT, a generated value. Enough to tell a column a copy
 * must fill from one it may leave out.
 */
export function columnConstraints(tokens: ScanToken[]): Node[] {
  const out: Node[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tokenType === OPEN_PAREN) depth++;
    else if (t.tokenType === CLOSE_PAREN) depth--;
    if (depth !== 0) continue;
    const w = word(t);
    const next = word(tokens[i + 1]);
    if (w === 'NOT' && next === 'NULL') out.push({ Constraint: { contype: 'CONSTR_NOTNULL' } });
    else if (w === 'PRIMARY' && next === 'KEY') out.push({ Constraint: { contype: 'CONSTR_PRIMARY' } });
    else if (w === 'DEFAULT') out.push({ Constraint: { contype: 'CONSTR_DEFAULT' } });
    else if (w === 'GENERATED' || w === 'AS' || w === 'AUTOINCREMENT' || w === 'AUTO_INCREMENT' || w === 'IDENTITY')
      out.push({ Constraint: { contype: 'CONSTR_GENERATED' } });
  }
  return out;
}

/**
 * The columns a CREATE TABLE the parser rejected names, in order (`("id" integer PRIMARY KEY
 * AUTOINCREMENT, "name" varchar, CONSTRAINT …)`: `id`, `name`), by name, what `columnConstraints`
 * reads and, given a reader (fallback-columns.ts), their types: a type it cannot read is left out (a
 * look back finds no type there). Empty when the list cannot be found (`CREATE TABLE … AS SELECT`).
 */
export function createdColumns(tokens: ScanToken[], from: number, lines: LineMap, types?: TypeReader): Node[] {
  const open = tokens.findIndex((t, i) => i >= from && (t.tokenType === OPEN_PAREN || word(t) === 'AS'));
  if (open < 0 || tokens[open]!.tokenType !== OPEN_PAREN) return [];
  const columns: Node[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < tokens.length && depth >= 0; i++) {
    const t = tokens[i]!;
    if (t.tokenType === OPEN_PAREN) depth++;
    else if (t.tokenType === CLOSE_PAREN) depth--;
    if ((t.tokenType === COMMA && depth === 0) || depth < 0) {
      const element = tokens.slice(start, i);
      const named = ELEMENT_NOT_COLUMN.has(word(element[0])) ? undefined : nameAt(element, 0, lines);
      if (named) {
        const rest = element.slice(named.next);
        const typeName = types?.(rest);
        columns.push({ ColumnDef: { colname: named.name, constraints: columnConstraints(rest), ...(typeName ? { typeName } : {}) } });
      }
      start = i + 1;
    }
  }
  return columns;
}

export function rangeVar(name: string) {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? { relname: name } : { schemaname: name.slice(0, dot), relname: name.slice(dot + 1) };
}
