// Sequelize migrations (sequelize-cli / umzug): `up(queryInterface, Sequelize)`. queryInterface
// calls are synthesised into Postgres SQL; `queryInterface.sequelize.query(sql)` is linted as
// written. sequelize-cli does not wrap migrations in a transaction.
import { withAppDialect } from './app-dialect';
import type { Framework } from './framework';
import { sequelize as meta } from './meta/index';
import { lineOf, type Node } from '../parsers/tree-sitter';
import { dslFramework, createTableWithForeignKeys, hit, ident, unknownCallHit, newTranslation, sql, type DslTranslation } from './dsl/common';
import {
  addParseError,
  bindArguments,
  callArgs,
  callsInOrder,
  calleeObject,
  eachBinding,
  PLACEHOLDER,
  builtInCode,
  codeLabel,
  fnBody,
  findMigrationFunctions,
  functionIn,
  jsBool,
  jsStr,
  jsStrList,
  sqlTexts,
  judgeDown,
  readDownSql,
  methodName,
  objectEntries,
  paramName,
  parseJs,
  READ_HELPER,
  rootName,
} from './dsl/js';
import { sequelizeColumn } from './dsl/js-attrs';
import { handlerFor } from './dispatch';
import { DialectBranches } from './js-dialect-branch';
import type { OperationHandler, SqlSink } from './operations';

const RAW = new Set(['query']);
const DATA = new Set(['bulkInsert', 'bulkUpdate', 'bulkDelete', 'upsert', 'insert', 'update', 'delete', 'increment', 'decrement']);
/**
 * queryInterface methods that read, quote, or change nothing a rule is about (functions, triggers,
 * enums, transactions): read, with nothing to say. Any other method is not read, and said so.
 */
const QUIET = new Set([
  'describeTable',
  'showAllTables',
  'tableExists',
  'showAllSchemas',
  'showIndex',
  'showConstraint',
  'getForeignKeyReferencesForTable',
  'getForeignKeysForTables',
  'nameIndexes',
  'databaseVersion',
  'pgListEnums',
  'ensureEnums',
  'quoteIdentifier',
  'quoteIdentifiers',
  'quoteTable',
  'escape',
  'select',
  'rawSelect',
  'createSchema',
  'createDatabase',
  'createFunction',
  'dropFunction',
  'renameFunction',
  'createTrigger',
  'dropTrigger',
  'renameTrigger',
  'dropEnum',
  'dropAllEnums',
  'startTransaction',
  'commitTransaction',
  'rollbackTransaction',
  'setAutocommit',
  'setIsolationLevel',
  'deferConstraints',
]);

/** Calls that name no table: what each drops. */
const DROPS_ALL: Record<string, [rule: string, message: string]> = {
  dropAllTables: [
    'drop-table',
    '`dropAllTables()` drops every table of the database, with its data; a rollback cannot restore it. Drop the tables you mean, one by one, once nothing reads them.',
  ],
  dropAllSchemas: [
    'drop-schema',
    '`dropAllSchemas()` drops every schema (on Postgres; every table elsewhere) with everything in it; a rollback cannot restore it. Drop what you mean, once nothing reads it.',
  ],
};

type TableOperation = OperationHandler<string>;

/**
 * A column, constraint or index named at run time (`for (const col of cols) await
 * queryInterface.removeColumn('users', col)`) is still dropped or renamed: read under the run-time
 * placeholder, as a table so named is.
 */
const runTime = (n: Node | undefined): string | undefined => jsStr(n) ?? (n ? PLACEHOLDER : undefined);

const createTable: TableOperation = (out, { a, line, table }) => {
  const cols = [...objectEntries(a[1])].map(([k, v]) => sequelizeColumn(k, v));
  for (const statement of createTableWithForeignKeys(table, cols)) out.emit(line, statement);
};

const dropTable: TableOperation = (out, { line, table }) => {
  out.emit(line, sql.dropTable(table));
};

const renameTable: TableOperation = (out, { a, line, table }) => {
  const to = runTime(a[1]);
  if (to) out.emit(line, sql.renameTable(table, to));
};

/**
 * `addColumn` as Sequelize's Postgres query generator writes it (`addColumnQuery`, `attributeToSQL`):
 * one `ADD COLUMN`, a `references` as the column's own `REFERENCES`. Postgres checks no row for a
 * foreign key on a column it adds without a default (every value is NULL); with a `defaultValue`,
 * even `null` (Sequelize writes `DEFAULT NULL`), it checks every row, which the core says of an
 * `ADD CONSTRAINT`: the foreign key is emitted as one then.
 */
