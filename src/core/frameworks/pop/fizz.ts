// Fizz (`.fizz`): pop's DSL (`create_table("t") { t.Column("c", "string", {"null": true}) }`,
// `add_column`, `drop_column`, `rename_column`, `sql("…")`) read as JavaScript; each call is
// synthesised into Postgres SQL. Fizz columns are NOT NULL unless `{"null": true}`.
import { lineOf, parseCode, type Node } from '../../parsers/tree-sitter';
import { newTranslation, parseErrorHit, sql, type ColumnDef, type DslTranslation } from '../dsl/common';
import { callArgs, jsBool, jsDefault, jsNumber, jsStr, jsStrList, jsString, objectEntries } from '../dsl/js';
import { handlerFor } from '../dispatch';

const FIZZ_TYPES: Record<string, string> = {
  string: 'character varying',
  text: 'text',
  uuid: 'uuid',
  int: 'integer',
  integer: 'integer',
  bigint: 'bigint',
  smallint: 'smallint',
  bool: 'boolean',
  boolean: 'boolean',
  json: 'jsonb',
  jsonb: 'jsonb',
  timestamp: 'timestamp without time zone',
  datetime: 'timestamp without time zone',
  time: 'time without time zone',
  date: 'date',
  blob: 'bytea',
  float: 'numeric',
  decimal: 'numeric',
};

/** `t.Column("c", "string", {"size": 64, "null": true, "default": "x"})`: fizz columns are NOT NULL unless `null: true`. */
function fizzColumn(name: string, type: string | undefined, optsNode: Node | undefined): ColumnDef {
  const opts = objectEntries(optsNode);
  let t = FIZZ_TYPES[(type ?? 'string').toLowerCase()] ?? type ?? 'text';
  const size = jsNumber(opts.get('size'));
  if (t === 'character varying') t = `character varying(${size ?? 255})`;
  const c: ColumnDef = { name, type: t };
  if (jsBool(opts.get('primary'))) c.primaryKey = true;
  else if (jsBool(opts.get('null')) !== true) c.notNull = true;
  const raw = jsStr(opts.get('default_raw'));
  const d = opts.get('default');
  if (raw !== undefined) c.default = raw;
  else if (d && d.type !== 'null') c.default = jsDefault(d);
  return c;
}

/** The call of a statement (`add_column(…)`) with its name, or undefined. */
function topCall(statement: Node): { name: string; args: Node[]; node: Node } | undefined {
  if (statement.type !== 'expression_statement') return undefined;
  const call = statement.namedChildren[0];
  if (call?.type !== 'call_expression') return undefined;
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'identifier') return undefined;
  return { name: fn.text, args: callArgs(call), node: call };
}

/** One top-level fizz call (`add_column("t", "c", "string", {})`) as its handler sees it. */
interface FizzCall {
  a: Node[];
  line: number;
  /** The `{ … }` block after `create_table("t")`. */
  block: Node | undefined;
  /** The first argument: the table for every call but `sql` and `drop_index`. */
  table: string | undefined;
}

type FizzHandler = (r: FizzReader, c: FizzCall) => void;

/** `t.ForeignKey("c", {"t": ["id"]}, {"name": "fk"})` in a create_table block, or `add_foreign_key`'s arguments. */
function foreignKeySql(table: string, col: string, refs: Node | undefined, opts: Node | undefined): string | undefined {
  const [ref] = [...objectEntries(refs)];
  if (!ref) return undefined;
  const name = jsStr(objectEntries(opts).get('name'));
  return sql.addForeignKey(table, [col], ref[0], jsStrList(ref[1]).length ? jsStrList(ref[1]) : ['id'], name ? { name } : {});
}

/** The body of `create_table("t") { t.Column(…) … }`. */
interface TableBody {
  cols: ColumnDef[];
  after: string[];
  timestamps: boolean;
}

/** One `t.<Method>(…)` statement of a create_table block. */
function tableBodyCall(table: string, s: Node, body: TableBody): void {
  const call = s.type === 'expression_statement' ? s.namedChildren[0] : undefined;
  if (call?.type !== 'call_expression') return;
  const fn = call.childForFieldName('function');
  const method = fn?.type === 'member_expression' ? fn.childForFieldName('property')?.text : undefined;
  const args = callArgs(call);
  if (method === 'Column') {
    const col = jsStr(args[0]);
    if (col) body.cols.push(fizzColumn(col, jsStr(args[1]), args[2]));
  } else if (method === 'DisableTimestamps') body.timestamps = false;
  else if (method === 'ForeignKey') {
    const col = jsStr(args[0]);
    const fk = col ? foreignKeySql(table, col, args[1], args[2]) : undefined;
    if (fk) body.after.push(fk);
  } else if (method === 'Index') {
    const cols2 = jsStrList(args[0]);
    const opts = objectEntries(args[1]);
    if (cols2.length)
      body.after.push(
        sql.createIndex(table, cols2, { ...(jsStr(opts.get('name')) ? { name: jsStr(opts.get('name'))! } : {}), unique: jsBool(opts.get('unique')) === true }),
      );
  }
}

const createTable: FizzHandler = (r, { line, block, table }) => {
  if (!table) return;
  const body: TableBody = { cols: [], after: [], timestamps: true };
  for (const s of block?.namedChildren ?? []) tableBodyCall(table, s, body);
  const { cols, after } = body;
  if (!cols.some((c) => c.primaryKey)) cols.unshift({ name: 'id', type: 'serial', primaryKey: true });
  if (body.timestamps)
    for (const c of ['created_at', 'updated_at'])
      if (!cols.some((x) => x.name === c)) cols.push({ name: c, type: 'timestamp without time zone', notNull: true });
  r.emit(line, sql.createTable(table, cols));
  for (const s of after) r.emit(line, s);
};

