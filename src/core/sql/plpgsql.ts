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
 * Names a loop binds for one pass of its body: `t` → `events` for `FOREACH t IN ARRAY
 * ARRAY['events', …]`, `r.x` → `a` for `FOR r IN SELECT x FROM (VALUES ('a'), …) AS v(x)`.
 */
type Bindings = ReadonlyMap<string, string>;
const NONE: Bindings = new Map();

/** Loops over more elements than this are read once, each name set at run time (as for a query over pg_tables). */
export const MAX_LOOP_PASSES = 100;

const str = (n: Node | undefined): string | undefined => (n && 'String' in n ? n.String.sval : undefined);

/**
 * The text a SQL expression gives when nothing in it is set at run time: a string, a name a loop
 * binds, `quote_ident(…)` of one, a cast of one, `||` of two; undefined otherwise.
 */
function valueOf(node: Node | undefined, env: Bindings): string | undefined {
  if (!node) return undefined;
  if ('A_Const' in node) return (node.A_Const as { sval?: { sval?: string } }).sval?.sval;
  if ('TypeCast' in node) return valueOf(node.TypeCast.arg, env);
  if ('ColumnRef' in node) {
    const parts = (node.ColumnRef.fields ?? []).map(str);
    return parts.every((p) => p !== undefined) ? env.get(parts.join('.')) : undefined;
  }
  if ('FuncCall' in node) {
    const call = node.FuncCall;
    const name = (call.funcname ?? []).map(str).join('.');
    if ((name !== 'quote_ident' && name !== 'pg_catalog.quote_ident') || call.args?.length !== 1) return undefined;
    const v = valueOf(call.args[0], env);
    return v === undefined ? undefined : `"${v.replaceAll('"', '""')}"`;
  }
  if ('A_Expr' in node) {
    const e = node.A_Expr;
    if (e.kind !== 'AEXPR_OP' || (e.name ?? []).map(str).join('.') !== '||') return undefined;
    const l = valueOf(e.lexpr, env);
    const r = l === undefined ? undefined : valueOf(e.rexpr, env);
    return r === undefined ? undefined : l! + r;
  }
  return undefined;
}

