// db-migrate (node-db-migrate): JS migrations (`exports.up = function (db, callback) { … }`, the
// promise and async forms too) whose `db` API calls (`runSql`, `createTable`, `addColumn`,
// `removeColumn`, …) are synthesised into SQL and linted, and migrations created with
// `--sql-file`, whose JS only loads `migrations/sqls/<name>-up.sql` and `<name>-down.sql`: those
// two files are the migration, judged as an up with its down (the down is never linted as
// forward SQL). Its Postgres driver sends an SQL file as one query string, which Postgres runs as
// one implicit transaction. A loader of the project's own (republik/plattform's `run(db, dir, file)`)
// is looked up in the repository (see analyseHelperLoads).
import type { Framework, MigrationAnalysis, MigrationInput } from './framework';
import { dbMigrate as meta, dbMigrateSqlFiles } from './meta/index';
import { lineOf, type Node } from '../parsers/tree-sitter';
import { finishAnalysis, hit, newTranslation, sql, unreadable, type ColumnDef, type DslPiece, type DslTranslation } from './dsl/common';
import { handlerFor } from './dispatch';
import type { OperationHandler, SqlSink } from './operations';
import {
  addParseError,
  callArgs,
  callsInOrder,
  calleeObject,
  fnBody,
  findMigrationFunctions,
  isFunction,
  jsBool,
  jsDefault,
  jsNumber,
  jsStr,
  jsStrList,
  jsString,
  builtInCode,
  codeLabel,
  declaresText,
  sqlTexts,
  methodName,
  objectEntries,
  paramName,
  parseJs,
  rootName,
} from './dsl/js';
import { analyseDown, analyseUp, dialectFor, dirName, downSqlOf, judgeDownFile, normalisePath, sqlOptions, type SqlHistory } from './shared-sql';
import { isDbMigrateSqlName } from './sql-detect';

/** db-migrate's type names (`'string'`, `type.STRING`) as Postgres types (its pg driver's mapping). */
const TYPES: Record<string, string> = {
  string: 'character varying',
  char: 'character',
  text: 'text',
  int: 'integer',
  integer: 'integer',
  smallint: 'smallint',
  bigint: 'bigint',
  real: 'real',
  decimal: 'numeric',
  numeric: 'numeric',
  boolean: 'boolean',
  bool: 'boolean',
  datetime: 'timestamp without time zone',
  date_time: 'timestamp without time zone',
  timestamp: 'timestamp without time zone',
  date: 'date',
  time: 'time without time zone',
  blob: 'bytea',
  binary: 'bytea',
  json: 'json',
  jsonb: 'jsonb',
  uuid: 'uuid',
  serial: 'serial',
  bigserial: 'bigserial',
};

/** A type written as a string (`'string'`) or a `dataType` constant (`type.STRING`). */
function typeName(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'member_expression') return node.childForFieldName('property')?.text.toLowerCase();
  return jsStr(node)?.toLowerCase();
}

function sqlType(spec: Map<string, Node>, written: string | undefined): string {
  const base = written ?? 'text';
  const t = TYPES[base] ?? base;
  const length = jsNumber(spec.get('length'));
  if ((base === 'string' || base === 'char') && length !== undefined) return `${t}(${length})`;
  const precision = jsNumber(spec.get('precision'));
  if ((base === 'decimal' || base === 'numeric') && precision !== undefined) return `numeric(${precision}, ${jsNumber(spec.get('scale')) ?? 0})`;
  return t;
}

/** A column spec: `'string'`, `type.INTEGER`, or `{ type, length, notNull, defaultValue, primaryKey, autoIncrement, unique }`. */
function columnDef(name: string, node: Node | undefined): ColumnDef {
  const spec = objectEntries(node);
  const written = node?.type === 'object' ? typeName(spec.get('type')) : typeName(node);
  const c: ColumnDef = { name, type: sqlType(spec, written) };
  if (jsBool(spec.get('autoIncrement')) && (c.type === 'integer' || c.type === 'bigint')) c.type = c.type === 'bigint' ? 'bigserial' : 'serial';
  if (jsBool(spec.get('primaryKey'))) c.primaryKey = true;
  if (jsBool(spec.get('notNull'))) c.notNull = true;
  if (jsBool(spec.get('unique'))) c.unique = true;
  const d = spec.get('defaultValue');
  if (d && d.type !== 'null' && d.type !== 'undefined') c.default = defaultSql(d);
  return c;
}

