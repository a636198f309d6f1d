// Django's schema operations (`migrations.AddField(…)`, `RunSQL`, `RunPython`…), each synthesised
// into Postgres SQL; the ones Django cannot reverse by itself are flagged.
import { ident, sql, type ColumnDef, type DslPiece } from '../dsl/common';
import { arg, lastName, pyArgs, pyStr, pyStrList } from '../dsl/python';
import { dictStr, items, resolveOperations, tablelessOptions } from './migration-tree';
import type { Field } from './fields';
import { readRunPython } from './run-python';
import type { DjangoReader, OperationHandler } from './reader';

const ID_ONLY: ColumnDef[] = [{ name: 'id', type: 'bigserial', primaryKey: true }];

const createModel: OperationHandler = (r, { a, line, model }) => {
  if (!model) return;
  const opts = a.keywords.get('options') ?? a.positional[2];
  if (tablelessOptions(opts)) {
    r.tableless.add(model.toLowerCase());
    return;
  }
  const dbTable = opts?.type === 'dictionary' ? dictStr(opts, 'db_table') : undefined;
  if (dbTable) r.setTable(model, dbTable);
  const t = r.table(model)!;
  const cols: ColumnDef[] = [];
  const after: string[] = [];
  const fields = arg(a, 1, 'fields');
  for (const tup of fields?.namedChildren ?? []) {
    if (tup.type !== 'tuple') continue;
    const [n, f] = items(tup);
    const fname = pyStr(n);
    if (!fname) continue;
    const fd = r.field(fname, f);
    if (!fd || fd.noColumn) continue;
    if (fd.m2m) {
      after.push(sql.createTable(`${t}_${fname}`, ID_ONLY));
      continue;
    }
    cols.push(fd.column);
    if (fd.fk) after.push(sql.addForeignKey(t, [fd.column.name], fd.fk, ['id']));
    if (fd.index) after.push(sql.createIndex(t, [fd.column.name]));
  }
  r.emit(line, sql.createTable(t, cols.length ? cols : ID_ONLY));
  for (const s of after) r.emit(line, s);
};

const deleteModel: OperationHandler = (r, { line, table, model, at }) => {
  if (!table || !model || r.tableless.has(model.toLowerCase())) return;
  r.emit(line, sql.dropTable(table));
  // Settled against the earlier migrations (django/history.ts): a proxy or unmanaged model drops nothing.
  r.deletedModels.push({ piece: r.t.up[r.t.up.length - 1]!, at, model: model.toLowerCase() });
};

const renameModel: OperationHandler = (r, { a, line }) => {
  const to = pyStr(arg(a, 1, 'new_name'));
  const from = pyStr(arg(a, 0, 'old_name'));
  const old = r.table(from);
  if (old && to) {
    const next = `${r.app}_${to.toLowerCase()}`;
    r.emit(line, sql.renameTable(old, next));
  }
};

const alterModelTable: OperationHandler = (r, { a, line, model, table }) => {
  // `table=None` takes the model back to Django's own name for it, `<app>_<model>` (netbox).
  const named = arg(a, 1, 'table');
  const to = named?.type === 'none' && model ? `${r.app}_${model.toLowerCase()}` : pyStr(named);
  if (table && to && to !== table) {
    r.emit(line, sql.renameTable(table, to));
    r.setTable(model!, to);
  }
};

/**
 * A GeneratedField's column as Django adds it. Stored: `GENERATED ALWAYS AS (…) STORED`, which
 * computes every existing row (a table rewrite); its expression is Django's ORM, not SQL, and the
 * checks need only that it is there (`NULL` stands for it). Virtual: computed when read, a plain
 * nullable column as far as existing rows go.
 */
function addGeneratedColumn(table: string, fd: Field): string {
  const { name, type, notNull } = fd.column;
  if (fd.generated === 'virtual') return sql.addColumn(table, { name, type });
  return `ALTER TABLE ${ident(table)} ADD COLUMN ${ident(name)} ${type}${notNull ? ' NOT NULL' : ''} GENERATED ALWAYS AS (NULL) STORED;`;
}