/** The one expression of `SELECT <expr>`, parsed; undefined when it does not parse as one. */
function expression(pg: PgParser, expr: string): Node | undefined {
  try {
    const stmt = pg.parse(`SELECT ${expr}`).stmts;
    const select = stmt?.length === 1 ? stmt[0]!.stmt : undefined;
    const list = select && 'SelectStmt' in select ? select.SelectStmt.targetList : undefined;
    const target = list?.length === 1 ? list[0] : undefined;
    return target && 'ResTarget' in target ? target.ResTarget.val : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `format('…%I…', …)`'s SQL (Postgres' format(): `%I` an identifier, `%s` a string, `%L` a literal,
 * `%%` a percent sign, optionally `%n$…` and a width) with each argument not known here a name or
 * value set at run time; undefined for any other expression, or a format string that is not a constant.
 */
function formatted(node: Node, env: Bindings): string | undefined {
  const call = 'FuncCall' in node ? node.FuncCall : undefined;
  const name = call?.funcname?.map(str).join('.');
  const first = call?.args?.[0];
  const template = first && 'A_Const' in first ? (first.A_Const as { sval?: { sval?: string } }).sval?.sval : undefined;
  if ((name !== 'format' && name !== 'pg_catalog.format') || template === undefined) return undefined;
  // An argument that is a constant string (`format('DROP TABLE %I', 'users')`), or a loop's
  // variable bound to one, is the text it gives; any other is set at run time.
  const constant = (i: number): string | undefined => valueOf(call?.args?.[i], env);
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

/** The SQL an `EXECUTE <expr>` runs, when read: a constant, format(), or a concatenation of known parts. */
function executed(pg: PgParser, expr: string, env: Bindings): string | undefined {
  const text = constantString(expr);
  if (text !== undefined) return text;
  const node = expression(pg, expr);
  return node && (formatted(node, env) ?? valueOf(node, env));
}

/** The elements of a one-dimensional array literal's text (`{a,b,"c d"}`), or undefined. */
function arrayLiteral(text: string): string[] | undefined {
  const s = text.trim();
  if (!s.startsWith('{') || !s.endsWith('}')) return undefined;
  const out: string[] = [];
  let i = 1;
  const end = s.length - 1;
  if (s.slice(1, end).trim() === '') return out;
  while (i <= end) {
    while (s[i] === ' ') i++;
    let item = '';
    if (s[i] === '"') {
      for (i++; i < end && s[i] !== '"'; i++) item += s[i] === '\\' ? s[++i] : s[i];
      if (s[i++] !== '"') return undefined;
      while (s[i] === ' ') i++;
    } else {
      for (; i < end && s[i] !== ','; i++) {
        if ('{}"\\'.includes(s[i]!)) return undefined; // nested or escaped: not read
        item += s[i];
      }
      item = item.trim();
      if (item.toUpperCase() === 'NULL') return undefined;
    }
    out.push(item);
    if (i === end) break;
    if (s[i] !== ',') return undefined;
    i++;
  }
  return out;
}

interface Scope {
  pg: PgParser;
  /** The block's variables (`datums`, by number), for a DECLAREd array constant. */
  datums: Record<string, unknown>[];
  /** The block's statements, to see whether a variable is ever assigned. */
  action: unknown;
}

/** Whether anything in the block writes variable `varno` (`:=`, `INTO`, a loop). */
function assigned(tree: unknown, varno: number): boolean {
  if (Array.isArray(tree)) return tree.some((t) => assigned(t, varno));
  if (tree === null || typeof tree !== 'object') return false;
  const obj = tree as Record<string, unknown>;
  for (const key of ['PLpgSQL_stmt_assign', 'PLpgSQL_stmt_foreach_a']) if ((obj[key] as { varno?: number } | undefined)?.varno === varno) return true;
  const row = obj.PLpgSQL_row as { fields?: { varno?: number }[] } | undefined;
  if (row?.fields?.some((f) => f.varno === varno)) return true;
  return Object.values(obj).some((v) => assigned(v, varno));
}

/** The elements of an array expression known before the block runs: `ARRAY['a', 'b']`, `'{a,b}'::text[]`, a DECLAREd constant. */
function arrayElements(scope: Scope, node: Node | undefined, env: Bindings, depth = 0): string[] | undefined {
  if (!node) return undefined;
  if ('A_ArrayExpr' in node) {
    const values = (node.A_ArrayExpr.elements ?? []).map((e) => valueOf(e, env));
    return values.every((v) => v !== undefined) ? values : undefined;
  }
  if ('TypeCast' in node) {
    const arg = node.TypeCast.arg;
    if (arg && 'A_Const' in arg && node.TypeCast.typeName?.arrayBounds?.length === 1) {
      const text = (arg.A_Const as { sval?: { sval?: string } }).sval?.sval;
      return text === undefined ? undefined : arrayLiteral(text);
    }
    return arrayElements(scope, arg, env, depth);
  }
  const fields = 'ColumnRef' in node ? (node.ColumnRef.fields ?? []) : [];
  if (fields.length === 1 && depth === 0) {
    const name = str(fields[0]);
    const varno = scope.datums.findIndex((d) => (d.PLpgSQL_var as { refname?: string } | undefined)?.refname === name);
    const initial = varno < 0 ? undefined : (scope.datums[varno]!.PLpgSQL_var as { default_val?: { PLpgSQL_expr?: { query?: string } } }).default_val;
    const query = initial?.PLpgSQL_expr?.query;
    if (query === undefined || assigned(scope.action, varno)) return undefined;
    return arrayElements(scope, expression(scope.pg, query), NONE, depth + 1);
  }
  return undefined;
}

interface Rows {
  columns: string[];
  rows: string[][];
}

/** A FROM item whose rows are written out: `(VALUES ('a'), ('b')) AS t(x)`, `unnest(ARRAY[…]) AS x`. */
function literalFrom(scope: Scope, item: Node, env: Bindings): (Rows & { alias?: string }) | undefined {
  if ('RangeSubselect' in item) {
    const sub = item.RangeSubselect.subquery;
    const lists = sub && 'SelectStmt' in sub ? sub.SelectStmt.valuesLists : undefined;
    if (!lists?.length) return undefined;
    const rows = lists.map((l) => ('List' in l ? (l.List.items ?? []).map((v) => valueOf(v, env)) : [undefined]));
    if (!rows.every((r) => r.every((v) => v !== undefined) && r.length === rows[0]!.length)) return undefined;
    const alias = item.RangeSubselect.alias;
    const named = (alias?.colnames ?? []).map(str);
    const columns = rows[0]!.map((_, i) => named[i] ?? `column${i + 1}`);
    return { columns, rows: rows as string[][], alias: alias?.aliasname };
  }
  if ('RangeFunction' in item) {
    const rf = item.RangeFunction;
    const fn = rf.functions?.length === 1 ? rf.functions[0] : undefined;
    const call = fn && 'List' in fn ? fn.List.items?.[0] : undefined;
    if (rf.ordinality || !call || !('FuncCall' in call) || call.FuncCall.funcname?.map(str).join('.') !== 'unnest') return undefined;
    const values = call.FuncCall.args?.length === 1 ? arrayElements(scope, call.FuncCall.args[0], env) : undefined;
    const column = str(rf.alias?.colnames?.[0]) ?? rf.alias?.aliasname ?? 'unnest';
    return values && { columns: [column], rows: values.map((v) => [v]), alias: rf.alias?.aliasname };
  }
  return undefined;
}

/**
 * The rows a loop's query gives when they are written in it: `SELECT unnest(ARRAY[…])`,
 * `SELECT x FROM (VALUES …) AS t(x)`, `SELECT x FROM unnest(…) AS x`. Any other query (one
 * over pg_tables, with WHERE, a join) is run-time data: undefined.
 */
function literalRows(scope: Scope, query: string, env: Bindings): Rows | undefined {
  let select;
  try {
    const stmts = scope.pg.parse(query).stmts ?? [];
    const node = stmts.length === 1 ? stmts[0]!.stmt : undefined;
    select = node && 'SelectStmt' in node ? node.SelectStmt : undefined;
  } catch {
    return undefined;
  }
  if (!select?.targetList?.length) return undefined;
  const plain = new Set(['targetList', 'fromClause', 'limitOption', 'op']);
  if (Object.keys(select).some((k) => !plain.has(k)) || (select.fromClause?.length ?? 0) > 1) return undefined;
  const targets = select.targetList.map((t) => ('ResTarget' in t ? t.ResTarget : undefined));
  const from = select.fromClause?.[0];
  if (!from) {
    // SELECT unnest(ARRAY[…]) [AS name]
    const t = targets.length === 1 ? targets[0] : undefined;
    const call = t?.val && 'FuncCall' in t.val ? t.val.FuncCall : undefined;
    if (!call || call.funcname?.map(str).join('.') !== 'unnest' || call.args?.length !== 1) return undefined;
    const values = arrayElements(scope, call.args[0], env);
    return values && { columns: [t!.name ?? 'unnest'], rows: values.map((v) => [v]) };
  }
  const source = literalFrom(scope, from, env);
  if (!source) return undefined;
  // The select list: `*`, or columns of the FROM item (`x`, `t.x`), each perhaps renamed.
  const picks: { index: number; name: string }[] = [];
  for (const t of targets) {
    const fields = t?.val && 'ColumnRef' in t.val ? (t.val.ColumnRef.fields ?? []) : undefined;
    if (!fields) return undefined;
    if (fields.length === 1 && 'A_Star' in fields[0]!) {
      source.columns.forEach((name, index) => picks.push({ index, name }));
      continue;
    }
    const parts = fields.map(str);
    if (parts.length === 2 && parts[0] !== source.alias) return undefined;
    const index = source.columns.indexOf(parts[parts.length - 1] ?? '');
    if (index < 0 || parts.length > 2) return undefined;
    picks.push({ index, name: t!.name ?? source.columns[index]! });
  }
  return { columns: picks.map((p) => p.name), rows: source.rows.map((r) => picks.map((p) => r[p.index]!)) };
}

/** One set of bindings per pass of a loop whose elements are written in the block; undefined for any other loop. */
function loopPasses(scope: Scope, obj: Record<string, unknown>, env: Bindings): Bindings[] | undefined {
  const each = obj.PLpgSQL_stmt_foreach_a as { varno?: number; slice?: number; expr?: { PLpgSQL_expr?: { query?: string } } } | undefined;
  if (each) {
    const name = (scope.datums[each.varno ?? -1]?.PLpgSQL_var as { refname?: string } | undefined)?.refname;
    const query = each.expr?.PLpgSQL_expr?.query;
    if (!name || each.slice || query === undefined) return undefined;
    const values = arrayElements(scope, expression(scope.pg, query), env);
    return values?.map((v) => new Map([...env, [name, v]]));
  }
  const fors = obj.PLpgSQL_stmt_fors as
    { var?: { PLpgSQL_row?: { fields?: { name?: string }[] }; PLpgSQL_rec?: { refname?: string } }; query?: { PLpgSQL_expr?: { query?: string } } } | undefined;
  const query = fors?.query?.PLpgSQL_expr?.query;
  if (!fors || query === undefined) return undefined;
  const found = literalRows(scope, query, env);
  if (!found) return undefined;
  const names = fors.var?.PLpgSQL_row?.fields?.map((f) => f.name ?? '');
  const rec = fors.var?.PLpgSQL_rec?.refname;
  if (names?.length === found.columns.length) return found.rows.map((row) => new Map([...env, ...names.map((n, i) => [n, row[i]!] as const)]));
  if (rec) return found.rows.map((row) => new Map([...env, ...found.columns.map((c, i) => [`${rec}.${c}`, row[i]!] as const)]));
  return undefined;
}

const LOOPS = [
  'PLpgSQL_stmt_foreach_a',
  'PLpgSQL_stmt_fors',
  'PLpgSQL_stmt_loop',
  'PLpgSQL_stmt_while',
  'PLpgSQL_stmt_fori',
  'PLpgSQL_stmt_forc',
  'PLpgSQL_stmt_dynfors',
];

interface Assignment {
  varno?: number;
  expr?: { PLpgSQL_expr?: { query?: string } };
}

const refnameOf = (scope: Scope, varno: number | undefined): string | undefined =>
  varno === undefined ? undefined : (scope.datums[varno]?.PLpgSQL_var as { refname?: string } | undefined)?.refname;

/** The names anything in `tree` writes: `:=`, `INTO`, a loop's variable or record. */
function written(scope: Scope, tree: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(tree)) {
    for (const t of tree) written(scope, t, out);
    return out;
  }
  if (tree === null || typeof tree !== 'object') return out;
  const obj = tree as Record<string, unknown>;
  for (const key of ['PLpgSQL_stmt_assign', 'PLpgSQL_stmt_foreach_a']) {
    const name = refnameOf(scope, (obj[key] as { varno?: number } | undefined)?.varno);
    if (name) out.add(name);
  }
  for (const f of (obj.PLpgSQL_row as { fields?: { name?: string }[] } | undefined)?.fields ?? []) if (f.name) out.add(f.name);
  const rec = (obj.PLpgSQL_rec as { refname?: string } | undefined)?.refname;
  if (rec) out.add(rec);
  for (const v of Object.values(obj)) written(scope, v, out);
  return out;
}

/** `env` without the names in `names` (and a record's fields, `r.x` for `r`). */
function unbound(env: Bindings, names: Set<string>): Bindings {
  if (!names.size) return env;
  return new Map([...env].filter(([k]) => !names.has(k) && !names.has(k.split('.')[0]!)));
}

/** `env` after `x := <expr>`: x bound to the expression's text when it is known, else set at run time. */
function assigning(scope: Scope, assign: Assignment, env: Bindings): Bindings {
  const name = refnameOf(scope, assign.varno);
  const query = assign.expr?.PLpgSQL_expr?.query;
  if (!name || query === undefined) return env;
  const next = new Map(unbound(env, new Set([name])));
  let tokens;
  try {
    tokens = scope.pg.scan(query).tokens;
  } catch {
    return next;
  }
  // `x := …` or `x = …` (not `x[1] := …`, `r.f := …`): the tokens after the operator are the value.
  const [target, op, first] = tokens ?? [];
  if (target?.text?.toLowerCase() !== name || (op?.text !== ':=' && op?.text !== '=') || first?.start === undefined) return next;
  const bytes = new TextEncoder().encode(query);
  const value = valueOf(expression(scope.pg, new TextDecoder().decode(bytes.subarray(first.start))), env);
  if (value !== undefined) next.set(name, value);
  return next;
}

/**
 * Variables DECLAREd with a value known before the block runs (`t text := 'users'`, `c CONSTANT
 * text = 'legacy'`) that nothing in the block writes again: bound from its start. A name declared
 * twice (an inner block's own `t`) is left set at run time.
 */
function declaredValues(scope: Scope): Bindings {
  const declared = new Map<string, number>();
  for (const d of scope.datums) {
    const name = (d.PLpgSQL_var as { refname?: string } | undefined)?.refname;
    if (name) declared.set(name, (declared.get(name) ?? 0) + 1);
  }
  const writes = written(scope, scope.action);
  const env = new Map<string, string>();
  for (const d of scope.datums) {
    const v = d.PLpgSQL_var as { refname?: string; default_val?: { PLpgSQL_expr?: { query?: string } } } | undefined;
    const query = v?.default_val?.PLpgSQL_expr?.query;
    if (!v?.refname || query === undefined || declared.get(v.refname) !== 1 || writes.has(v.refname)) continue;
    const value = valueOf(expression(scope.pg, query), env);
    if (value !== undefined) env.set(v.refname, value);
  }
  return env.size ? env : NONE;
}

interface Found {
  query: string;
  lineno: number;
  expr?: string;
}

/**
 * Every `{ query, lineno }` of the executable SQL statements in a PL/pgSQL tree, in order; `dynamic`: the EXECUTEs not read.
 * A loop over elements written in the block (at most MAX_LOOP_PASSES) is read once per element,
 * its variable bound to the element; a statement that reads the same each pass is kept once.
 */
function sqlStatements(scope: Scope, tree: unknown, out: Found[], dynamic: DynamicSql[], lineno = 0, env: Bindings = NONE): void {
  if (Array.isArray(tree)) {
    // A statement list runs in order: `x := base || '_new'` binds x for what follows; anything
    // else that writes a bound name (an assignment in a branch, `INTO x`) leaves it set at run time.
    let local = env;
    for (const item of tree) {
      sqlStatements(scope, item, out, dynamic, lineno, local);
      const assign = (item as { PLpgSQL_stmt_assign?: Assignment } | null)?.PLpgSQL_stmt_assign;
      if (assign) local = assigning(scope, assign, local);
      else if (local.size) local = unbound(local, written(scope, item));
    }
    return;
  }
  if (tree === null || typeof tree !== 'object') return;
  const obj = tree as Record<string, unknown>;
  // A loop's body runs more than once: a name it writes is not known at its start.
  const looped = LOOPS.find((k) => k in obj);
  if (looped && env.size) env = unbound(env, written(scope, (obj[looped] as { body?: unknown }).body));
  const exec = obj.PLpgSQL_stmt_execsql as { lineno?: number; sqlstmt?: { PLpgSQL_expr?: { query?: string } } } | undefined;
  if (exec?.sqlstmt?.PLpgSQL_expr?.query) {
    out.push({ query: exec.sqlstmt.PLpgSQL_expr.query, lineno: exec.lineno ?? lineno });
    return;
  }
  const dyn = obj.PLpgSQL_stmt_dynexecute as { lineno?: number; query?: { PLpgSQL_expr?: { query?: string } } } | undefined;
  if (dyn?.query?.PLpgSQL_expr?.query) {
    const expr = dyn.query.PLpgSQL_expr.query;
    const text = executed(scope.pg, expr, env);
    if (text !== undefined) out.push({ query: text, lineno: dyn.lineno ?? lineno, expr });
    else dynamic.push({ expr, lineInBody: Math.max(1, dyn.lineno ?? lineno) });
    return;
  }
  const loop = (obj.PLpgSQL_stmt_foreach_a ?? obj.PLpgSQL_stmt_fors) as { lineno?: number; body?: unknown } | undefined;
  const passes = loop && loopPasses(scope, obj, env);
  if (loop && passes && passes.length <= MAX_LOOP_PASSES) {
    const seen = new Set<string>();
    const line = loop.lineno ?? lineno;
    for (const pass of passes) {
      const found: Found[] = [];
      const unread: DynamicSql[] = [];
      sqlStatements(scope, loop.body, found, unread, line, pass);
      for (const f of found) if (!seen.has(`${f.lineno} ${f.query}`) && seen.add(`${f.lineno} ${f.query}`)) out.push(f);
      for (const d of unread) if (!seen.has(`${d.lineInBody} ? ${d.expr}`) && seen.add(`${d.lineInBody} ? ${d.expr}`)) dynamic.push(d);
    }
    return;
  }
  for (const key in obj) {
    const value = obj[key] as { lineno?: number } | undefined;
    sqlStatements(scope, value, out, dynamic, typeof value === 'object' && value && typeof value.lineno === 'number' ? value.lineno : lineno, env);
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
  const found: Found[] = [];
  for (const fn of tree.plpgsql_funcs ?? []) {
    const f = (fn as { PLpgSQL_function?: { datums?: Record<string, unknown>[]; action?: unknown } }).PLpgSQL_function;
    const scope = { pg, datums: f?.datums ?? [], action: f?.action };
    sqlStatements(scope, f?.action, found, dynamic, 0, declaredValues(scope));
  }
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