const dropTable: FizzHandler = (r, { line, table }) => {
  if (table) r.emit(line, sql.dropTable(table));
};

const renameTable: FizzHandler = (r, { a, line, table }) => {
  const to = jsStr(a[1]);
  if (table && to) r.emit(line, sql.renameTable(table, to));
};

const addColumn: FizzHandler = (r, { a, line, table }) => {
  const col = jsStr(a[1]);
  if (table && col) r.emit(line, sql.addColumn(table, fizzColumn(col, jsStr(a[2]), a[3])));
};

/** `change_column` restates the whole column: its type, nullability and default. */
const changeColumn: FizzHandler = (r, { a, line, table }) => {
  const col = jsStr(a[1]);
  if (!table || !col) return;
  const c = fizzColumn(col, jsStr(a[2]), a[3]);
  r.emit(line, sql.changeType(table, col, c.type));
  r.emit(line, c.notNull ? sql.setNotNull(table, col) : sql.dropNotNull(table, col));
  if (c.default !== undefined) r.emit(line, sql.setDefault(table, col, c.default));
};

const dropColumn: FizzHandler = (r, { a, line, table }) => {
  const col = jsStr(a[1]);
  if (table && col) r.emit(line, sql.dropColumn(table, col));
};

const renameColumn: FizzHandler = (r, { a, line, table }) => {
  const from = jsStr(a[1]);
  const to = jsStr(a[2]);
  if (table && from && to) r.emit(line, sql.renameColumn(table, from, to));
};

const addIndex: FizzHandler = (r, { a, line, table }) => {
  const cols = jsStrList(a[1]);
  const opts = objectEntries(a[2]);
  const index = jsStr(opts.get('name'));
  if (table && cols.length) r.emit(line, sql.createIndex(table, cols, { ...(index ? { name: index } : {}), unique: jsBool(opts.get('unique')) === true }));
};

const dropIndex: FizzHandler = (r, { a, line }) => {
  const index = jsStr(a[1]);
  if (index) r.emit(line, sql.dropIndex(index));
};

const addForeignKey: FizzHandler = (r, { a, line, table }) => {
  const col = jsStr(a[1]);
  const fk = table && col ? foreignKeySql(table, col, a[2], a[3]) : undefined;
  if (fk) r.emit(line, fk);
};

const dropForeignKey: FizzHandler = (r, { a, line, table }) => {
  const fk = jsStr(a[1]);
  if (table && fk) r.emit(line, sql.dropConstraint(table, fk));
};

const rawSql: FizzHandler = (r, { a }) => {
  const s = jsString(a[0]);
  if (s) r.t.up.push({ sql: s.text, line: s.line, ...(s.inexact ? { inexact: true } : {}) });
};

/** Fizz calls by name; others emit nothing. */
const FIZZ_CALLS: Readonly<Record<string, FizzHandler>> = {
  create_table: createTable,
  drop_table: dropTable,
  rename_table: renameTable,
  add_column: addColumn,
  change_column: changeColumn,
  alter_column: changeColumn,
  drop_column: dropColumn,
  rename_column: renameColumn,
  add_index: addIndex,
  drop_index: dropIndex,
  add_foreign_key: addForeignKey,
  drop_foreign_key: dropForeignKey,
  sql: rawSql,
};

class FizzReader {
  readonly t = newTranslation(true);

  emit(line: number, text: string): void {
    this.t.up.push({ sql: text, line, synthetic: true });
  }

  read(root: Node): void {
    const statements = root.namedChildren.filter((c) => c.type !== 'comment');
    for (let i = 0; i < statements.length; i++) {
      const call = topCall(statements[i]!);
      if (!call) continue;
      // `create_table("t") { … }`: the block that follows is the table's body.
      const next = statements[i + 1];
      const block = next?.type === 'statement_block' ? next : undefined;
      if (block) i++;
      handlerFor(FIZZ_CALLS, call.name)?.(this, { a: call.args, line: lineOf(call.node), block, table: jsStr(call.args[0]) });
    }
  }
}

/**
 * Fizz files are Plush templates: `<%# … %>` is a template comment, not code. It is blanked (same
 * length, newlines kept, so lines stay where they are) before the file is read as JavaScript.
 */
function blankPlushComments(source: string): string {
  if (!source.includes('<%#')) return source;
  let out = '';
  let at = 0;
  for (let start = source.indexOf('<%#'); start >= 0; start = source.indexOf('<%#', at)) {
    const end = source.indexOf('%>', start + 3);
    const stop = end < 0 ? source.length : end + 2;
    out += source.slice(at, start) + source.slice(start, stop).replace(/[^\n]/g, ' ');
    at = stop;
  }
  return out + source.slice(at);
}

/**
 * A fizz migration as SQL pieces (`up`: what the file runs, in order). Pure apart from parsing;
 * the rollback drill reads a fizz up and its `.down.fizz` through it.
 */
export async function fizzToPieces(source: string): Promise<DslTranslation & { statements: number }> {
  const tree = await parseCode('javascript', blankPlushComments(source));
  try {
    const reader = new FizzReader();
    reader.read(tree.rootNode);
    const statements = tree.rootNode.namedChildren.filter((c) => c.type !== 'comment' && c.type !== 'empty_statement').length;
    // `create_table("t") {` is not JavaScript: the parser inserts a `;` before the block, which is
    // fine; an ERROR node is a real syntax error.
    const [error] = tree.rootNode.descendantsOfType('ERROR');
    if (error) reader.t.hits.push(parseErrorHit(lineOf(error), 'fizz'));
    return { ...reader.t, statements };
  } finally {
    tree.delete();
  }
}
