// TypeORM migrations: `class X implements MigrationInterface { up(queryRunner) … down(queryRunner) }`.
// `queryRunner.query(sql)` is linted as written; queryRunner schema helpers are synthesised.
// TypeORM wraps migrations in a transaction unless the class sets `transaction = false`.
import type { Framework } from './framework';
import { withAppDialect } from './app-dialect';
import { typeorm as meta } from './meta/index';
import { lineOf, type Node } from '../parsers/tree-sitter';
import { dslFramework, hit, ident, unknownCallHit, newTranslation, sql, type ColumnDef, type DslTranslation } from './dsl/common';
import {
  addParseError,
  callArgs,
  callsInOrder,
  calleeObject,
  bindArguments,
  eachBinding,
  fnBody,
  findMigrationFunctions,
  isFunction,
  jsBool,
  jsStr,
  jsStrList,
  judgeDown,
  builtInCode,
  codeLabel,
  constantValue,
  sqlTexts,
  readDownSql,
  methodName,
  objectEntries,
  paramName,
  parseJs,
  READ_HELPER,
} from './dsl/js';
import { typeormColumn } from './dsl/js-attrs';
import { handlerFor } from './dispatch';
import { DialectBranches } from './js-dialect-branch';
import type { OperationHandler, SqlSink } from './operations';

const RAW = new Set(['query']);

/** `new TableIndex({...})` / `new Table({...})` / a plain object → its entries. */
const optionsOf = (n: Node | undefined) => {
  const v = constantValue(n);
  return objectEntries(v?.type === 'new_expression' ? callArgs(v)[0] : v);
};

/** A table argument: a name, or a `Table` object (its name is unknown here). */
const tableName = (n: Node | undefined): string | undefined => jsStr(n) ?? jsStr(optionsOf(n).get('name'));

const createTable: OperationHandler = (out, { a, line }) => {
  const o = optionsOf(a[0]);
  const tn = jsStr(o.get('name'));
  if (!tn) return;
  const cols = (o.get('columns')?.namedChildren ?? []).map((c) => typeormColumn(c)).filter((c): c is ColumnDef => !!c);
  out.emit(line, sql.createTable(tn, cols.length ? cols : [{ name: 'id', type: 'serial', primaryKey: true }]));
};

const dropTable: OperationHandler = (out, { a, line, table }) => {
  if (table) out.emit(line, sql.dropTable(table, jsBool(a[1]) === true));
};

const renameTable: OperationHandler = (out, { a, line, table }) => {
  const to = jsStr(a[1]);
  if (table && to) out.emit(line, sql.renameTable(table, to));
};

const addColumn: OperationHandler = (out, { name, a, line, table }) => {
  const list = name === 'addColumns' && a[1]?.type === 'array' ? a[1].namedChildren : [a[1]];
  for (const n of list) {
    const c = typeormColumn(n);
    if (table && c) out.emit(line, sql.addColumn(table, c));
  }
};

const dropColumn: OperationHandler = (out, { name, a, line, table }) => {
  const list = name === 'dropColumns' && a[1]?.type === 'array' ? a[1].namedChildren : [a[1]];
  for (const n of list) {
    const col = jsStr(n) ?? typeormColumn(n)?.name;
    if (table && col) out.emit(line, sql.dropColumn(table, col));
  }
};

const renameColumn: OperationHandler = (out, { a, line, table }) => {
  const from = jsStr(a[1]) ?? typeormColumn(a[1])?.name;
  const to = jsStr(a[2]) ?? typeormColumn(a[2])?.name;
  if (table && from && to) out.emit(line, sql.renameColumn(table, from, to));
};

const changeColumn: OperationHandler = (out, { a, line, table }) => {
  const from = jsStr(a[1]) ?? typeormColumn(a[1])?.name;
  const next = typeormColumn(a[2]);
  if (!table || !from || !next) return;
  if (next.name !== from) out.emit(line, sql.renameColumn(table, from, next.name));
  out.emit(line, sql.changeType(table, next.name, next.type));
  if (next.notNull) out.emit(line, sql.setNotNull(table, next.name));
};