const addColumn: TableOperation = (out, { a, line, table }) => {
  const col = runTime(a[1]);
  if (!col) return;
  const c = sequelizeColumn(col, a[2]);
  const opts = objectEntries(a[2]);
  const refKey = jsStr(objectEntries(opts.get('references')).get('key')) ?? 'id';
  // A column added under a run-time name is not taken as new for later calls: a later drop or
  // change of another run-time name would read as on this empty column (as for createTable).
  // `IF NOT EXISTS` says so to the core: the column may be an old one, with its values.
  const add = (def: typeof c) =>
    col === PLACEHOLDER ? sql.addColumn(table, def).replace(' ADD COLUMN ', ' ADD COLUMN IF NOT EXISTS ') : sql.addColumn(table, def);
  if (!c.fk) return out.emit(line, add(c));
  if (!opts.has('defaultValue')) return out.emit(line, add({ ...c, references: { table: c.fk, column: refKey } }));
  out.emit(line, add({ ...c, default: c.default ?? 'NULL' }));
  out.emit(line, sql.addForeignKey(table, [col], c.fk, [refKey]));
};

const removeColumn: TableOperation = (out, { a, line, table }) => {
  const col = runTime(a[1]);
  if (col) out.emit(line, sql.dropColumn(table, col));
};

const renameColumn: TableOperation = (out, { a, line, table }) => {
  const from = runTime(a[1]);
  const to = runTime(a[2]);
  if (from && to) out.emit(line, sql.renameColumn(table, from, to));
};

/**
 * `changeColumn` as Sequelize's Postgres query generator writes it (`changeColumnQuery`): the
 * column restated, NOT NULL set when `allowNull` is false and dropped otherwise (also when it is
 * not given), then its TYPE; a column with `references` gets a foreign key instead of a TYPE and
 * keeps its nullability unless `allowNull` is false. A restatement of what the column already was
 * is settled against the folder's earlier migrations (see `nullabilityHit`).
 */
const changeColumn: TableOperation = (out, { a, line, table }) => {
  const col = runTime(a[1]);
  if (!col) return;
  const c = sequelizeColumn(col, a[2]);
  const allow = jsBool(objectEntries(a[2]).get('allowNull'));
  if (allow === false) out.emit(line, sql.setNotNull(table, col));
  else if (!c.fk) out.emit(line, sql.dropNotNull(table, col));
  if (c.fk) out.emit(line, sql.addForeignKey(table, [col], c.fk, ['id']));
  else out.emit(line, sql.changeType(table, col, c.type));
};

const addIndex: TableOperation = (out, { a, line, table }) => {
  const opts = a[1]?.type === 'object' ? objectEntries(a[1]) : objectEntries(a[2]);
  const cols = a[1]?.type === 'object' ? fieldNames(opts.get('fields')) : fieldNames(a[1]);
  if (!cols.length) return;
  const iname = jsStr(opts.get('name')) ?? sequelizeIndexName(table, cols);
  out.emit(
    line,
    sql.createIndex(table, cols, {
      name: iname,
      unique: jsBool(opts.get('unique')) === true,
      concurrently: jsBool(opts.get('concurrently')) === true,
    }),
  );
};

const removeIndex: TableOperation = (out, { a, line, table }) => {
  const fields = jsStrList(a[1]);
  const iname = jsStr(a[1]) ?? (fields.length ? sequelizeIndexName(table, fields) : PLACEHOLDER);
  out.emit(line, sql.dropIndex(iname, { concurrently: jsBool(objectEntries(a[2]).get('concurrently')) === true }));
};

const addConstraint: TableOperation = (out, { a, line, table }) => {
  const o = objectEntries(a[1]?.type === 'object' ? a[1] : a[2]);
  const fields = fieldNames(o.get('fields') ?? a[1]);
  const type = (jsStr(o.get('type')) ?? '').toLowerCase();
  const cname = jsStr(o.get('name'));
  if (type === 'foreign key') {
    const ref = objectEntries(o.get('references'));
    const rt = jsStr(ref.get('table')) ?? jsStr(objectEntries(ref.get('table')).get('tableName'));
    if (rt && fields.length) out.emit(line, sql.addForeignKey(table, fields, rt, [jsStr(ref.get('field')) ?? 'id'], cname ? { name: cname } : {}));
  } else if (type === 'unique') {
    if (fields.length) out.emit(line, sql.addUnique(table, fields, cname));
  } else if (type === 'check') out.emit(line, sql.addCheck(table, 'true', cname));
  else if (type === 'primary key') {
    if (fields.length) out.emit(line, sql.addPrimaryKey(table, fields, cname));
  }
};

const removeConstraint: TableOperation = (out, { a, line, table }) => {
  const cname = runTime(a[1]);
  if (cname) out.emit(line, sql.dropConstraint(table, cname));
};

