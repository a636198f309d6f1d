// Alembic's `op.*` operations (and `batch_op.*` inside `with op.batch_alter_table(...)`, whose
// table argument is implicit), each synthesised into Postgres SQL.
import type { Node } from '../../parsers/tree-sitter';
import { sql } from '../dsl/common';
import { arg, lastName, pyArgs, pyBool, pyDefault, pyStr, pyStrList, type PyArgs } from '../dsl/python';
import { columnFrom, knownSaType, referencedTable, saType, type SaColumn } from './columns';

/** Where an operation's SQL goes (the reader). */
export interface OpSink {
  emit(line: number, text: string): void;
  markDataChange(): void;
  /** What the migration says a column was before it (`existing_type=`, `existing_nullable=`). */
  knownBefore(table: string, column: string, before: { type?: string; nullable?: boolean }): void;
  /** A part of the migration that was not read, and why (a `not-analysed` notice on its line). */
  notAnalysed(line: number, message: string): void;
}

/** One `op.<name>(…)` / `batch_op.<name>(…)` call. */
export interface OpCall {
  a: PyArgs;
  line: number;
  /** The table of `with op.batch_alter_table(t) as batch_op`, when called on `batch_op`. */
  batchTable: string | undefined;
  /** With batch_op the table argument is implicit: positions after it shift by one. */
  shift: number;
}

export type OpHandler = (r: OpSink, c: OpCall) => void;

/**
 * A table in the schema the call names (`schema="events"`, `source_schema=`…): `events.tokens`, so
 * indico's `users.tokens` and `oauth.tokens` are two tables, as in the SQL beside them.
 */
export function inSchema(table: string | undefined, a: PyArgs, kw = 'schema'): string | undefined {
  const schema = pyStr(a.keywords.get(kw));
  return table && schema ? `${schema}.${table}` : table;
}

const tableAt = ({ a, batchTable }: OpCall, i: number, kw: string): string | undefined => batchTable ?? inSchema(pyStr(arg(a, i, kw)), a);
const at = ({ a, shift }: OpCall, i: number, kw: string): Node | undefined => arg(a, i + shift, kw);

/** A `sa.ForeignKeyConstraint(['a'], ['t.id'])` among create_table's arguments. */
function foreignKeyConstraint(table: string, p: Node): string | undefined {
  const callee = p.type === 'call' ? p.childForFieldName('function') : null;
  if (!callee || lastName(callee) !== 'ForeignKeyConstraint') return undefined;
  const fa = pyArgs(p);
  const local = pyStrList(fa.positional[0]);
  const remote = pyStrList(fa.positional[1]);
  const ref = remote[0] === undefined ? undefined : referencedTable(remote[0]);
  return local.length && ref
    ? sql.addForeignKey(
        table,
        local,
        ref,
        remote.map((r) => r.split('.').pop() ?? 'id'),
      )
    : undefined;
}

/** The column names of a `sa.PrimaryKeyConstraint("id", name=…)` among create_table's arguments. */
function primaryKeyConstraint(p: Node): string[] | undefined {
  const callee = p.type === 'call' ? p.childForFieldName('function') : null;
  if (!callee || lastName(callee) !== 'PrimaryKeyConstraint') return undefined;
  const names = pyArgs(p).positional.map((n) => pyStr(n));
  return names.every((n) => n !== undefined) ? (names as string[]) : undefined;
}