const createIndex: OperationHandler = (out, { a, line, table }) => {
  const o = optionsOf(a[1]);
  const cols = jsStrList(o.get('columnNames'));
  const iname = jsStr(o.get('name'));
  if (table && cols.length) out.emit(line, sql.createIndex(table, cols, { ...(iname ? { name: iname } : {}), unique: jsBool(o.get('isUnique')) === true }));
};

const dropIndex: OperationHandler = (out, { a, line }) => {
  const iname = jsStr(a[1]) ?? jsStr(optionsOf(a[1]).get('name'));
  if (iname) out.emit(line, sql.dropIndex(iname));
};

const createForeignKey: OperationHandler = (out, { a, line, table }) => {
  const o = optionsOf(a[1]);
  const cols = jsStrList(o.get('columnNames'));
  const rt = jsStr(o.get('referencedTableName'));
  const rc = jsStrList(o.get('referencedColumnNames'));
  const cname = jsStr(o.get('name'));
  if (table && cols.length && rt) out.emit(line, sql.addForeignKey(table, cols, rt, rc.length ? rc : ['id'], cname ? { name: cname } : {}));
};

const createUniqueConstraint: OperationHandler = (out, { a, line, table }) => {
  const o = optionsOf(a[1]);
  const cols = jsStrList(o.get('columnNames'));
  if (table && cols.length) out.emit(line, sql.addUnique(table, cols, jsStr(o.get('name'))));
};

const createCheckConstraint: OperationHandler = (out, { a, line, table }) => {
  const o = optionsOf(a[1]);
  if (table) out.emit(line, sql.addCheck(table, jsStr(o.get('expression')) ?? 'true', jsStr(o.get('name'))));
};

const createPrimaryKey: OperationHandler = (out, { a, line, table }) => {
  const cols = jsStrList(a[1]);
  if (table && cols.length) out.emit(line, sql.addPrimaryKey(table, cols));
};

/** dropForeignKey, dropUniqueConstraint, dropCheckConstraint: by name. */
const dropConstraint: OperationHandler = (out, { a, line, table }) => {
  const cname = jsStr(a[1]) ?? jsStr(optionsOf(a[1]).get('name'));
  if (table && cname) out.emit(line, sql.dropConstraint(table, cname));
};

const dropSchema: OperationHandler = (out, { a, line }) => {
  const schema = jsStr(a[0]);
  if (schema) out.emit(line, `DROP SCHEMA ${jsBool(a[1]) ? 'IF EXISTS ' : ''}${ident(schema)}${jsBool(a[2]) ? ' CASCADE' : ''};`);
};

const dropDatabase: OperationHandler = (out, { a, line }) => {
  const db = jsStr(a[0]);
  if (db) out.emit(line, `DROP DATABASE ${jsBool(a[1]) ? 'IF EXISTS ' : ''}${ident(db)};`);
};

/** `clearTable` empties the table (TRUNCATE). */
const clearTable: OperationHandler = (out, { line, table }) => {
  if (table) out.emit(line, `TRUNCATE TABLE ${ident(table)};`);
};

/**
 * queryRunner methods that read, or change nothing a rule is about (views created or dropped,
 * comments, transactions, the SQL memory): read, with nothing to say. Any other method is not
 * read, and said so.
 */
const QUIET = new Set(
  [
    'connect release hasDatabase getCurrentDatabase hasSchema getCurrentSchema hasTable hasColumn createDatabase createSchema',
    'createView dropView changeTableComment startTransaction commitTransaction rollbackTransaction getTable getTables getView',
    'getViews getReplicationMode stream enableSqlMemory disableSqlMemory clearSqlMemory getMemorySql executeMemoryUpSql',
    'executeMemoryDownSql dropPrimaryKey dropExclusionConstraint dropExclusionConstraints',
  ].flatMap((names) => names.split(' ')),
);