/** queryInterface schema calls by name; others emit nothing. */
const QUERY_INTERFACE_OPERATIONS: Readonly<Record<string, TableOperation>> = {
  createTable,
  dropTable,
  renameTable,
  addColumn,
  removeColumn,
  renameColumn,
  changeColumn,
  addIndex,
  removeIndex,
  addConstraint,
  removeConstraint,
};

class SequelizeReader implements SqlSink {
  readonly t = newTranslation(false);
  /** Helper functions of this file being read (a helper that calls itself, or a cycle, is read once). */
  private readonly following = new Set<number>();
  /** Helpers from outside the file already noticed: one notice per helper, at its first call. */
  private readonly noticedHelpers = new Set<string>();

  /** `root`: the module, where helpers the migration passes its queryInterface to are looked up. */
  constructor(private readonly root?: Node) {}

  emit(line: number, text: string): void {
    this.t.up.push({ sql: text, line, synthetic: true });
  }

  read(body: Node, qi: string): void {
    // A branch that runs only on another database (`if (isSQLite(queryInterface.sequelize))`) is
    // not read as Postgres code: one notice says so.
    const branches = new DialectBranches(this.t.hits, body);
    for (const call of callsInOrder(body)) {
      if (branches.skip(call)) continue;
      // Inside a loop over a list the file holds, once per name (see eachBinding).
      eachBinding(call, body, () => this.readCall(call, qi, body));
    }
  }

  private readCall(call: Node, qi: string, body: Node): void {
    const name = methodName(call);
    const obj = calleeObject(call);
    const a = callArgs(call);
    const line = lineOf(call);
    if (name === 'query' && obj?.text.endsWith('sequelize')) {
      const texts = sqlTexts(a[0]);
      // With `replacements` or `bind` (outline's data migrations: `set "text" = :fixedText`), the
      // SQL holds `:name`, `?` or `$1` placeholders: read with values in their place, and said
      // on the call where it still does not parse (as SQL with `${…}` parts is: see readTemplated).
      const opts = objectEntries(a[1]);
      const binds = opts.has('replacements') || opts.has('bind');
      const call = { label: `${obj.text}.query(…)`, line };
      if (texts)
        for (const s of texts) this.t.up.push({ sql: s.text, line: s.line, call, ...(s.inexact ? { inexact: true } : {}), ...(binds ? { binds } : {}) });
      else if (a[0]) this.t.hits.push(builtInCode(line, `${obj.text}.query(${codeLabel(a[0])})`, a[0]));
      return;
    }
    if (this.passesQueryInterface(call, qi, body)) return;
    if (rootName(obj) !== qi || obj?.type !== 'identifier') return;
    // A table named at run time (a parameter, a loop over a list the file does not hold) is still
    // some table dropped or changed: read under the run-time placeholder, never skipped. Not for a
    // table created (later calls on another run-time name would read as on a new, empty table).
    const written = jsStr(a[0]) ?? jsStr(objectEntries(a[0]).get('tableName'));
    const table = written ?? (a[0] && name !== 'createTable' ? PLACEHOLDER : undefined);
    if (DATA.has(name)) {
      this.t.changesData = true;
      // bulkUpdate(table, values, where) and bulkDelete(table, where) rewrite or remove the rows
      // their where matches (every row without one); inserts seed rows.
      const where = name === 'bulkDelete' ? a[1] : name === 'bulkUpdate' ? a[2] : undefined;
      const everyRow = !where || where.type === 'null' || (where.type === 'object' && where.namedChildren.length === 0);
      if ((name === 'bulkDelete' || name === 'bulkUpdate') && table)
        this.emit(line, sql.dataWrite(name === 'bulkDelete' ? 'delete' : 'update', table, !everyRow));
      return;
    }
    const drops = handlerFor(DROPS_ALL, name);
    if (drops) {
      this.t.hits.push(hit(drops[0], line, drops[1]));
      return;
    }
    if (name === 'dropSchema' || name === 'dropDatabase') {
      const target = jsStr(a[0]);
      if (target) this.emit(line, name === 'dropSchema' ? `DROP SCHEMA IF EXISTS ${ident(target)} CASCADE;` : `DROP DATABASE ${ident(target)};`);
      return;
    }
    const handler = handlerFor(QUERY_INTERFACE_OPERATIONS, name);
    if (!handler) {
      if (!QUIET.has(name)) this.t.hits.push(unknownCallHit(line, `${qi}.${name}(…)`));
      return;
    }
    if (table) handler(this, { name, a, line, table });
  }

