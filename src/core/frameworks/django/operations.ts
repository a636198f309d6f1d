// Django's schema operations (`migrations.AddField(…)`, `RunSQL`, `RunPython`…), each synthesised
// into Postgres SQL; the ones Django cannot reverse by itself are flagged.
import { ident, sql, type ColumnDef, type DslPiece } from '../dsl/common';
import { arg, lastName, pyArgs, pyStr, pyStrList } from '../dsl/python';
import { dictStr, resolveOperations, tablelessOptions } from './migration-tree';
import type { Field } from './fields';
import type { DjangoReader, OperationHandler } from './reader';
import type { Node } from '../../parsers/tree-sitter';

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
    const [n, f] = tup.namedChildren;
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
  const to = pyStr(arg(a, 1, 'table'));
  if (table && to) {
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
  r.emit(line, fd.generated ? addGeneratedColumn(table, fd) : sql.addColumn(table, fd.column));
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

/**
 * The model a queryset expression starts from (`Order.objects.filter(…)`: `Order`), with whether it is
 * filtered; undefined when it is not one. A name bound to a queryset (`q = Order.objects.filter(…)`;
 * `q.update(…)`) is followed to the expression `boundTo` says it holds there.
 */
function managerChain(node: Node | null | undefined, boundTo?: (name: Node) => Node | undefined): { model: string; filtered: boolean } | undefined {
  let filtered = false;
  let managed = false;
  let n = node;
  for (let hops = 0; hops < 64; hops++) {
    const attr: Node | null | undefined = n?.type === 'call' ? n.childForFieldName('function') : n;
    if (attr?.type !== 'attribute') {
      const bound = !managed && n?.type === 'identifier' ? boundTo?.(n) : undefined;
      if (!bound) break;
      n = bound;
      continue;
    }
    const name = lastName(attr);
    if (name === 'objects' || name === '_default_manager' || name === '_base_manager') managed = true;
    if (/^(filter|exclude|get|in_bulk)$/.test(name)) filtered = true;
    n = attr.childForFieldName('object');
  }
  return managed && n?.type === 'identifier' ? { model: n.text, filtered } : undefined;
}

/**
 * What a name holds where it is used in a function body: the value of its nearest assignment
 * before the use (`q = Ping.objects.filter(start=True)` … `q.update(…)`; a later `q = …` rebinds it).
 */
function bindings(body: Node): (name: Node) => Node | undefined {
  const byName = new Map<string, Node[]>();
  for (const asg of body.descendantsOfType('assignment')) {
    const left = asg.childForFieldName('left');
    const right = asg.childForFieldName('right');
    if (left?.type !== 'identifier' || !right) continue;
    const list = byName.get(left.text) ?? [];
    list.push(asg);
    byName.set(left.text, list);
  }
  return (name) => {
    const before = (byName.get(name.text) ?? []).filter((asg) => asg.endIndex <= name.startIndex);
    return before.at(-1)?.childForFieldName('right') ?? undefined;
  };
}

/** Manager methods that rewrite or remove the rows of a queryset. */
const ORM_WRITES: Record<string, 'update' | 'delete'> = { update: 'update', delete: 'delete', bulk_update: 'update' };

/**
 * The writes a RunPython function makes through the ORM (`Order.objects.filter(…).update(…)`,
 * `.delete()`, `bulk_update`, a loop over a queryset that saves or deletes its records), as the
 * SQL they run on the model's table (`Order = apps.get_model("shop", "Order")`: shop_order),
 * reported on the RunPython line. Other code (raw cursors, helpers it calls) still marks the
 * migration as changing data.
 */
function ormWrites(r: DjangoReader, fn: Node | undefined, line: number): void {
  if (fn?.type !== 'identifier') return;
  let root: Node = fn;
  while (root.parent) root = root.parent;
  const def = root.descendantsOfType('function_definition').find((d) => d.childForFieldName('name')?.text === fn.text);
  const body = def?.childForFieldName('body');
  if (!body) return;
  // Model names bound in the function to their tables: `Order = apps.get_model("shop", "Order")`
  // (this app's: its db_table if the migrations set one), `apps.get_model("django_celery_beat.PeriodicTask")`.
  const models = new Map<string, string>();
  for (const asg of body.descendantsOfType('assignment')) {
    const left = asg.childForFieldName('left');
    const right = asg.childForFieldName('right');
    const fnName = right?.type === 'call' ? right.childForFieldName('function') : undefined;
    if (left?.type !== 'identifier' || !fnName || lastName(fnName) !== 'get_model') continue;
    const args = pyArgs(right!).positional.map((x) => pyStr(x));
    const [label, model] = args.length >= 2 ? [args[0], args[1]] : (args[0]?.split('.') ?? []);
    if (!label || !model) continue;
    const table = label === r.app ? r.table(model) : `${label}_${model.toLowerCase()}`;
    if (table) models.set(left.text, table);
  }
  // A model class used without `apps.get_model` (imported from an app's models, or this app's): its
  // table by Django's convention, `<app label>_<model>` (the label is the last part of the app's
  // package: `from saleor.order.models import Order` → order_order). A lower-case name (a loop's
  // `model`) is not a class: named as written.
  const imported = modelImports(root);
  const tableOf = (name: string): string => {
    const bound = models.get(name);
    if (bound) return bound;
    if (!/^[A-Z]/.test(name)) return name;
    const { label, model } = imported.get(name) ?? { label: r.app, model: name };
    return label === r.app ? (r.table(model) ?? model) : `${label}_${model.toLowerCase()}`;
  };
  const boundTo = bindings(body);
  // Record by record: `for order in Order.objects.filter(…): …; order.save()` (or `.delete()`).
  for (const loop of body.descendantsOfType('for_statement')) {
    const variable = loop.childForFieldName('left');
    const chain = managerChain(loop.childForFieldName('right'), boundTo);
    if (variable?.type !== 'identifier' || !chain) continue;
    let kind: 'update' | 'delete' | undefined;
    for (const call of loop.childForFieldName('body')?.descendantsOfType('call') ?? []) {
      const f = call.childForFieldName('function');
      if (f?.type !== 'attribute' || f.childForFieldName('object')?.text !== variable.text) continue;
      if (lastName(f) === 'delete') kind = 'delete';
      else if (lastName(f) === 'save') kind ??= 'update';
    }
    if (kind) r.emit(line, sql.dataWrite(kind, tableOf(chain.model), chain.filtered));
  }
  for (const call of body.descendantsOfType('call')) {
    const f = call.childForFieldName('function');
    const kind = f?.type === 'attribute' ? ORM_WRITES[lastName(f)] : undefined;
    if (!kind) continue;
    const chain = managerChain(f!.childForFieldName('object'), boundTo);
    if (!chain) continue;
    r.emit(line, sql.dataWrite(kind, tableOf(chain.model), chain.filtered || lastName(f!) === 'bulk_update'));
  }
}

/** Model classes imported from an app's models (`from shop.models import Order, OrderLine`), by their app label. */
function modelImports(root: Node): Map<string, { label: string; model: string }> {
  const out = new Map<string, { label: string; model: string }>();
  for (const imp of root.descendantsOfType('import_from_statement')) {
    const parts = (imp.childForFieldName('module_name')?.text ?? '').split('.');
    const at = parts.lastIndexOf('models');
    const label = at > 0 ? parts[at - 1] : undefined;
    if (!label) continue;
    for (const name of imp.childrenForFieldName('name')) {
      const model = name.type === 'aliased_import' ? name.childForFieldName('name')?.text : name.text;
      const alias = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : name.text;
      if (alias && model) out.set(alias, { label, model });
    }
  }
  return out;
}

const runPython: OperationHandler = (r, { a, line }) => {
  r.t.changesData = true;
  ormWrites(r, arg(a, 0, 'code'), line);
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