const createTable: OpHandler = (r, { a, line }) => {
  const table = inSchema(pyStr(arg(a, 0, 'table_name')), a);
  if (!table) return;
  const cols: SaColumn[] = [];
  const after: string[] = [];
  let primary: string[] | undefined;
  for (const p of a.positional.slice(1)) {
    const c = columnFrom(p);
    if (c) {
      cols.push(c);
      if (c.fk) after.push(sql.addForeignKey(table, [c.name], c.fk, ['id']));
      continue;
    }
    primary ??= primaryKeyConstraint(p);
    const fk = foreignKeyConstraint(table, p);
    if (fk) after.push(fk);
  }
  // `sa.PrimaryKeyConstraint("id")` beside `sa.Column("id", sa.Integer(), nullable=False)`, the
  // shape autogenerate writes: a lone integer key is SQLAlchemy's autoincrement column (SERIAL on
  // Postgres, AUTO_INCREMENT on MySQL), read as `primary_key=True` on the column is.
  const lone = primary?.length === 1 ? cols.find((c) => c.name === primary![0]) : undefined;
  if (lone?.autoincrementable && !cols.some((c) => c.primaryKey)) lone.primaryKey = true;
  r.emit(line, sql.createTable(table, cols.length ? cols : [{ name: 'id', type: 'serial', primaryKey: true }]));
  for (const s of after) r.emit(line, s);
};

const dropTable: OpHandler = (r, { a, line }) => {
  const table = inSchema(pyStr(arg(a, 0, 'table_name')), a);
  if (table) r.emit(line, sql.dropTable(table));
};

const renameTable: OpHandler = (r, { a, line }) => {
  const from = inSchema(pyStr(arg(a, 0, 'old_table_name')), a);
  // RENAME TO takes a bare name: the table stays in its schema.
  const to = pyStr(arg(a, 1, 'new_table_name'));
  if (from && to) r.emit(line, sql.renameTable(from, to));
};

const addColumn: OpHandler = (r, c) => {
  const table = tableAt(c, 0, 'table_name');
  const col = columnFrom(at(c, 1, 'column'));
  if (table && col) {
    r.emit(c.line, sql.addColumn(table, col));
    if (col.fk) r.emit(c.line, sql.addForeignKey(table, [col.name], col.fk, ['id']));
  }
};

const dropColumn: OpHandler = (r, c) => {
  const table = tableAt(c, 0, 'table_name');
  const col = pyStr(at(c, 1, 'column_name'));
  if (table && col) r.emit(c.line, sql.dropColumn(table, col));
};

const alterColumn: OpHandler = (r, c) => {
  const { a, line } = c;
  const table = tableAt(c, 0, 'table_name');
  const col = pyStr(at(c, 1, 'column_name'));
  if (!table || !col) return;
  let type = a.keywords.get('type_');
  if (type && !knownSaType(type)) {
    // A project's own type (prefect's `Timestamp(timezone=True)`): what it is in the database is
    // not known here, so neither is whether the column changes. Said, not guessed as text.
    r.notAnalysed(
      line,
      `\`type_=${type.text.replace(/\s+/g, ' ')}\` is a type rollback-ready does not know, so whether this changes the column's type was not judged: review it by hand.`,
    );
    type = undefined;
  }
  if (type) r.emit(line, sql.changeType(table, col, saType(type)));
  const nullable = pyBool(a.keywords.get('nullable'));
  // Autogenerate writes the column's state before the change beside it: the old type judges a
  // type change (a widening, the same type), the old nullability a restated one.
  const existingType = a.keywords.get('existing_type');
  const existingNullable = pyBool(a.keywords.get('existing_nullable'));
  if (type && existingType) r.knownBefore(table, col, { type: saType(existingType) });
  if (nullable !== undefined && existingNullable !== undefined) r.knownBefore(table, col, { nullable: existingNullable });
  if (nullable === false) r.emit(line, sql.setNotNull(table, col));
  if (nullable === true) r.emit(line, sql.dropNotNull(table, col));
  const sd = a.keywords.get('server_default');
  if (sd) r.emit(line, sd.type === 'none' || pyBool(sd) === false ? sql.dropDefault(table, col) : sql.setDefault(table, col, pyDefault(sd)));
  const rename = pyStr(a.keywords.get('new_column_name'));
  if (rename) r.emit(line, sql.renameColumn(table, col, rename));
};