  /**
   * A call that hands the queryInterface to a function (`await dropLegacy(queryInterface, 'users',
   * ['a', 'b'])`, `await this.addColumnIfNotExists(queryInterface, …)`): a function or method of
   * this file is read where it is written, its parameters bound to the call's arguments; one defined
   * elsewhere (imported) is a notice, never silence. False when the call does not pass it.
   */
  private passesQueryInterface(call: Node, qi: string, body: Node): boolean {
    const at = callArgs(call).findIndex((a) => a.type === 'identifier' && a.text === qi);
    const fn = call.childForFieldName('function');
    if (at < 0 || !fn || rootName(fn) === qi) return false;
    const method = fn.type === 'member_expression' && fn.childForFieldName('object')?.type === 'this';
    const name = fn.type === 'member_expression' ? fn.childForFieldName('property')?.text : fn.type === 'identifier' ? fn.text : undefined;
    const own = !this.root || !name ? undefined : method ? methodIn(this.root, name) : fn.type === 'identifier' ? functionIn(this.root, name) : undefined;
    if (own) {
      const inside = own.startIndex >= body.startIndex && own.endIndex <= body.endIndex;
      const helperBody = fnBody(own);
      if (!inside && helperBody && !this.following.has(own.id)) {
        this.following.add(own.id);
        bindArguments(own, call, () => this.read(helperBody, paramName(own, at) ?? qi));
        this.following.delete(own.id);
      }
      return true;
    }
    if (name && READ_HELPER.test(name)) return true;
    const owner = fn.type === 'member_expression' && !method ? rootName(fn) : '';
    const helper = owner ? `${owner}.…` : name && fn.text.length > 60 ? name : fn.text;
    if (this.noticedHelpers.has(helper)) return true;
    this.noticedHelpers.add(helper);
    const text = call.text.replace(/\s+/g, ' ');
    this.t.hits.push(
      hit(
        'not-analysed',
        lineOf(call),
        `\`${text.length > 80 ? `${text.slice(0, 77)}…` : text}\` passes the queryInterface to \`${helper}\`, defined outside this file, so what it changes (here and at its later calls in this file) was not judged: ` +
          'write the queryInterface calls in the migration, or review them by hand and add `// rollback-ready-ignore not-analysed: <reason>` above the call.',
      ),
    );
    return true;
  }
}

/** A method of the module's objects or classes by name (`this.addColumnIfNotExists(queryInterface, …)`). */
function methodIn(root: Node, name: string): Node | undefined {
  const method = root.descendantsOfType('method_definition').find((m) => m.childForFieldName('name')?.text === name);
  if (method) return method;
  const pair = root.descendantsOfType('pair').find((p) => p.childForFieldName('key')?.text === name);
  const value = pair?.childForFieldName('value');
  return value && fnBody(value) ? value : undefined;
}

/**
 * Sequelize's name for an unnamed index (`nameIndex` in lib/utils.js, `removeIndexQuery`):
 * `<table>_<fields>` through inflection's `underscore`, which puts `_` before every capital and
 * lowers the case (`Orders`, `CollectiveId` → `orders__collective_id`).
 */
function sequelizeIndexName(table: string, fields: string[]): string {
  return `${table}_${fields.join('_')}`
    .replace(/([A-Z])/g, '_$1')
    .replace(/^_/, '')
    .toLowerCase();
}

/** Index fields: strings or `{ name: 'x' }` objects. */
function fieldNames(node: Node | undefined): string[] {
  if (node?.type !== 'array') return jsStrList(node);
  return node.namedChildren
    .map((c) => jsStr(c) ?? jsStr(objectEntries(c).get('name')) ?? jsStr(objectEntries(c).get('attribute')))
    .filter((x): x is string => x !== undefined);
}

/** Translate a Sequelize migration into SQL pieces and a reversibility verdict. */
export async function sequelizeToPieces(source: string, path = 'migration.js'): Promise<DslTranslation> {
  using tree = await parseJs(path, source);
  const root = tree.rootNode;
  const reader = new SequelizeReader(root);
  const t = reader.t;
  addParseError(t, root, 'JavaScript');
  const fns = findMigrationFunctions(root);
  const up = fns.get('up');
  const body = fnBody(up);
  if (body) reader.read(body, (up && paramName(up)) ?? 'queryInterface');
  judgeDown(t, fns, RAW, 'Sequelize');
  readDownSql(t, fns, () => new SequelizeReader(root), 'queryInterface');
  return t;
}

const isJsFile = (name: string) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith('.d.ts');

export const sequelize: Framework = withAppDialect(
  dslFramework(meta, 'Sequelize migration', (input) => sequelizeToPieces(input.content, input.path), 'missing', {
    isMigration: isJsFile,
    translate: sequelizeToPieces,
  }),
  'sequelize',
);

export default sequelize;
