// DDL inside `DO $$ … $$` blocks: Postgres runs the statements of an anonymous PL/pgSQL block
// like any other, so a `DROP COLUMN` inside `DO $$ BEGIN IF … THEN ALTER TABLE … DROP COLUMN …`
// is a drop. libpg-query's PL/pgSQL parser gives the block's statements (each SQL statement as
// text, with its line in the block); each is then parsed as SQL. `EXECUTE '…'` with a constant
// string is read the same way, and so is `EXECUTE format('ALTER TABLE %I DROP COLUMN x', t)`: its
// format string, each `%I`/`%s` a name set at run time (`%L` a value). Other dynamic SQL (built by
// concatenation, from a variable) cannot be read: it is said, never passed over in silence.
import type { Node } from 'libpg-query';
import type { PgParser } from './pg';
import { PLACEHOLDER } from '../frameworks/dsl/binds';

export interface InnerStatement {
  node: Node;
  /** 1-based line within the block's body (line 1: the line of the opening `$$`). */
  lineInBody: number;
}

/** An `EXECUTE` whose SQL is built at run time in a way not read (its expression as written). */
export interface DynamicSql {
  expr: string;
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

/**
 * `format('…%I…', …)`'s SQL (Postgres' format(): `%I` an identifier, `%s` a string, `%L` a literal,
 * `%%` a percent sign, optionally `%n$…` and a width) with each argument a name or value set at run
 * time; undefined for any other expression, or a format string that is not a constant.
 */
function formatted(pg: PgParser, expr: string): string | undefined {
  let call: { funcname?: Node[]; args?: Node[] } | undefined;
  try {
    const stmt = pg.parse(`SELECT ${expr}`).stmts?.[0]?.stmt as { SelectStmt?: { targetList?: { ResTarget?: { val?: Node } }[] } } | undefined;
    const val = stmt?.SelectStmt?.targetList?.length === 1 ? stmt.SelectStmt.targetList[0]!.ResTarget?.val : undefined;
    call = val && 'FuncCall' in val ? (val.FuncCall as { funcname?: Node[]; args?: Node[] }) : undefined;
  } catch {
    return undefined;
  }
  const name = call?.funcname?.map((n) => ('String' in n ? n.String.sval : '')).join('.');
  const first = call?.args?.[0];
  const template = first && 'A_Const' in first ? (first.A_Const as { sval?: { sval?: string } }).sval?.sval : undefined;
  if ((name !== 'format' && name !== 'pg_catalog.format') || template === undefined) return undefined;
  // Each argument a constant string (`format('DROP TABLE %I', 'users')`) is the text it gives; any other is set at run time.
  const constant = (i: number): string | undefined => {
    const a = call?.args?.[i];
    return a && 'A_Const' in a ? (a.A_Const as { sval?: { sval?: string } }).sval?.sval : undefined;
  };
  let next = 1;
  return template.replace(/%(?:(\d+)\$)?-?(?:\d+|\*(?:\d+\$)?)?([sIL%])/g, (_, position: string | undefined, kind: string) => {
    if (kind === '%') return '%';
    const i = position ? Number(position) : next;
    next = i + 1;
    const value = constant(i);
    if (kind === 'I') return value === undefined ? PLACEHOLDER : `"${value.replaceAll('"', '""')}"`;
    if (kind === 'L') return `'${(value ?? PLACEHOLDER).replaceAll("'", "''")}'`;
    return value ?? PLACEHOLDER;
  });
}

/** Every `{ query, lineno }` of the executable SQL statements in a PL/pgSQL tree, in order; `dynamic`: the EXECUTEs not read. */
function sqlStatements(pg: PgParser, tree: unknown, out: { query: string; lineno: number; expr?: string }[], dynamic: DynamicSql[], lineno = 0): void {
  if (Array.isArray(tree)) {
    for (const item of tree) sqlStatements(pg, item, out, dynamic, lineno);
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
    const expr = dyn.query.PLpgSQL_expr.query;
    const text = constantString(expr) ?? formatted(pg, expr);
    if (text !== undefined) out.push({ query: text, lineno: dyn.lineno ?? lineno, expr });
    else dynamic.push({ expr, lineInBody: Math.max(1, dyn.lineno ?? lineno) });
    return;
  }
  for (const key in obj) {
    const value = obj[key] as { lineno?: number } | undefined;
    sqlStatements(pg, value, out, dynamic, typeof value === 'object' && value && typeof value.lineno === 'number' ? value.lineno : lineno);
  }
}

/**
 * The SQL statements a DO block runs, parsed. Throws when the block's PL/pgSQL cannot be parsed
 * (the caller reports it); statements that do not parse as SQL alone (rare: PL/pgSQL-only
 * syntax) are left out.
 */
export function statementsInDo(pg: PgParser, block: DoBlock, dynamic: DynamicSql[] = []): InnerStatement[] {
  const tag = quoteTag(block.body);
  const tree = pg.parsePlpgsql(`DO ${tag}${block.body}${tag}`);
  const found: { query: string; lineno: number; expr?: string }[] = [];
  sqlStatements(pg, tree.plpgsql_funcs ?? [], found, dynamic);
  const out: InnerStatement[] = [];
  for (const { query, lineno, expr } of found) {
    let parsed;
    try {
      parsed = pg.parse(query);
    } catch {
      // An EXECUTE's SQL that does not parse as read (a format string whose `%s` held SQL, not a
      // name) is said like other dynamic SQL; other statements are PL/pgSQL-only syntax.
      if (expr !== undefined) dynamic.push({ expr, lineInBody: Math.max(1, lineno) });
      continue;
    }
    for (const raw of parsed.stmts ?? []) if (raw.stmt) out.push({ node: raw.stmt, lineInBody: Math.max(1, lineno) });
  }
  return out;
}