function defaultSql(node: Node): string {
  // `defaultValue: new String('now()')` is db-migrate's way of writing raw SQL.
  if (node.type === 'new_expression') return jsStr(callArgs(node)[0]) ?? "'?'";
  return jsDefault(node);
}

const createTable: OperationHandler = (out, { a, line, table }) => {
  if (!table) return;
  const spec = objectEntries(a[1]);
  const columns = spec.has('columns') ? objectEntries(spec.get('columns')) : spec;
  const cols = [...columns].filter(([k]) => k !== 'ifNotExists').map(([k, v]) => columnDef(k, v));
  out.emit(line, sql.createTable(table, cols.length ? cols : [{ name: 'id', type: 'serial', primaryKey: true }]));
};

const dropTable: OperationHandler = (out, { a, line, table }) => {
  if (table) out.emit(line, sql.dropTable(table, jsBool(objectEntries(a[1]).get('ifExists')) === true));
};

const renameTable: OperationHandler = (out, { a, line, table }) => {
  const to = jsStr(a[1]);
  if (table && to) out.emit(line, sql.renameTable(table, to));
};

const addColumn: OperationHandler = (out, { a, line, table }) => {
  const col = jsStr(a[1]);
  if (table && col) out.emit(line, sql.addColumn(table, columnDef(col, a[2])));
};

const removeColumn: OperationHandler = (out, { a, line, table }) => {
  const col = jsStr(a[1]);
  if (table && col) out.emit(line, sql.dropColumn(table, col));
};

const renameColumn: OperationHandler = (out, { a, line, table }) => {
  const from = jsStr(a[1]);
  const to = jsStr(a[2]);
  if (table && from && to) out.emit(line, sql.renameColumn(table, from, to));
};

const changeColumn: OperationHandler = (out, { a, line, table }) => {
  const col = jsStr(a[1]);
  if (!table || !col) return;
  const spec = objectEntries(a[2]);
  const c = columnDef(col, a[2]);
  if (a[2]?.type !== 'object' || spec.has('type')) out.emit(line, sql.changeType(table, col, c.type));
  const notNull = jsBool(spec.get('notNull'));
  if (notNull === true) out.emit(line, sql.setNotNull(table, col));
  if (notNull === false) out.emit(line, sql.dropNotNull(table, col));
  if (c.default !== undefined) out.emit(line, sql.setDefault(table, col, c.default));
};

const addIndex: OperationHandler = (out, { a, line, table }) => {
  // addIndex(table, indexName, columns, unique)
  const index = jsStr(a[1]);
  const cols = jsStrList(a[2]);
  if (table && cols.length) out.emit(line, sql.createIndex(table, cols, { ...(index ? { name: index } : {}), unique: jsBool(a[3]) === true }));
};

const removeIndex: OperationHandler = (out, { a, line, table }) => {
  // removeIndex([table,] indexName)
  const index = jsStr(a[1]) ?? table;
  if (index) out.emit(line, sql.dropIndex(index));
};

const addForeignKey: OperationHandler = (out, { a, line, table }) => {
  // addForeignKey(table, referencedTable, keyName, { column: referencedColumn }, rules)
  const ref = jsStr(a[1]);
  const fk = jsStr(a[2]);
  const mapping = [...objectEntries(a[3])].map(([k, v]) => [k, jsStr(v) ?? 'id'] as const);
  if (table && ref && mapping.length) {
    out.emit(
      line,
      sql.addForeignKey(
        table,
        mapping.map(([k]) => k),
        ref,
        mapping.map(([, v]) => v),
        fk ? { name: fk } : {},
      ),
    );
  }
};