/** queryRunner schema helpers by name; others emit nothing. */
const QUERY_RUNNER_OPERATIONS: Readonly<Record<string, OperationHandler>> = {
  dropSchema,
  dropDatabase,
  clearTable,
  createTable,
  dropTable,
  renameTable,
  addColumn,
  addColumns: addColumn,
  dropColumn,
  dropColumns: dropColumn,
  renameColumn,
  changeColumn,
  createIndex,
  dropIndex,
  createForeignKey,
  createUniqueConstraint,
  createCheckConstraint,
  createPrimaryKey,
  dropForeignKey: dropConstraint,
  dropUniqueConstraint: dropConstraint,
  dropCheckConstraint: dropConstraint,
};

/** Helpers named as reads (`hasColumn(queryRunner, …)`, `getTableName`, `isPostgres`): followed nowhere, said nothing of. */
class TypeormReader implements SqlSink {
  readonly t = newTranslation(true);
  /** Helper functions being read (a helper that calls itself is read once). */
  private readonly following = new Set<number>();
  /** Helpers from outside the file already noticed: one notice per helper, at its first call. */
  private readonly noticedHelpers = new Set<string>();

  /** `root`: the module, where helpers the migration passes its queryRunner to are looked up. */
  constructor(private readonly root: Node) {}

  emit(line: number, text: string): void {
    this.t.up.push({ sql: text, line, synthetic: true });
  }

  /**
   * The entity manager's writes (`queryRunner.manager.update('users', { plan: null }, { plan: 'free' })`,
   * `.delete(User, criteria)`, `.clear(User)`), as the SQL they run on the entity's table (a
   * string, or the entity class standing for it): every row when the criteria are empty. Its
   * `query(…)` runs SQL as written; inserts and saves seed or write rows the migration names.
   */
  /**
   * `query('…')`: SQL as written, or as a constant of the file holds it (`const sql = \`…\`;
   * query(sql)`); SQL built in code the reader cannot read is a notice on the call, never silence.
   */
  private rawQuery(arg: Node | undefined, line: number, call: string, binds = false): void {
    const texts = sqlTexts(arg);
    // Parameters (`query('… $1', [x])`, MySQL's `?`) are read as values; SQL that still does not
    // parse (or whose `${…}` parts make it unparsable) is said on the call (dsl/binds.ts).
    if (texts)
      for (const s of texts)
        this.t.up.push({
          sql: s.text,
          line: s.line,
          call: { label: `${call}(…)`, line },
          ...(s.inexact ? { inexact: true } : {}),
          ...(binds ? { binds } : {}),
        });
    else if (arg) this.t.hits.push(builtInCode(line, `${call}(${codeLabel(arg)})`, arg));
  }

  private managerWrite(call: Node): void {
    const name = methodName(call);
    const a = callArgs(call);
    const line = lineOf(call);
    if (name === 'query') return this.rawQuery(a[0], line, `${calleeObject(call)?.text ?? 'manager'}.query`, a.length > 1);
    if (name === 'createQueryBuilder') return this.builderWrite(call);
    if (!['update', 'delete', 'clear', 'increment', 'decrement', 'softDelete', 'insert', 'save', 'upsert'].includes(name)) return;
    this.t.changesData = true;
    const table = jsStr(a[0]) ?? (a[0]?.type === 'identifier' ? a[0].text : undefined);
    if (!table || ['insert', 'save', 'upsert'].includes(name)) return;
    if (name === 'clear') return this.emit(line, sql.dataWrite('truncate', table, false));
    const criteria = a[1];
    const filtered = !!criteria && criteria.type !== 'null' && !(criteria.type === 'object' && criteria.namedChildren.length === 0);
    this.emit(line, sql.dataWrite(name === 'delete' || name === 'softDelete' ? 'delete' : 'update', table, filtered));
  }