const addField: OperationHandler = (r, { a, line, table }) => {
  const fname = pyStr(arg(a, 1, 'name'));
  if (!table || !fname) return;
  const fd = r.field(fname, arg(a, 2, 'field'));
  if (!fd || fd.noColumn) return;
  if (fd.m2m) {
    r.emit(line, sql.createTable(`${table}_${fname}`, ID_ONLY));
    return;
  }
  if (fd.generated) r.emit(line, addGeneratedColumn(table, fd));
  else if (fd.fill) {
    // Django adds the column with the field's effective default to fill the existing rows, then
    // drops the default (base/schema.py `add_field`): a NOT NULL column ends without one.
    r.emit(line, sql.addColumn(table, { ...fd.column, default: fd.fill.sql }));
    r.emit(line, sql.dropDefault(table, fd.column.name));
    if (fd.column.notNull) r.filled.push({ line, table, column: fd.column.name, how: fd.fill.how });
  } else r.emit(line, sql.addColumn(table, fd.column));
  if (fd.index) r.emit(line, sql.createIndex(table, [fd.column.name]));
  if (fd.fk) r.emit(line, sql.addForeignKey(table, [fd.column.name], fd.fk, ['id']));
};

const removeField: OperationHandler = (r, { a, line, at, model, table }) => {
  const fname = pyStr(arg(a, 1, 'name'));
  if (!table || !fname) return;
  r.emit(line, sql.dropColumn(table, fname));
  r.fieldNames.push({ piece: r.t.up[r.t.up.length - 1]!, at, table, model: model!, name: fname });
};

const renameField: OperationHandler = (r, { a, line, at, model, table }) => {
  const from = pyStr(arg(a, 1, 'old_name'));
  const to = pyStr(arg(a, 2, 'new_name'));
  if (!table || !from || !to) return;
  r.emit(line, sql.renameColumn(table, from, to));
  r.fieldNames.push({ piece: r.t.up[r.t.up.length - 1]!, at, table, model: model!, name: from, to });
};

const alterField: OperationHandler = (r, { a, line, at, model, table }) => {
  const fname = pyStr(arg(a, 1, 'name'));
  if (!table || !fname) return;
  const fd = r.field(fname, arg(a, 2, 'field'));
  if (!fd || fd.m2m || fd.noColumn) return;
  // AlterField restates the whole field (a help_text change looks the same as a type change):
  // the type change is synthesised here, and `settleAlterFields` compares with the field's
  // previous state from earlier migrations when they can be read.
  const piece: DslPiece = { sql: sql.changeType(table, fd.column.name, fd.column.type), line, synthetic: true };
  r.t.up.push(piece);
  r.alterFields.push({ piece, at, table, model: model!, name: fname, field: fd });
};

/**
 * `AlterOrderWithRespectTo`: Django adds an `_order` integer column, NOT NULL, filling the rows with
 * 0 (a default it then drops), or removes it when `order_with_respect_to` becomes None.
 */
const alterOrderWithRespectTo: OperationHandler = (r, { a, line, table }) => {
  const to = arg(a, 1, 'order_with_respect_to');
  if (!table || !to) return;
  if (to.type === 'none') {
    r.emit(line, sql.dropColumn(table, '_order'));
    return;
  }
  r.emit(line, sql.addColumn(table, { name: '_order', type: 'integer', notNull: true, default: '0' }));
  r.emit(line, sql.dropDefault(table, '_order'));
};

const addIndex: OperationHandler = (r, { name, a, line, table }) => {
  const idx = arg(a, 1, 'index');
  if (!table || idx?.type !== 'call') return;
  const ia = pyArgs(idx);
  const cols = pyStrList(ia.keywords.get('fields')).map((c) => c.replace(/^-/, ''));
  const exprCols = ia.positional.length ? ['(expression)'] : [];
  const iname = pyStr(ia.keywords.get('name'));
  const all = cols.length ? cols : exprCols.length ? ['id'] : [];
  if (!all.length) return;
  r.emit(line, sql.createIndex(table, all, { ...(iname ? { name: iname } : {}), concurrently: name === 'AddIndexConcurrently' }));
};

const removeIndex: OperationHandler = (r, { name, a, line }) => {
  const iname = pyStr(arg(a, 1, 'name'));
  if (iname) r.emit(line, sql.dropIndex(iname, { concurrently: name === 'RemoveIndexConcurrently' }));
};