const removeForeignKey: OperationHandler = (out, { a, line, table }) => {
  const fk = jsStr(a[1]);
  if (table && fk) out.emit(line, sql.dropConstraint(table, fk));
};

/** db schema calls by name; others (insert…) emit nothing. */
const DB_OPERATIONS: Readonly<Record<string, OperationHandler>> = {
  createTable,
  dropTable,
  renameTable,
  addColumn,
  removeColumn,
  renameColumn,
  changeColumn,
  addIndex,
  removeIndex,
  addForeignKey,
  removeForeignKey,
};

class DbMigrateReader implements SqlSink {
  readonly t: DslTranslation;

  constructor(transactional: boolean) {
    this.t = newTranslation(transactional);
  }

  emit(line: number, text: string): void {
    this.t.up.push({ sql: text, line, synthetic: true });
  }

  /** The calls on the migration's `db` argument, in source order (`db.x.bind(db, …)` included). */
  read(body: Node, db: string): void {
    for (const call of callsInOrder(body)) {
      let name = methodName(call);
      let obj = calleeObject(call);
      let args = callArgs(call);
      // async.series([db.createTable.bind(db, 'x', {…}), …])
      if (name === 'bind' && obj?.type === 'member_expression') {
        name = obj.childForFieldName('property')?.text ?? '';
        obj = obj.childForFieldName('object');
        args = args.slice(1);
      }
      if (!obj || rootName(obj) !== db || obj.type !== 'identifier') continue;
      this.call(name, args, lineOf(call), db);
    }
  }

  private call(name: string, a: Node[], line: number, db: string): void {
    if (name === 'runSql' || name === 'all') {
      const texts = sqlTexts(a[0]);
      // With parameters (`runSql(sql, [a, b], cb)`) the SQL holds `?` placeholders the driver
      // numbers: read with values in their place, and said on the call where it still does not
      // parse (as SQL with `${…}` parts is: see readTemplated in dsl/common.ts).
      const binds = a[1]?.type === 'array';
      const call = { label: `${db}.${name}(…)`, line };
      if (texts)
        for (const s of texts) this.t.up.push({ sql: s.text, line: s.line, call, ...(s.inexact ? { inexact: true } : {}), ...(binds ? { binds } : {}) });
      // SQL built in code (Unleash's `runSql(updateSQL, cb)` of rows it read): a notice, never silence.
      else if (a[0]) this.t.hits.push(builtInCode(line, `${db}.${name}(${codeLabel(a[0])})`, a[0]));
      return;
    }
    const table = jsStr(a[0]);
    handlerFor(DB_OPERATIONS, name)?.(this, { name, a, line, table });
  }
}

/**
 * A load of a migration's SQL file through a function of the project (republik/plattform's
 * `run(db, dir, \`${file}-up.sql\`)`, whose `run.js` maps `dir` under `packages/backend-modules/`):
 * the folder parts the call gives before the file's name (`__dirname` as `.`; undefined where code
 * the reader cannot see gives them), the name, and the call.
 */
export interface HelperLoad {
  parts: string[] | undefined;
  file: string;
  line: number;
  /** How the notice names the call (`run(db, dir, …)`). */
  label: string;
  /** The parts start from the migration's folder (`__dirname`). */
  fromMigration: boolean;
}

/**
 * The SQL file a `--sql-file` migration loads: `path.join(__dirname, 'sqls', '20170110181147-init-up.sql')`
 * (`exact`: its name is written out, beside the migration), or a name built at run time or joined
 * to another folder (`load`: the call that loads it, to be looked up in the repository).
 */