  /**
   * A query builder's write (`manager.createQueryBuilder().update('users').set({…}).where(…).execute()`,
   * `.delete().from(User).where(…)`), read up its chain: the table `update(…)` or `from(…)` names,
   * filtered by a `where`.
   */
  private builderWrite(start: Node): void {
    let kind: 'update' | 'delete' | undefined;
    let table: string | undefined;
    let filtered = false;
    for (let n: Node | null = start; n?.parent?.type === 'member_expression' && n.parent.parent?.type === 'call_expression'; n = n.parent.parent) {
      const call = n.parent.parent;
      const name = methodName(call);
      const arg = callArgs(call)[0];
      const named = jsStr(arg) ?? (arg?.type === 'identifier' ? arg.text : undefined);
      if (name === 'update' || name === 'delete' || name === 'softDelete') {
        kind = name === 'update' ? 'update' : 'delete';
        table ??= named;
      } else if (name === 'from') table ??= named;
      else if (/^(where|andWhere|orWhere|whereInIds)$/.test(name)) filtered = true;
      else if (name === 'insert') this.t.changesData = true;
    }
    if (!kind) return;
    this.t.changesData = true;
    if (table) this.emit(lineOf(start), sql.dataWrite(kind, table, filtered));
  }

  read(body: Node, qr: string): void {
    const branches = new DialectBranches(this.t.hits, body);
    for (const call of callsInOrder(body)) {
      if (branches.skip(call)) continue;
      // Inside a loop over a list the file holds, once per name (see eachBinding).
      eachBinding(call, body, () => this.readCall(call, qr, body));
    }
  }

  private readCall(call: Node, qr: string, body: Node): void {
    const obj = calleeObject(call);
    if (obj?.text !== qr && obj?.text !== `this.${qr}` && this.passesRunner(call, qr, body)) return;
    if (obj?.text === `${qr}.manager` || obj?.text === `this.${qr}.manager`) {
      this.managerWrite(call);
      return;
    }
    if (obj?.text !== qr && obj?.text !== `this.${qr}`) return;
    const name = methodName(call);
    const a = callArgs(call);
    const line = lineOf(call);
    if (name === 'query') {
      this.rawQuery(a[0], line, `${obj.text}.query`, a.length > 1);
      return;
    }
    if (name === 'clearDatabase') {
      this.t.hits.push(
        hit(
          'drop-schema',
          line,
          '`clearDatabase()` drops every table, view and type of the database, with its data; a rollback cannot restore it. Drop what you mean, once nothing reads it.',
        ),
      );
      return;
    }
    const handler = handlerFor(QUERY_RUNNER_OPERATIONS, name);
    if (!handler) {
      if (!QUIET.has(name)) this.t.hits.push(unknownCallHit(line, `${qr}.${name}(…)`));
      return;
    }
    const before = this.t.up.length;
    handler(this, { name, a, line, table: tableName(a[0]) });
    // Arguments built in code (grist-core's `const x = col.clone(); x.isNullable = false;
    // changeColumn(t, col, x)`, a table from a loop variable): what it changes is not known.
    if (this.t.up.length === before)
      this.t.hits.push(
        hit(
          'not-analysed',
          line,
          `\`${qr}.${name}(…)\` takes arguments built in code (a column cloned and changed, a loop variable, a value read from the database), ` +
            'so what it changes was not judged: pass them written out (an object, or a `const` of this file), or review it by hand and add ' +
            '`// rollback-ready-ignore not-analysed: <reason>` above the call.',
        ),
      );
  }
  /**
   * A call that hands the queryRunner to a helper (flowise's `await this.modifyTable(queryRunner)`,
   * `await fixOpenSourceAssistantTable(queryRunner)`, `await ensureColumnExists(queryRunner, 'user',
   * 'user_type', 'varchar(10)')`): a method or function of this file is read where it is written;
   * one defined elsewhere (imported) is a notice, never silence. False when the call does not pass it.
   */
  private passesRunner(call: Node, qr: string, body: Node): boolean {
    const at = callArgs(call).findIndex((a) => a.text === qr || a.text === `this.${qr}`);
    if (at < 0) return false;
    const fn = call.childForFieldName('function');
    const name = fn?.type === 'member_expression' ? fn.childForFieldName('property')?.text : fn?.type === 'identifier' ? fn.text : undefined;
    const own = fn?.type === 'identifier' || fn?.text.startsWith('this.') ? helperIn(this.root, name ?? '', fn?.type !== 'identifier') : undefined;
    if (own) {
      const inside = own.startIndex >= body.startIndex && own.endIndex <= body.endIndex;
      const helperBody = fnBody(own);
      if (!inside && helperBody && !this.following.has(own.id)) {
        this.following.add(own.id);
        // Its parameters are the arguments this call gives (`this.dropColumns(queryRunner, 'user', ['a'])`).
        bindArguments(own, call, () => this.read(helperBody, paramName(own, at) ?? qr));
        this.following.delete(own.id);
      }
      return true;
    }
    if (name && READ_HELPER.test(name)) return true;
    const helper = name ?? fn?.text ?? 'a function';
    if (this.noticedHelpers.has(helper)) return true;
    this.noticedHelpers.add(helper);
    this.t.hits.push(
      hit(
        'not-analysed',
        lineOf(call),
        `\`${short(call.text)}\` passes the queryRunner to \`${helper}\`, defined outside this file, so what it changes (here and at its later calls in this file) was not judged: ` +
          'write its SQL or queryRunner calls in the migration, or review it by hand and add `// rollback-ready-ignore not-analysed: <reason>` above the call.',
      ),
    );
    return true;
  }
}