const createIndex: OpHandler = (r, { a, line, batchTable }) => {
  const iname = pyStr(arg(a, 0, 'index_name'));
  const table = batchTable ?? inSchema(pyStr(arg(a, 1, 'table_name')), a);
  const cols = pyStrList(batchTable ? arg(a, 1, 'columns') : arg(a, 2, 'columns'));
  if (!table || !cols.length) return;
  r.emit(
    line,
    sql.createIndex(table, cols, {
      ...(iname ? { name: iname } : {}),
      unique: pyBool(a.keywords.get('unique')) === true,
      concurrently: pyBool(a.keywords.get('postgresql_concurrently')) === true,
    }),
  );
};

const dropIndex: OpHandler = (r, { a, line }) => {
  const iname = inSchema(pyStr(arg(a, 0, 'index_name')), a);
  if (iname) r.emit(line, sql.dropIndex(iname, { concurrently: pyBool(a.keywords.get('postgresql_concurrently')) === true }));
};

const createForeignKey: OpHandler = (r, { a, line, batchTable, shift }) => {
  const cname = pyStr(arg(a, 0, 'constraint_name'));
  const src = batchTable ?? inSchema(pyStr(arg(a, 1, 'source_table')), a, 'source_schema');
  const ref = inSchema(pyStr(arg(a, 2 + shift, 'referent_table')), a, 'referent_schema');
  const local = pyStrList(arg(a, 3 + shift, 'local_cols'));
  const remote = pyStrList(arg(a, 4 + shift, 'remote_cols'));
  if (src && ref && local.length) {
    const notValid = pyBool(a.keywords.get('postgresql_not_valid')) === true;
    r.emit(line, sql.addForeignKey(src, local, ref, remote.length ? remote : ['id'], { ...(cname ? { name: cname } : {}), notValid }));
  }
};

const createUniqueConstraint: OpHandler = (r, { a, line, batchTable, shift }) => {
  const cname = pyStr(arg(a, 0, 'constraint_name'));
  const table = batchTable ?? inSchema(pyStr(arg(a, 1, 'table_name')), a);
  const cols = pyStrList(arg(a, 2 + shift, 'columns'));
  if (table && cols.length) r.emit(line, sql.addUnique(table, cols, cname));
};

const createCheckConstraint: OpHandler = (r, { a, line, batchTable, shift }) => {
  const cname = pyStr(arg(a, 0, 'constraint_name'));
  const table = batchTable ?? inSchema(pyStr(arg(a, 1, 'table_name')), a);
  const cond = pyStr(arg(a, 2 + shift, 'condition'));
  if (table) r.emit(line, sql.addCheck(table, cond ?? 'true', cname, pyBool(a.keywords.get('postgresql_not_valid')) === true));
};

const createPrimaryKey: OpHandler = (r, { a, line, batchTable, shift }) => {
  const cname = pyStr(arg(a, 0, 'constraint_name'));
  const table = batchTable ?? inSchema(pyStr(arg(a, 1, 'table_name')), a);
  const cols = pyStrList(arg(a, 2 + shift, 'columns'));
  if (table && cols.length) r.emit(line, sql.addPrimaryKey(table, cols, cname));
};

const dropConstraint: OpHandler = (r, { a, line, batchTable }) => {
  const cname = pyStr(arg(a, 0, 'constraint_name'));
  const table = batchTable ?? inSchema(pyStr(arg(a, 1, 'table_name')), a);
  if (table && cname) r.emit(line, sql.dropConstraint(table, cname));
};

const bulkInsert: OpHandler = (r) => r.markDataChange();

/** Alembic operations by name; others (op.get_bind…) emit nothing. */
export const OPERATIONS: Readonly<Record<string, OpHandler>> = {
  create_table: createTable,
  drop_table: dropTable,
  rename_table: renameTable,
  add_column: addColumn,
  drop_column: dropColumn,
  alter_column: alterColumn,
  create_index: createIndex,
  drop_index: dropIndex,
  create_foreign_key: createForeignKey,
  create_unique_constraint: createUniqueConstraint,
  create_check_constraint: createCheckConstraint,
  create_primary_key: createPrimaryKey,
  drop_constraint: dropConstraint,
  bulk_insert: bulkInsert,
};