const addConstraint: OperationHandler = (r, { a, line, table }) => {
  const c = arg(a, 1, 'constraint');
  if (!table || c?.type !== 'call') return;
  const cfn = c.childForFieldName('function');
  const kind = cfn ? lastName(cfn) : '';
  const ca = pyArgs(c);
  const cname = pyStr(ca.keywords.get('name'));
  if (kind === 'UniqueConstraint') {
    const cols = pyStrList(ca.keywords.get('fields'));
    if (cols.length) r.emit(line, sql.addUnique(table, cols, cname));
    // On expressions (`UniqueConstraint(Lower("name"), name=…)`, netbox) Django builds a unique
    // index on them, as it runs it (not concurrently); `id` stands for the expressions.
    else if (ca.positional.length) r.emit(line, sql.createIndex(table, ['id'], { ...(cname ? { name: cname } : {}), unique: true }));
  } else if (kind === 'CheckConstraint') {
    r.emit(line, sql.addCheck(table, 'true', cname));
  }
};

const removeConstraint: OperationHandler = (r, { a, line, table }) => {
  const cname = pyStr(arg(a, 1, 'name'));
  if (table && cname) r.emit(line, sql.dropConstraint(table, cname));
};

/** `AlterUniqueTogether` / `AlterIndexTogether`: a constraint or an index per group of fields, as Django runs them (not concurrently). */
const together =
  (keyword: string, build: (table: string, cols: string[]) => string): OperationHandler =>
  (r, { a, line, table }) => {
    const v = arg(a, 1, keyword);
    if (!table || !v) return;
    const groups = v.namedChildren.some((c) => c.type === 'tuple' || c.type === 'list') ? v.namedChildren : [v];
    for (const g of groups) {
      const cols = pyStrList(g);
      if (cols.length) r.emit(line, build(table, cols));
    }
  };
const alterUniqueTogether = together('unique_together', (t, cols) => sql.addUnique(t, cols));
const alterIndexTogether = together('index_together', (t, cols) => sql.createIndex(t, cols));

const runSql: OperationHandler = (r, { a, line }) => {
  r.runSql(arg(a, 0, 'sql'));
  const rev = arg(a, 1, 'reverse_sql');
  if (!rev || rev.type === 'none')
    r.irreversible(line, '`RunSQL` without `reverse_sql` cannot be reversed: add `reverse_sql` (or `migrations.RunSQL.noop` if nothing needs undoing).');
};

const runPython: OperationHandler = (r, { a, line }) => {
  r.t.changesData = true;
  readRunPython(r, arg(a, 0, 'code'), line);
  const rev = arg(a, 1, 'reverse_code');
  if (!rev || rev.type === 'none')
    r.irreversible(line, '`RunPython` without `reverse_code` cannot be reversed: add `reverse_code` (or `migrations.RunPython.noop`).');
};

const separateDatabaseAndState: OperationHandler = (r: DjangoReader, { a }) => {
  // Only the database operations touch the database; they may be a class attribute or a module-level list.
  const ops = resolveOperations(arg(a, 0, 'database_operations'), r.scope);
  if (ops) r.operationList(ops);
};

/** Operations by name (`migrations.AddField` and a bare `AddField` alike); others touch no schema. */
export const OPERATIONS: Readonly<Record<string, OperationHandler>> = {
  CreateModel: createModel,
  DeleteModel: deleteModel,
  RenameModel: renameModel,
  AlterModelTable: alterModelTable,
  AddField: addField,
  RemoveField: removeField,
  RenameField: renameField,
  AlterField: alterField,
  AlterOrderWithRespectTo: alterOrderWithRespectTo,
  AddIndex: addIndex,
  AddIndexConcurrently: addIndex,
  RemoveIndex: removeIndex,
  RemoveIndexConcurrently: removeIndex,
  AddConstraint: addConstraint,
  RemoveConstraint: removeConstraint,
  AlterUniqueTogether: alterUniqueTogether,
  AlterIndexTogether: alterIndexTogether,
  RunSQL: runSql,
  RunPython: runPython,
  SeparateDatabaseAndState: separateDatabaseAndState,
};