const short = (text: string) => {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
};

/** A function of the module by name: a class method (`this.name`), or a function declared or assigned to a const. */
function helperIn(root: Node, name: string, method: boolean): Node | undefined {
  if (!name) return undefined;
  if (method) return root.descendantsOfType('method_definition').find((m) => m.childForFieldName('name')?.text === name);
  for (const d of root.descendantsOfType(['function_declaration', 'variable_declarator'])) {
    if (d.childForFieldName('name')?.text !== name) continue;
    const v = d.type === 'function_declaration' ? d : d.childForFieldName('value');
    if (v && isFunction(v)) return v;
  }
  return undefined;
}

function transactionDisabled(root: Node): boolean {
  for (const f of root.descendantsOfType(['public_field_definition', 'field_definition'])) {
    const name = f.childForFieldName('name') ?? f.childForFieldName('property');
    const value = f.childForFieldName('value');
    if (name?.text === 'transaction' && value?.type === 'false') return true;
  }
  return false;
}

/** Translate a TypeORM migration into SQL pieces and a reversibility verdict. */
export async function typeormToPieces(source: string, path = 'migration.ts'): Promise<DslTranslation> {
  using tree = await parseJs(path, source);
  const root = tree.rootNode;
  const reader = new TypeormReader(root);
  const t = reader.t;
  addParseError(t, root, 'TypeScript');
  const fns = findMigrationFunctions(root);
  const up = fns.get('up');
  if (!up && !fns.get('down')) {
    // No down path either way: the reversible gate still asks for one (fail closed), the finding is a notice.
    t.downStatus = 'missing';
    // flowise's enterprise/database/migrations/mysql/mysqlCustomFunctions.ts: helpers the
    // migrations import, in the migrations folder; their callers are noticed where they call them.
    t.hits.push(
      hit(
        'not-analysed',
        1,
        'This file defines no migration (no class or export with `up` and `down`), so it was not analysed. If it holds helpers the migrations import, ' +
          'each call into them is noticed where a migration makes it; if it is a migration, give it `up` and `down` methods.',
      ),
    );
    return t;
  }
  const body = fnBody(up);
  if (body) reader.read(body, (up && paramName(up)) ?? 'queryRunner');
  if (transactionDisabled(root)) t.transactional = false;
  judgeDown(t, fns, RAW, 'TypeORM');
  readDownSql(t, fns, () => new TypeormReader(root), 'queryRunner');
  return t;
}

// Read in the database the project's DataSource or ormconfig names (typeorm-dialect.ts): a MySQL
// project's backtick SQL and MySQL column types are no Postgres syntax errors.
export const typeorm: Framework = withAppDialect(
  dslFramework(meta, 'TypeORM migration', (input) => typeormToPieces(input.content, input.path), 'missing', {
    // src/migrations/1700000000000-Name.ts: the timestamp first, so name order is run order.
    isMigration: (name) => /^\d+-.*\.[cm]?[jt]s$/.test(name) && !name.endsWith('.d.ts'),
    translate: typeormToPieces,
  }),
  'typeorm',
);

export default typeorm;
