// Small readers over the libpg-query AST (a JSON tree whose nodes are one-key objects).
import type { Node, RangeVar, TypeName, ColumnDef, Constraint, InsertStmt, SelectStmt } from 'libpg-query';

/** The unqualified, parser-normalised name of a relation (`public.Users` → `users`). */
export const relKey = (rv: RangeVar | undefined): string => rv?.relname ?? '';

/**
 * How a relation is named in messages: `"users"`; one in a schema as it is written, `eligibility.member`
 * (quoted whole it would read as one name with a dot in it).
 */
export const relLabel = (rv: RangeVar | undefined): string => {
  if (!rv?.schemaname) return quote(rv?.relname ?? '?');
  const name = `${rv.schemaname}.${rv.relname ?? ''}`;
  return name.includes('__interp__') ? quote(name) : name;
};

/**
 * A name for messages, quoted; a part a DSL reader could not know (an f-string's `{table}`, a
 * Ruby `#{…}`: `__interp__` in the SQL it rebuilt) is said to be set at run time.
 */
export const quote = (name: string): string => (name.includes('__interp__') ? `"${name.split('__interp__').join('…')}" (named at run time)` : `"${name}"`);

/** `String` items of a List (or a bare String node) joined with dots. */
export function nameOf(node: Node | undefined): string {
  if (!node) return '?';
  if ('String' in node) return node.String.sval ?? '';
  if ('List' in node) return (node.List.items ?? []).map(nameOf).join('.');
  return '?';
}

/**
 * A dropped object's name (a DropStmt's List of parts, or one String) named in messages as relations
 * are (`relLabel`): `"users"`, or in a schema `public.users`, never `"public.users"` as one name.
 */
export function objectLabel(node: Node | undefined): string {
  const parts = node && 'List' in node ? (node.List.items ?? []).map(nameOf) : [nameOf(node)];
  const relname = parts.pop();
  return relLabel({ relname, schemaname: parts.length ? parts.join('.') : undefined });
}

/** Last component of a qualified name: the key under which objects are tracked. */
export const lastPart = (qualified: string): string => qualified.slice(qualified.lastIndexOf('.') + 1);

/** The type's own name without the implicit `pg_catalog` schema. */
export function typeBaseName(tn: TypeName | undefined): string {
  const names = (tn?.names ?? []).map(nameOf);
  return names[names.length - 1] ?? '';
}

/** Integer type modifiers (`varchar(20)` → [20], `numeric(10,2)` → [10, 2]); undefined if absent. */
export function typeMods(tn: TypeName | undefined): number[] | undefined {
  if (!tn?.typmods?.length) return undefined;
  return tn.typmods.map((m) => ('A_Const' in m ? (m.A_Const.ival?.ival ?? 0) : Number.NaN));
}

/** The SQL spelling of Postgres's internal type names, for messages (a Map: a type may be named `constructor`). */
const SQL_TYPE_NAMES: ReadonlyMap<string, string> = new Map([
  ['int2', 'smallint'],
  ['int4', 'integer'],
  ['int8', 'bigint'],
  ['float4', 'real'],
  ['float8', 'double precision'],
  ['bool', 'boolean'],
  ['bpchar', 'char'],
  ['timestamptz', 'timestamptz'],
]);

/**
 * A MySQL `enum('a','b')` or `set(…)` as Postgres's grammar reads it in a CREATE TABLE (a type
 * named enum with string modifiers), spelled as MySQL writes it; undefined for other types.
 */
export function enumSpelling(tn: TypeName | undefined): string | undefined {
  const base = typeBaseName(tn).toLowerCase();
  if ((base !== 'enum' && base !== 'set') || !tn?.typmods?.length) return undefined;
  const values: string[] = [];
  for (const m of tn.typmods) {
    const sval = 'A_Const' in m ? m.A_Const.sval?.sval : undefined;
    if (sval === undefined) return undefined;
    values.push(`'${sval.replace(/'/g, "''")}'`);
  }
  return `${base}(${values.join(',')})`;
}