function loadedSqlFile(fn: Node | undefined): { exact: boolean; load: HelperLoad } | undefined {
  const body = fnBody(fn);
  if (!body) return undefined;
  const strings = body.descendantsOfType(['string', 'template_string']).map((s) => ({ node: s, text: jsString(s) }));
  // Where the file is: db-migrate's template joins `__dirname, 'sqls', name`. A loader of the
  // project's own (republik/plattform's `run(db, dir, \`${file}-up.sql\`)`, `dir` mapped at run
  // time) may read it from anywhere: it is looked up (see `findLoaded`).
  const beside = strings.some(({ text: t }) => t && !t.inexact && (t.text === 'sqls' || /^(\.\/)?sqls\//.test(t.text)));
  for (const { node, text } of strings) {
    if (!text || !/-(up|down)\.sql$/i.test(text.text)) continue;
    return { exact: !text.inexact && beside, load: helperLoad(node, text.inexact ? undefined : text.text, fn!) };
  }
  return undefined;
}

/** The call whose argument `arg` (the file's name) is, read as a load (see HelperLoad). */
function helperLoad(arg: Node, file: string | undefined, fn: Node): HelperLoad {
  let at: Node = arg;
  while (at.parent && ['parenthesized_expression', 'template_substitution'].includes(at.parent.type)) at = at.parent;
  const call = at.parent?.type === 'arguments' ? at.parent.parent : null;
  const line = lineOf(call ?? arg);
  if (!file || call?.type !== 'call_expression')
    return { parts: undefined, file: file ?? codeLabel(arg), line, label: `${codeLabel(call?.childForFieldName('function') ?? arg)}(…)`, fromMigration: false };
  const params = new Set([paramName(fn, 0), paramName(fn, 1)].filter((p): p is string => p !== undefined));
  const args = callArgs(call);
  const before = args.slice(
    0,
    args.findIndex((a) => a.id === at.id),
  );
  let parts: string[] | undefined = [];
  let fromMigration = false;
  for (const a of before) {
    if (a.type === 'identifier' && a.text === '__dirname') {
      fromMigration = true;
      continue;
    }
    // The migration's own `db` (and callback), handed to the helper.
    if (a.type === 'identifier' && params.has(a.text)) continue;
    const s = jsString(a);
    if (!s || s.inexact) {
      parts = undefined;
      break;
    }
    parts.push(s.text);
  }
  const fnName = call.childForFieldName('function')?.text ?? 'the call';
  return { parts, file, line, label: `${fnName.length <= 40 ? fnName : '…'}(…)`, fromMigration };
}

/**
 * What a down function does, db-migrate style: nothing (`{}`, `return null`, only calling the
 * callback: `callback()`), only `runSql` strings (then the SQL decides), or something.
 */
function judgeDbMigrateDown(t: DslTranslation, fns: Map<string, Node>): void {
  const up = fns.get('up');
  const down = fns.get('down');
  if (!down) {
    t.downStatus = 'missing';
    t.hits.push(hit('missing-down-migration', up ? lineOf(up) : 1, 'The migration exports no `down`: db-migrate cannot roll it back.'));
    return;
  }
  const body = fnBody(down);
  if (!body) {
    if (!isFunction(down)) return;
    t.downStatus = 'empty';
    t.hits.push(hit('empty-down-migration', lineOf(down), 'The `down` function does nothing: rolling back leaves the change in place.'));
    return;
  }
  const db = paramName(down, 0);
  const callback = paramName(down, 1);
  const statements = body.type === 'statement_block' ? body.namedChildren.filter((c) => c.type !== 'comment' && c.type !== 'empty_statement') : [body];
  const unwrap = (n: Node): Node | undefined => {
    let x: Node | undefined = n;
    while (x && ['expression_statement', 'return_statement', 'await_expression', 'parenthesized_expression'].includes(x.type))
      x = x.namedChildren.find((c) => c.type !== 'comment');
    return x;
  };
  const trivial = (s: Node) => {
    if (declaresText(s)) return true; // `var sql = 'SELECT 1';`: the runSql that runs it decides
    const u = unwrap(s);
    if (!u) return true;
    if (u.type === 'null' || u.type === 'undefined') return true;
    if (u.type !== 'call_expression') return false;
    const callee = u.childForFieldName('function')?.text.replace(/\s+/g, '');
    return (
      callee === 'Promise.resolve' || (callback !== undefined && callee === callback && callArgs(u).every((a) => a.type === 'null' || a.type === 'undefined'))
    );
  };
  if (statements.every(trivial)) {
    t.downStatus = 'empty';
    t.hits.push(hit('empty-down-migration', lineOf(down), 'The `down` function does nothing (it only calls back): rolling back leaves the change in place.'));
    return;
  }
  if (statements.some((s) => s.type === 'throw_statement') && statements.every((s) => trivial(s) || s.type === 'throw_statement')) {
    t.downStatus = 'empty';
    t.hits.push(hit('empty-down-migration', lineOf(down), 'The `down` function throws instead of undoing the migration.'));
    return;
  }
  // A down made only of runSql strings: if that SQL does nothing, the down is empty.
  const pieces: DslPiece[] = [];
  for (const s of statements) {
    if (declaresText(s)) continue;
    const u = unwrap(s);
    if (u?.type !== 'call_expression' || methodName(u) !== 'runSql' || rootName(calleeObject(u)) !== db) return;
    const str = jsString(callArgs(u)[0]);
    if (!str) return;
    pieces.push({ sql: str.text, line: str.line });
  }
  if (pieces.length) {
    t.down = pieces;
    t.downOnlySql = true;
    t.downLine = lineOf(down);
  }
}

/**
 * A db-migrate JS migration's up and down: the SQL its `db` calls run (synthesised where they
 * are API calls), or the SQL files it loads (`sqlFiles`, for the `--sql-file` template). Pure
 * apart from parsing; the rollback drill reads a migration's up and down through it.
 */
export async function dbMigrateJsPieces(
  path: string,
  content: string,
): Promise<{
  translation: DslTranslation;
  sqlFiles?: { up?: string; down?: string; exact: boolean; loads: { up?: HelperLoad; down?: HelperLoad } };
}> {
  const tree = await parseJs(path, content);
  try {
    const root = tree.rootNode;
    const fns = findMigrationFunctions(root);
    const upFile = loadedSqlFile(fns.get('up'));
    const downFile = loadedSqlFile(fns.get('down'));
    const t = new DbMigrateReader(false).t;
    addParseError(t, root, 'JavaScript');
    if (upFile || downFile) {
      const files = dbMigrateSqlFiles(path);
      const exact = (upFile?.exact ?? true) && (downFile?.exact ?? true);
      const loads = { ...(upFile ? { up: upFile.load } : {}), ...(downFile ? { down: downFile.load } : {}) };
      return { translation: t, sqlFiles: { ...(upFile ? { up: files?.up } : {}), ...(downFile ? { down: files?.down } : {}), exact, loads } };
    }
    const reader = new DbMigrateReader(false);
    reader.t.hits.push(...t.hits);
    const up = fns.get('up');
    const body = fnBody(up);
    if (body && up) reader.read(body, paramName(up, 0) ?? 'db');
    judgeDbMigrateDown(reader.t, fns);
    // The down's own db calls, for the drill (the analysis only judges its existence and emptiness).
    const down = fns.get('down');
    const downBody = fnBody(down);
    if (downBody && down && !reader.t.downOnlySql) {
      const downReader = new DbMigrateReader(false);
      downReader.read(downBody, paramName(down, 0) ?? 'db');
      reader.t.down = downReader.t.up;
    }
    return { translation: reader.t };
  } finally {
    tree.delete();
  }
}

/** The folder's `-up.sql` files, for a column's earlier type. */
const isUpSql = (name: string) => /-up\.sql$/i.test(name);

async function analyseJs(input: MigrationInput): Promise<MigrationAnalysis> {
  const { translation: t, sqlFiles } = await dbMigrateJsPieces(input.path, input.content);
  if (sqlFiles && !sqlFiles.exact) return analyseHelperLoads(input, t, sqlFiles.loads);
  if (sqlFiles) {
    // The `--sql-file` template: the SQL files are the migration and are judged as files of their
    // own (`-up.sql` with its `-down.sql`); the loader itself holds no schema change.
    const hits = [...t.hits];
    const absent = (file: string | undefined) => file !== undefined && file in input.siblings && input.siblings[file] === undefined;
    const name = (file: string) => file.slice(file.lastIndexOf('/') + 1);
    if (sqlFiles.up && absent(sqlFiles.up)) {
      hits.push(hit('parse-error', 1, `This migration loads ${name(sqlFiles.up)}, which is not there: its SQL could not be checked.`));
    }
    // A missing -down.sql is reported once, by its -up.sql (judged as a file of its own).
    const missingDown = !sqlFiles.down;
    if (missingDown)
      hits.push(hit('missing-down-migration', 1, 'The migration loads an up SQL file but its `down` loads none: db-migrate cannot roll it back.'));
    const downAbsent = absent(sqlFiles.down);
    return { framework: 'db-migrate', role: 'up', down: missingDown || downAbsent ? 'missing' : 'present', hits };
  }
  const history: SqlHistory = { input, isMigration: isJsFile, upPieces: async (content, path) => (await dbMigrateJsPieces(path, content)).translation.up };
  return finishAnalysis('db-migrate', t, dialectFor(input), history);
}

/**
 * Where a helper's load may be, most likely first: the folder the call names joined to the
 * migration's (as `path.join(__dirname, …)` does), to the repository's root (republik's
 * `'/packages/backend-modules/…/sqls'`), and under a deeper folder of the migration's own path
 * that starts as the named one does (republik's `run.js` reads `packages/auth/migrations/sqls` as
 * `packages/backend-modules/auth/…`, beside `packages/backend-modules/migrations/`). Each is one
 * read of the App's budget: at most four.
 */
function loadCandidates(load: HelperLoad, migration: string, direction: 'up' | 'down'): string[] {
  // A name the reader cannot read whole (\`${name}-up.sql\` of a name built in code): db-migrate's own place for it.
  const conventional = dbMigrateSqlFiles(migration)?.[direction];
  if (!load.parts || load.file.startsWith('-')) return conventional ? [conventional] : [];
  const named = load.parts.join('/');
  const here = dirName(migration);
  const out = [normalisePath(`${here}${named}/${load.file}`)];
  if (!load.fromMigration) {
    out.push(normalisePath(`${named}/${load.file}`));
    const mine = here.split('/').filter(Boolean);
    const theirs = named.split('/').filter((p) => p && p !== '.');
    const at = theirs.length > 1 ? mine.indexOf(theirs[0]!) : -1;
    for (let j = at + 2; at >= 0 && j < mine.length; j++) out.push(normalisePath([...mine.slice(0, j), ...theirs.slice(1), load.file].join('/')));
  }
  return [...new Set(out.filter((p): p is string => p !== undefined))].slice(0, 4);
}

type Found = { path: string; content: string } | { unread: string } | undefined;

/** The first of `candidates` the repository holds; `unread` when a read failed (the App's budget spent). */
async function findLoaded(candidates: string[], input: MigrationInput): Promise<Found> {
  for (const path of candidates) {
    let content: string | undefined;
    try {
      content = input.readFileNow ? input.readFileNow(path) : await input.readFile?.(path);
    } catch (e) {
      return { unread: e instanceof Error ? e.message : String(e) };
    }
    if (content !== undefined) return { path, content };
  }
  return undefined;
}

/** Whether db-migrate judges an SQL file as a migration of its own (its default globs and names): the `-up.sql` of `sqls/` or `migrations/`. */
const judgedOnItsOwn = (path: string) => isDbMigrateSqlName(path) && /(^|\/)(sqls|migrations)\/(.+\/)?[^/]+\.sql$/i.test(path);

/**
 * A migration whose SQL a function of the project loads (republik/plattform's `run(db, dir, file)`):
 * the file is looked up in the repository. One it finds that db-migrate judges as a migration of
 * its own (an `-up.sql` under `sqls/` or `migrations/`) is judged there, as the `--sql-file`
 * template's are (reading it here too would say each finding twice); another is read as this
 * migration's SQL, its findings on the call. One it cannot find (a folder code gives, a mapping
 * the project makes that is not guessed) is one notice for the file, on the first such call.
 */
async function analyseHelperLoads(input: MigrationInput, t: DslTranslation, loads: { up?: HelperLoad; down?: HelperLoad }): Promise<MigrationAnalysis> {
  const hits = [...t.hits];
  const up = loads.up && (await findLoaded(loadCandidates(loads.up, input.path, 'up'), input));
  // The down is looked for beside the up first: one read.
  const downCandidates = loads.down ? loadCandidates(loads.down, input.path, 'down') : [];
  if (loads.down && up && 'path' in up) downCandidates.unshift(`${dirName(up.path)}${loads.down.file}`);
  const down = loads.down && (await findLoaded([...new Set(downCandidates)].slice(0, 4), input));
  const unfound = [
    ...(loads.up && !(up && 'path' in up) ? [{ load: loads.up, found: up }] : []),
    ...(loads.down && !(down && 'path' in down) ? [{ load: loads.down, found: down }] : []),
  ];
  if (unfound.length) {
    const { load, found } = unfound[0]!;
    const names = unfound.map((u) => `\`${u.load.parts ? normalisePath([...u.load.parts, u.load.file].join('/')) : u.load.file}\``).join(' and ');
    const why =
      found && 'unread' in found
        ? `which could not be read (${found.unread.replace(/\.$/, '')})`
        : load.parts
          ? `which ${unfound.length > 1 ? 'were' : 'was'} not found in the repository (looked up beside the migration, from the repository's root and under the migration's own folders)`
          : 'whose name or folder code gives at run time';
    hits.push(
      hit(
        'not-analysed',
        load.line,
        `\`${load.label}\` loads this migration's SQL through a function of the project, from ${names}, ${why}: what it does was not judged. ` +
          `Review that SQL by hand and add \`// rollback-ready-ignore not-analysed: <reason>\` above the call.`,
      ),
    );
  }
  if (!loads.down) hits.push(hit('missing-down-migration', 1, 'The migration loads an up SQL file but its `down` loads none: db-migrate cannot roll it back.'));
  const downStatus = loads.down ? 'present' : 'missing';
  if (!loads.up || !up || !('path' in up) || judgedOnItsOwn(up.path)) {
    return { framework: 'db-migrate', role: 'up', down: downStatus, hits: hits.sort((a, b) => a.line - b.line) };
  }
  // A file nobody else judges: this migration's SQL, each finding on the call that loads it.
  const downSql = down && 'path' in down ? downSqlOf(down.content, down.path) : undefined;
  const read = await analyseUp(
    'db-migrate',
    [{ sql: up.content, line: 1 }],
    sqlOptions(input, { multiStatementTransaction: true }),
    downStatus,
    [],
    undefined,
    downSql,
  );
  const at = loads.up.line;
  for (const h of read.hits) hits.push({ ...h, line: at, message: `${up.path} line ${h.line}: ${h.message}` });
  return { ...read, hits: hits.sort((a, b) => a.line - b.line) };
}

const isJsFile = (name: string) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith('.d.ts');

async function analyseSql(input: MigrationInput): Promise<MigrationAnalysis> {
  const { path, content, siblings } = input;
  const pieces = [{ sql: content, line: 1 }];
  const options = sqlOptions(input, { multiStatementTransaction: true });
  if (/-down\.sql$/i.test(path)) return analyseDown('db-migrate', pieces, options);
  const downPath = dbMigrateSqlFiles(path)!.down;
  const judged = await judgeDownFile(siblings[downPath], downPath);
  const history: SqlHistory = { input, isMigration: isUpSql };
  const down = judged.down === 'present' ? downSqlOf(siblings[downPath]!, downPath) : undefined;
  return analyseUp('db-migrate', pieces, options, judged.down, judged.hits, history, down);
}

const dbMigrate: Framework = {
  ...meta,
  async analyse(input) {
    if (input.path.toLowerCase().endsWith('.sql') && isDbMigrateSqlName(input.path)) return analyseSql(input);
    try {
      return await analyseJs(input);
    } catch (e) {
      return unreadable('db-migrate', 'db-migrate migration', e);
    }
  },
};

export default dbMigrate;
