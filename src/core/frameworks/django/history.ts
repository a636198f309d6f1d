// An AlterField restates the whole field: only the migrations before it say whether its type or
// nullability changed. Walks `dependencies` back through the app's earlier migrations (each parsed
// once per run) to the field's previous definition, and settles the synthesised SQL with it.
import { parseCode, type Node } from '../../parsers/tree-sitter';
import { hit, sql, type DslPiece } from '../dsl/common';
import { arg, lastName, pyArgs, pyStr } from '../dsl/python';
import { dirName } from '../shared-sql';
import type { Field } from './fields';
import { items, readMigrationTree, resolveOperations, tablelessOptions } from './migration-tree';
import { DjangoReader, type AlterFieldOp, type DjangoReading } from './reader';
import { errorText } from '../history-index';

/** What a migration did to fields, in the order its operations run (`at`: the operation call's offset in its source). */
type FieldOp = { at: number } & (
  | { kind: 'define'; model: string; name: string; field: Field }
  | { kind: 'rename-field'; model: string; from: string; to: string }
  | { kind: 'rename-model'; from: string; to: string }
  | { kind: 'remove'; model: string; name?: string }
  | { kind: 'create'; model: string; tableless: boolean }
);

/** The field definitions, renames and removals of an operations list (for history). */
export function fieldOps(r: DjangoReader, ops: Node[]): FieldOp[] {
  const out: FieldOp[] = [];
  for (const op of ops) {
    if (op.type !== 'call') continue;
    const fn = op.childForFieldName('function');
    const name = fn ? lastName(fn) : '';
    const a = pyArgs(op);
    const at = op.startIndex;
    const lower = (n: Node | undefined) => pyStr(n)?.toLowerCase();
    switch (name) {
      case 'CreateModel': {
        const model = lower(arg(a, 0, 'name'));
        if (!model) break;
        out.push({ kind: 'create', model, tableless: tablelessOptions(a.keywords.get('options') ?? a.positional[2]), at });
        for (const tup of arg(a, 1, 'fields')?.namedChildren ?? []) {
          if (tup.type !== 'tuple') continue;
          const [n, f] = items(tup);
          const fname = pyStr(n);
          const field = fname ? r.field(fname, f) : undefined;
          if (fname && field) out.push({ kind: 'define', model, name: fname, field, at });
        }
        break;
      }
      case 'AddField':
      case 'AlterField': {
        const model = lower(arg(a, 0, 'model_name'));
        const fname = pyStr(arg(a, 1, 'name'));
        const field = fname ? r.field(fname, arg(a, 2, 'field')) : undefined;
        if (model && fname && field) out.push({ kind: 'define', model, name: fname, field, at });
        break;
      }
      case 'RenameField': {
        const model = lower(arg(a, 0, 'model_name'));
        const from = pyStr(arg(a, 1, 'old_name'));
        const to = pyStr(arg(a, 2, 'new_name'));
        if (model && from && to) out.push({ kind: 'rename-field', model, from, to, at });
        break;
      }
      case 'RenameModel': {
        const from = lower(arg(a, 0, 'old_name'));
        const to = lower(arg(a, 1, 'new_name'));
        if (from && to) out.push({ kind: 'rename-model', from, to, at });
        break;
      }
      case 'RemoveField': {
        const model = lower(arg(a, 0, 'model_name'));
        const fname = pyStr(arg(a, 1, 'name'));
        if (model && fname) out.push({ kind: 'remove', model, name: fname, at });
        break;
      }
      case 'DeleteModel': {
        const model = lower(arg(a, 0, 'name'));
        if (model) out.push({ kind: 'remove', model, at });
        break;
      }
      case 'SeparateDatabaseAndState': {
        // The state operations say what the model's fields are from here on.
        const state = resolveOperations(arg(a, 1, 'state_operations'), r.scope);
        if (state) out.push(...fieldOps(r, state));
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/**
 * What a migration does to fields, by its source: every AlterField of an app walks back through
 * the same earlier migrations, which are parsed once per run rather than once per AlterField file.
 */
const fieldHistories = new Map<string, Promise<{ ops: FieldOp[]; deps: string[] }>>();
const FIELD_HISTORY_LIMIT = 4_000;

function fieldHistory(source: string, app: string): Promise<{ ops: FieldOp[]; deps: string[] }> {
  const key = `${app}\u0000${source}`;
  let found = fieldHistories.get(key);
  if (!found) {
    found = (async () => {
      const tree = await parseCode('python', source);
      try {
        const { ops, deps, scope } = readMigrationTree(tree.rootNode, app);
        return { ops: ops ? fieldOps(new DjangoReader(app, true, scope), ops) : [], deps };
      } finally {
        tree.delete();
      }
    })();
    if (fieldHistories.size >= FIELD_HISTORY_LIMIT) fieldHistories.delete(fieldHistories.keys().next().value as string);
    fieldHistories.set(key, found);
  }
  return found;
}

/** Earlier migrations read at most, per AlterField, walking the dependency graph back. */
const HISTORY_LIMIT = 200;

/**
 * The field as the migrations before this one left it: walk `dependencies` back (breadth first,
 * same app), newest operation first, following renames; why not, when it cannot be told.
 */
async function previousField(
  op: Pick<AlterFieldOp, 'model' | 'name' | 'at'>,
  own: FieldOp[],
  deps: string[],
  dir: string,
  app: string,
  readFile: (path: string) => Promise<string | undefined>,
  cache: HistoryCache,
): Promise<Field | Unknown> {
  let model = op.model.toLowerCase();
  let name = op.name;
  // The field as it was defined, with the column a RenameField since then gave it (Django renames
  // the column with the field, unless `db_column=` names it).
  const renamed = (field: Field): Field =>
    name === op.name || field.dbColumn ? field : { ...field, column: { ...field.column, name: field.relation ? `${op.name}_id` : op.name } };
  // Newest first through `ops`: the field's definition (`found`), its end (`gone`), or go on under the names it had.
  const back = (ops: FieldOp[]): { found: Field } | 'gone' | undefined => {
    for (let i = ops.length - 1; i >= 0; i--) {
      const f = ops[i]!;
      if (f.kind === 'define' && f.model === model && f.name === name) return { found: renamed(f.field) };
      if (f.kind === 'rename-field' && f.model === model && f.to === name) name = f.from;
      else if (f.kind === 'rename-model' && f.to === model) model = f.from;
      else if (f.kind === 'remove' && f.model === model && (f.name === undefined || f.name === name)) return 'gone';
    }
    return undefined;
  };
  // This migration's own operations that run before the operation first (a RenameField just
  // before it), in the order they run (a `state_operations` list may be written above and run last).
  const self = own.findIndex((f) => f.at === op.at);
  const here = self > 0 ? back(own.slice(0, self)) : undefined;
  if (here) return here === 'gone' ? { why: 'this migration removes it before' } : here.found;
  const walked = await walkBack(deps, dir, app, readFile, cache, back);
  if ('why' in walked) return walked;
  return walked.found === 'gone' ? { why: 'an earlier migration removes it and none adds it back' } : walked.found.found;
}

type HistoryCache = Map<string, Promise<{ ops: FieldOp[]; deps: string[] } | undefined>>;

/** Why what came before was not found: said in the finding that stays provisional. */
export interface Unknown {
  why: string;
}

type FieldBefore = (op: Pick<AlterFieldOp, 'model' | 'name' | 'at'>) => Promise<Field | Unknown>;

/**
 * The migration's AlterFields, RemoveFields and RenameFields settled against what each field was
 * before it (see `settleAlterFields`, `settleFieldNames`): its own operations and the earlier
 * migrations are read once for all of them.
 */
export async function settleFields(
  reading: DjangoReading,
  path: string,
  source: string,
  readFile: (path: string) => Promise<string | undefined>,
): Promise<void> {
  if (!reading.alterFields.length && !reading.fieldNames.length) return;
  const fieldBefore = await fieldsBefore(reading, path, source, readFile);
  await settleAlterFields(reading, fieldBefore);
  await settleFieldNames(reading, fieldBefore);
}

/** What a field was before an operation of this migration, its own operations and the earlier migrations read once. */
async function fieldsBefore(
  reading: DjangoReading,
  path: string,
  source: string,
  readFile: (path: string) => Promise<string | undefined>,
): Promise<FieldBefore> {
  const dir = dirName(path);
  const { app } = reading;
  const cache: HistoryCache = new Map();
  const own = (await fieldHistory(source, app).catch(() => undefined))?.ops ?? [];
  return (op) => previousField(op, own, reading.deps, dir, app, readFile, cache);
}

/**
 * Walks `dependencies` back (breadth first, same app) until `back` answers from a migration's
 * operations; why not when a link of the chain is missing or cannot be read, or none answers.
 */
async function walkBack<T>(
  deps: string[],
  dir: string,
  app: string,
  readFile: (path: string) => Promise<string | undefined>,
  cache: HistoryCache,
  back: (ops: FieldOp[]) => T | undefined,
): Promise<{ found: T } | Unknown> {
  const queue = [...deps];
  const seen = new Set(queue);
  let visited = 0;
  for (; queue.length && visited < HISTORY_LIMIT; visited++) {
    const migration = queue.shift()!;
    const path = `${dir}${migration}.py`;
    let read = cache.get(migration);
    if (!read) {
      read = readFile(path).then((source) => (source === undefined ? undefined : fieldHistory(source, app)));
      cache.set(migration, read);
    }
    // A link of the chain missing or unreadable: the previous state is unknown, and why is said.
    let history: { ops: FieldOp[]; deps: string[] } | undefined;
    try {
      history = await read;
    } catch (error) {
      return { why: `the earlier migration ${path} could not be read (${errorText(error)})` };
    }
    if (!history) return { why: `${path}, a migration it depends on, is not in the repository` };
    const found = back(history.ops);
    if (found !== undefined) return { found };
    for (const d of history.deps) {
      if (seen.has(d)) continue;
      seen.add(d);
      queue.push(d);
    }
  }
  if (queue.length) return { why: `it is not in the ${visited} earlier migrations read (the look back stops there)` };
  return {
    why: visited
      ? `it is not in the ${visited === 1 ? 'earlier migration' : `${visited} earlier migrations`} this one depends on`
      : 'this migration depends on no earlier one of its app',
  };
}

/**
 * RemoveField and RenameField name the field; what it was says what Django runs: a ForeignKey's
 * column is `<name>_id` (or its `db_column`), a many-to-many field's join table
 * `<table>_<name>` is dropped or renamed, a field with no column (a tag manager) runs nothing, and
 * renaming a field whose `db_column` names its column leaves the column alone. Unknown: as named.
 */
async function settleFieldNames(reading: DjangoReading, fieldBefore: FieldBefore): Promise<void> {
  for (const op of reading.fieldNames) {
    // The field as defined before this operation (`at`: an own definition above it counts).
    const before = await fieldBefore(op);
    if ('why' in before) continue;
    const { line } = op.piece;
    const { table, name, to } = op;
    let text: string | undefined;
    if (before.noColumn) text = undefined;
    else if (before.m2m) text = to === undefined ? sql.dropTable(`${table}_${name}`) : sql.renameTable(`${table}_${name}`, `${table}_${to}`);
    else if (to === undefined) text = sql.dropColumn(table, before.column.name);
    else if (before.dbColumn) text = undefined;
    else text = sql.renameColumn(table, before.column.name, before.relation ? `${to}_id` : to);
    const at = reading.t.up.indexOf(op.piece);
    if (at < 0) continue;
    if (text === undefined) reading.t.up.splice(at, 1);
    else reading.t.up[at] = { sql: text, line, synthetic: true };
  }
}

/**
 * A DeleteModel of a proxy or unmanaged model (created so in an earlier migration, renamed since
 * or not) runs no SQL, as Django's `allow_migrate_model` skips it: its DROP TABLE is withdrawn.
 * Unknown (a missing link, no CreateModel found): the drop stays.
 */
export async function settleDeletedModels(reading: DjangoReading, path: string, readFile: (path: string) => Promise<string | undefined>): Promise<void> {
  const dir = dirName(path);
  const { app } = reading;
  const cache: HistoryCache = new Map();
  for (const op of reading.deletedModels) {
    let model = op.model;
    const walked = await walkBack(reading.deps, dir, app, readFile, cache, (ops) => {
      for (let i = ops.length - 1; i >= 0; i--) {
        const f = ops[i]!;
        if (f.kind === 'create' && f.model === model) return f.tableless;
        if (f.kind === 'rename-model' && f.to === model) model = f.from;
      }
      return undefined;
    });
    if (!('found' in walked) || !walked.found) continue;
    const at = reading.t.up.indexOf(op.piece);
    if (at >= 0) reading.t.up.splice(at, 1);
  }
}

/**
 * With the earlier migrations at hand, an AlterField says what really changed: no type change, no
 * ALTER TYPE; a nullability change, SET NOT NULL or DROP NOT NULL (the file alone cannot say).
 */
async function settleAlterFields(reading: DjangoReading, fieldBefore: FieldBefore): Promise<void> {
  for (const op of reading.alterFields) {
    const before = await fieldBefore(op);
    if ('why' in before) {
      // The type change stays provisional: its finding says why, and what else the restatement may change.
      reading.unknownFields.push({ line: op.piece.line, column: op.field.column.name, field: op.field, why: before.why });
      continue;
    }
    const at = reading.t.up.indexOf(op.piece);
    if (at < 0) continue;
    const { line } = op.piece;
    const column = op.field.column;
    const replacement: DslPiece[] = [];
    // A new `db_column` renames the column under the old code (first: what follows names the new column).
    if (before.column.name !== column.name) replacement.push({ sql: sql.renameColumn(op.table, before.column.name, column.name), line, synthetic: true });
    // A length given by name on either side: the same kind of column, its length not comparable here.
    const sameKind = (before.lengthUnknown || op.field.lengthUnknown) && before.column.type.split('(')[0] === column.type.split('(')[0];
    if (before.column.type !== column.type && !sameKind && guessedType(before, op.field)) {
      // A field class Django does not define on either side: its column type is a guess, and
      // two guesses (or a guess and a known type) that differ say nothing about the column.
      const cls = op.field.otherClass ?? before.otherClass;
      const whose = op.field.otherClass ? "the field's class" : "the field's class before it";
      reading.t.hits.push(
        hit(
          'not-analysed',
          line,
          `\`AlterField\` of "${op.name}" on "${op.table}": \`${cls}\`, ${whose}, is not one of Django's, so whether the column type changes was not judged: review it by hand (\`manage.py sqlmigrate\` prints the SQL Django runs).`,
        ),
      );
    } else if (before.column.type !== column.type && !sameKind) {
      // The old type is known: the SQL check judges the change against it (a widening is fine).
      reading.t.knownTypes ??= [];
      reading.t.knownTypes.push({ table: op.table, column: column.name, type: before.column.type });
      replacement.push(op.piece);
      // Django reverses an AlterField by altering the column back to the previous field's type.
      reading.t.downSql ??= [];
      reading.t.downSql.push({ sql: sql.changeType(op.table, column.name, before.column.type), line, synthetic: true });
      reading.t.downName = 'its reverse, which Django runs on rollback';
      reading.t.downDerived = true;
    }
    if (!before.column.notNull && column.notNull) {
      // Django's 4-step alteration (base/schema.py `_alter_field`): a field made NOT NULL with a
      // `default=` (or `db_default=`) has its NULL rows set to it first, then SET NOT NULL (the
      // default it sets for the meantime and drops after leaves the column as it was).
      if (column.default !== undefined) replacement.push({ sql: sql.backfillNulls(op.table, column.name, column.default), line, synthetic: true });
      replacement.push({ sql: sql.setNotNull(op.table, column.name), line, synthetic: true });
    }
    if (before.column.notNull && !column.notNull) replacement.push({ sql: sql.dropNotNull(op.table, column.name), line, synthetic: true });
    // `unique=True` or `db_index=True` turned on builds a constraint or an index, as Django runs it (not concurrently).
    if (column.unique && !before.column.unique) replacement.push({ sql: sql.addUnique(op.table, [column.name]), line, synthetic: true });
    else if (op.field.index && !before.index && !before.column.unique)
      replacement.push({ sql: sql.createIndex(op.table, [column.name]), line, synthetic: true });
    // Django drops a ForeignKey's constraint before altering its column and adds it back after
    // (base/schema.py `_alter_field`), validating every row: whenever the field changed in the
    // database (its column, type, nullability, default, uniqueness, index or target), or it was
    // no constraint before (a new ForeignKey, `db_constraint=False` turned off).
    // A check the field's class writes (the positive fields' `"c" >= 0`) that differs from before
    // (a new positive field, or its column renamed) is added back by Django without NOT VALID
    // (`_alter_field`: `old_db_params['check'] != new_db_params['check']`), checking every row.
    if (column.check && column.check !== before.column.check) replacement.push({ sql: sql.addCheck(op.table, column.check), line, synthetic: true });
    if (op.field.fk && (!before.fk || fieldChanged(before, op.field)))
      replacement.push({ sql: sql.addForeignKey(op.table, [column.name], op.field.fk, ['id']), line, synthetic: true });
    reading.t.up.splice(at, 1, ...replacement);
  }
}

/**
 * Whether the column types of two definitions of a field are guesses that cannot be compared: a
 * field class Django does not define on either side, unless both are varchars of a given length
 * (a third-party CharField subclass given `max_length`, as saleor's CountryField).
 */
function guessedType(before: Field, after: Field): boolean {
  if (!before.otherClass && !after.otherClass) return false;
  const varchar = (f: Field) => /^character varying\(\d+\)$/.test(f.column.type);
  return !(varchar(before) && varchar(after));
}

/** What of a field the database holds differs between two definitions (what makes Django alter it). */
function fieldChanged(before: Field, after: Field): boolean {
  const a = before.column;
  const b = after.column;
  return (
    a.name !== b.name ||
    a.type !== b.type ||
    !a.notNull !== !b.notNull ||
    a.default !== b.default ||
    !a.unique !== !b.unique ||
    !before.index !== !after.index ||
    before.fk !== after.fk
  );
}