/** A readable type, for messages: `varchar(20)`, `text`, `numeric(10,2)`, `integer`. */
export function typeLabel(tn: TypeName | undefined): string {
  const spelled = enumSpelling(tn);
  if (spelled) return spelled;
  const mods = typeMods(tn);
  const raw = typeBaseName(tn);
  const base = SQL_TYPE_NAMES.get(raw) ?? raw;
  // `text[]`: an array of the type, as written.
  const array = '[]'.repeat(tn?.arrayBounds?.length ?? 0);
  return (mods ? `${base}(${mods.join(',')})` : base) + array;
}

export function constraintsOf(col: ColumnDef | undefined): Constraint[] {
  const out: Constraint[] = [];
  for (const c of col?.constraints ?? []) if ('Constraint' in c) out.push(c.Constraint);
  return out;
}

/** Names of every function called anywhere inside an expression tree (lower case, unqualified). */
export function calledFunctions(tree: unknown, out: string[] = []): string[] {
  if (Array.isArray(tree)) {
    for (const item of tree) calledFunctions(item, out);
  } else if (tree !== null && typeof tree === 'object') {
    const obj = tree as Record<string, unknown>;
    const call = obj.FuncCall as { funcname?: Node[] } | undefined;
    if (call?.funcname) out.push(lastPart(call.funcname.map(nameOf).join('.')).toLowerCase());
    for (const key in obj) calledFunctions(obj[key], out);
  }
  return out;
}

/** The columns an expression tree names (the last part of each column reference), in order met. */
export function referencedColumns(tree: unknown, out: string[] = []): string[] {
  if (Array.isArray(tree)) {
    for (const item of tree) referencedColumns(item, out);
  } else if (tree !== null && typeof tree === 'object') {
    const obj = tree as Record<string, unknown>;
    const ref = obj.ColumnRef as { fields?: Node[] } | undefined;
    const last = ref?.fields?.[ref.fields.length - 1];
    if (last && 'String' in last && last.String.sval) out.push(last.String.sval);
    for (const key in obj) referencedColumns(obj[key], out);
  }
  return out;
}

/** True when an expression tree reads from a table (a RangeVar anywhere inside it). */
export function readsTable(tree: unknown): boolean {
  if (Array.isArray(tree)) return tree.some(readsTable);
  if (tree !== null && typeof tree === 'object') {
    const obj = tree as Record<string, unknown>;
    if ('RangeVar' in obj) return true;
    for (const key in obj) if (readsTable(obj[key])) return true;
  }
  return false;
}

/** `DefElem` option names of a statement (`VACUUM (FULL)`, `REINDEX (CONCURRENTLY)`). */
export function optionNames(options: Node[] | undefined): string[] {
  const out: string[] = [];
  for (const o of options ?? []) if ('DefElem' in o && o.DefElem.defname) out.push(o.DefElem.defname.toLowerCase());
  return out;
}

/**
 * The SELECT of an `INSERT … SELECT`, and the one table it reads its rows from (`source`: none when
 * it reads from several, a join or a subquery, or none at all, as `INSERT … VALUES`).
 */
export function insertSelect(insert: InsertStmt): { select?: SelectStmt; source?: RangeVar } {
  const select = insert.selectStmt && 'SelectStmt' in insert.selectStmt ? insert.selectStmt.SelectStmt : undefined;
  const from = select?.fromClause?.length === 1 ? select.fromClause[0] : undefined;
  return from && 'RangeVar' in from ? { select, source: from.RangeVar } : { select };
}

/** The statements of a statement's WITH clause (`WITH d AS (DELETE … RETURNING *) INSERT …`: the DELETE). */
export function cteQueries(stmt: Node): Node[] {
  const body = Object.values(stmt)[0] as { withClause?: { ctes?: Node[] } } | undefined;
  const out: Node[] = [];
  for (const cte of body?.withClause?.ctes ?? []) if ('CommonTableExpr' in cte && cte.CommonTableExpr.ctequery) out.push(cte.CommonTableExpr.ctequery);
  return out;
}
