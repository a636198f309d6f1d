// DDL inside `DO $$ … $$` blocks: Postgres runs the statements of an anonymous PL/pgSQL block
// like any other, so a `DROP COLUMN` inside `DO $$ BEGIN IF … THEN ALTER TABLE … DROP COLUMN …`
// is a drop. libpg-query's PL/pgSQL parser gives the block's statements (each SQL statement as
// text, with its line in the block); each is then parsed as SQL. `EXECUTE '…'` with a constant
// string is read the same way; dynamic SQL built at run time cannot be, and is not guessed at.
import type { Node } from 'libpg-query';
import type { PgParser } from './pg';

export interface InnerStatement {
  node: Node;
  /** 1-based line within the block's body (line 1: the line of the opening `$$`). */
  lineInBody: number;
}

export interface DoBlock {
  body: string;
  /** Character offset (UTF-8 bytes, as the parser reports) of the body's opening quote. */
  location: number;
}

/** The PL/pgSQL body of a `DO` statement, or undefined when it is another language or has none. */
export function doBlockOf(node: Node): DoBlock | undefined {
  if (!('DoStmt' in node)) return undefined;
  let body: string | undefined;
  let location = 0;
  for (const arg of node.DoStmt.args ?? []) {
    if (!('DefElem' in arg)) continue;
    const d = arg.DefElem;
    const value = d.arg && 'String' in d.arg ? d.arg.String.sval : undefined;
    if (d.defname === 'language' && value && value.toLowerCase() !== 'plpgsql') return undefined;
    if (d.defname === 'as' && value !== undefined) {
      body = value;
      location = d.location ?? 0;
    }
  }
  return body === undefined ? undefined : { body, location };
}

/** A dollar-quote tag the body does not contain. */
function quoteTag(body: string): string {
  let tag = '$rr$';
  for (let i = 0; body.includes(tag); i++) tag = `$rr${i}$`;
  return tag;
}

/** A simple SQL string literal (`'DROP TABLE x'`, `E'…'` left out) as its text, else undefined. */
function constantString(expr: string): string | undefined {
  const m = /^\s*'((?:[^']|'')*)'\s*$/.exec(expr);
  return m ? m[1]!.replace(/''/g, "'") : undefined;
}

/** Every `{ query, lineno }` of the executable SQL statements in a PL/pgSQL tree, in order. */
function sqlStatements(tree: unknown, out: { query: string; lineno: number }[], lineno = 0): void {
  if (Array.isArray(tree)) {
    for (const item of tree) sqlStatements(item, out, lineno);
    return;
  }
  if (tree === null || typeof tree !== 'object') return;
  const obj = tree as Record<string, unknown>;
  const exec = obj.PLpgSQL_stmt_execsql as { lineno?: number; sqlstmt?: { PLpgSQL_expr?: { query?: string } } } | undefined;
  if (exec?.sqlstmt?.PLpgSQL_expr?.query) {
    out.push({ query: exec.sqlstmt.PLpgSQL_expr.query, lineno: exec.lineno ?? lineno });
    return;
  }
  const dyn = obj.PLpgSQL_stmt_dynexecute as { lineno?: number; query?: { PLpgSQL_expr?: { query?: string } } } | undefined;
  if (dyn?.query?.PLpgSQL_expr?.query) {
    const text = constantString(dyn.query.PLpgSQL_expr.query);
    if (text !== undefined) out.push({ query: text, lineno: dyn.lineno ?? lineno });
    return;
  }
  for (const key in obj) {
    const value = obj[key] as { lineno?: number } | undefined;
    sqlStatements(value, out, typeof value === 'object' && value && typeof value.lineno === 'number' ? value.lineno : lineno);
  }
}

/**
 * The SQL statements a DO block runs, parsed. Throws when the block's PL/pgSQL cannot be parsed
 * (the caller reports it); statements that do not parse as SQL alone (rare: PL/pgSQL-only
 * syntax) are left out.
 */
export function statementsInDo(pg: PgParser, block: DoBlock): InnerStatement[] {
  const tag = quoteTag(block.body);
  const tree = pg.parsePlpgsql(`DO ${tag}${block.body}${tag}`);
  const found: { query: string; lineno: number }[] = [];
  sqlStatements(tree.plpgsql_funcs ?? [], found);
  const out: InnerStatement[] = [];
  for (const { query, lineno } of found) {
    let parsed;
    try {
      parsed = pg.parse(query);
    } catch {
      continue;
    }
    for (const raw of parsed.stmts ?? []) if (raw.stmt) out.push({ node: raw.stmt, lineInBody: Math.max(1, lineno) });
  }
  return out;
}
