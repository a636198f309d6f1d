// node-pg-migrate migrations: `exports.up = (pgm) => { … }`. `pgm.sql(...)` is linted as written,
// pgm operations are synthesised. Without an exported `down`, node-pg-migrate reverses the up
// itself, which works only when every operation is reversible (no sql, drops or alterColumn);
// `exports.down = false` declares the migration irreversible.
import type { Framework } from './framework';
import { nodePgMigrate as meta } from './meta/index';
import { lineOf, type Node } from '../parsers/tree-sitter';
import { dslFramework, createTableWithForeignKeys, hit, ident, unknownCallHit, newTranslation, sql, sqlString, type DslTranslation } from './dsl/common';
import {
  addParseError,
  callArgs,
  callsInOrder,
  calleeObject,
  fnBody,
  findMigrationFunctions,
  jsBool,
  jsStr,
  jsStrList,
  jsString,
  judgeDown,
  builtInCode,
  codeLabel,
  sqlTexts,
  readDownSql,
  methodName,
  objectEntries,
  paramName,
  parseJs,
  PLACEHOLDER,
} from './dsl/js';
import { pgmColumn, pgmDefault } from './dsl/js-attrs';
import { handlerFor } from './dispatch';
import type { OperationHandler, SqlSink } from './operations';

const RAW = new Set(['sql']);
/**
 * Operations node-pg-migrate cannot reverse by itself: those whose operation has no `reverse`
 * (salsita/node-pg-migrate @ 55b10c22, src/operations/**), under their MigrationBuilder names.
 * `addConstraint` is reversible only when named and given as options, not SQL (see `read`).
 */
const NOT_AUTO_REVERSIBLE = new Set([
  'sql',
  'db',
  'addTypeValue',
  'alterColumn',
  'alterDomain',
  'alterMaterializedView',
  'alterPolicy',
  'alterRole',
  'alterSequence',
  'alterTable',
  'alterView',
  'alterViewColumn',
  'dropCast',
  'dropColumn',
  'dropColumns',
  'dropConstraint',
  'dropDomain',
  'dropExtension',
  'dropFunction',
  'dropIndex',
  'dropMaterializedView',
  'dropOperator',
  'dropOperatorClass',
  'dropOperatorFamily',
  'dropPolicy',
  'dropRole',
  'dropSchema',
  'dropSequence',
  'dropTable',
  'dropTrigger',
  'dropType',
  'dropTypeAttribute',
  'dropView',
  'removeFromOperatorFamily',
  'revokeOnSchemas',
  'revokeOnTables',
  'revokeRoles',
  'setTypeAttribute',
]);

/** `addConstraint(table, null, …)` or with a raw SQL expression: node-pg-migrate cannot infer its down. */
const unnamedOrRawConstraint = (name: string, a: Node[]): boolean =>
  (name === 'addConstraint' || name === 'createConstraint') && (a[1]?.type === 'null' || jsString(a[2]) !== undefined);

const tableName = (n: Node | undefined): string | undefined => {
  const s = jsStr(n);
  if (s !== undefined) return s;
  const e = objectEntries(n);
  const name = jsStr(e.get('name'));
  const schema = jsStr(e.get('schema'));
  return name ? (schema ? `${schema}.${name}` : name) : undefined;
};

/** The reader a handler writes to, with the file's column shorthands. */
interface PgmSink extends SqlSink {
  readonly shorthands: ReadonlyMap<string, Node>;
}

type TableOperation = (out: PgmSink, op: Parameters<OperationHandler<string>>[1]) => void;

const createTable: TableOperation = (out, { a, line, table }) => {
  const cols = [...objectEntries(a[1])].map(([k, v]) => pgmColumn(k, v, out.shorthands));
  for (const statement of createTableWithForeignKeys(table, cols)) out.emit(line, statement);
};

const dropTable: TableOperation = (out, { a, line, table }) => {
  out.emit(line, sql.dropTable(table, jsBool(objectEntries(a[1]).get('ifExists')) === true));
};

const renameTable: TableOperation = (out, { a, line, table }) => {
  const to = tableName(a[1]);
  if (to) out.emit(line, sql.renameTable(table, to));
};

const addColumns: TableOperation = (out, { a, line, table }) => {
  for (const [k, v] of objectEntries(a[1])) {
    const c = pgmColumn(k, v, out.shorthands);
    out.emit(line, sql.addColumn(table, c));
    if (c.fk) out.emit(line, sql.addForeignKey(table, [k], c.fk, ['id']));
  }
};

const dropColumns: TableOperation = (out, { a, line, table }) => {
  const cols = a[1]?.type === 'object' ? [...objectEntries(a[1]).keys()] : jsStrList(a[1]);
  for (const c of cols) out.emit(line, sql.dropColumn(table, c));
};

const renameColumn: TableOperation = (out, { a, line, table }) => {
  const from = jsStr(a[1]);
  const to = jsStr(a[2]);
  if (from && to) out.emit(line, sql.renameColumn(table, from, to));
};

const alterColumn: TableOperation = (out, { a, line, table }) => {
  const col = jsStr(a[1]);
  if (!col) return;
  const o = objectEntries(a[2]);
  const type = jsStr(o.get('type'));
  if (type) out.emit(line, sql.changeType(table, col, type));
  if (jsBool(o.get('notNull')) === true || jsBool(o.get('allowNull')) === false) out.emit(line, sql.setNotNull(table, col));
  if (jsBool(o.get('notNull')) === false || jsBool(o.get('allowNull')) === true) out.emit(line, sql.dropNotNull(table, col));
  const d = o.get('default');
  if (d) out.emit(line, d.type === 'null' ? sql.dropDefault(table, col) : sql.setDefault(table, col, pgmDefault(d)));
};

/** Index columns: names, or `{ name, sort, opclass }` objects. */
const indexColumns = (n: Node | undefined): string[] =>
  n?.type === 'array' ? n.namedChildren.map((c) => jsStr(c) ?? jsStr(objectEntries(c).get('name'))).filter((x): x is string => !!x) : jsStrList(n);

/**
 * node-pg-migrate's own name for an unnamed index (generateIndexName, salsita/node-pg-migrate @
 * 55b10c22 src/operations/indexes/shared.ts): `<table>_<columns>[_unique]_index`, in the table's
 * schema; Postgres keeps its first 63 bytes.
 */
const pgmIndexName = (table: string, cols: string[], unique: boolean): string =>
  `${table.slice(table.lastIndexOf('.') + 1)}_${cols.join('_')}${unique ? '_unique' : ''}_index`.slice(0, 63);

const createIndex: TableOperation = (out, { a, line, table }) => {
  const cols = indexColumns(a[1]);
  const o = objectEntries(a[2]);
  const unique = jsBool(o.get('unique')) === true;
  if (cols.length)
    out.emit(
      line,
      sql.createIndex(table, cols, {
        name: jsStr(o.get('name')) ?? pgmIndexName(table, cols, unique),
        unique,
        concurrently: jsBool(o.get('concurrently')) === true,
      }),
    );
};

const dropIndex: TableOperation = (out, { a, line, table }) => {
  const o = objectEntries(a[2]);
  const name = jsStr(o.get('name')) ?? pgmIndexName(table, indexColumns(a[1]), jsBool(o.get('unique')) === true);
  // The index lives in its table's schema: `DROP INDEX eligibility.member_email_index`.
  const schema = table.includes('.') && !name.includes('.') ? `${table.slice(0, table.lastIndexOf('.'))}.` : '';
  out.emit(line, sql.dropIndex(`${schema}${name}`, { concurrently: jsBool(o.get('concurrently')) === true }));
};

const addConstraint: TableOperation = (out, { a, line, table }) => {
  const cname = jsStr(a[1]) ?? undefined;
  const spec = a[2];
  const raw = jsStr(spec);
  if (raw !== undefined) {
    // node-pg-migrate quotes the name it is given (`valid_coinbase-pay-to-alt`: stacks-blockchain-api).
    out.emit(line, `ALTER TABLE ${ident(table)} ADD ${cname ? `CONSTRAINT ${ident(cname)} ` : ''}${raw};`);
    return;
  }
  const o = objectEntries(spec);
  const fk = objectEntries(o.get('foreignKeys'));
  if (o.has('foreignKeys')) {
    const cols = jsStrList(fk.get('columns'));
    const ref = jsStr(fk.get('references'));
    if (cols.length && ref) out.emit(line, sql.addForeignKey(table, cols, ref.split('(')[0]!.trim(), ['id'], cname ? { name: cname } : {}));
  }
  if (o.has('unique')) {
    const cols = jsStrList(o.get('unique'));
    if (cols.length) out.emit(line, sql.addUnique(table, cols, cname));
  }
  const check = jsStr(o.get('check'));
  if (check) out.emit(line, sql.addCheck(table, check, cname));
  if (o.has('primaryKey')) {
    const cols = jsStrList(o.get('primaryKey'));
    if (cols.length) out.emit(line, sql.addPrimaryKey(table, cols, cname));
  }
};

const dropConstraint: TableOperation = (out, { a, line, table }) => {
  const cname = jsStr(a[1]);
  if (cname) out.emit(line, sql.dropConstraint(table, cname));
};

const optionOn = (a: Node[], i: number, key: string) => jsBool(objectEntries(a[i]).get(key)) === true;

const dropSchema: TableOperation = (out, { a, line, table }) => {
  out.emit(line, `DROP SCHEMA ${optionOn(a, 1, 'ifExists') ? 'IF EXISTS ' : ''}${ident(table)}${optionOn(a, 1, 'cascade') ? ' CASCADE' : ''};`);
};

/** renameView and renameMaterializedView: what old code queries, renamed. */
const renameView: TableOperation = (out, { name, a, line, table }) => {
  const to = tableName(a[1]);
  if (to) out.emit(line, `ALTER ${name === 'renameView' ? 'VIEW' : 'MATERIALIZED VIEW'} ${ident(table)} RENAME TO ${ident(to)};`);
};

const refreshMaterializedView: TableOperation = (out, { a, line, table }) => {
  out.emit(line, `REFRESH MATERIALIZED VIEW ${optionOn(a, 1, 'concurrently') ? 'CONCURRENTLY ' : ''}${ident(table)};`);
};

/** addTypeValue and renameTypeValue of an enum (the "table" is the type's name). */
const typeValue: TableOperation = (out, { name, a, line, table }) => {
  const [v1, v2] = [jsStr(a[1]), jsStr(a[2])];
  if (name === 'addTypeValue' && v1 !== undefined) out.emit(line, `ALTER TYPE ${ident(table)} ADD VALUE ${sqlString(v1)};`);
  if (name === 'renameTypeValue' && v1 !== undefined && v2 !== undefined)
    out.emit(line, `ALTER TYPE ${ident(table)} RENAME VALUE ${sqlString(v1)} TO ${sqlString(v2)};`);
};

/**
 * MigrationBuilder methods that change nothing a rule is about (functions, triggers, roles, grants,
 * domains, sequences, policies, operators, casts, views created or dropped, types created): read,
 * with nothing to say. Any other method is not read, and said so.
 */
const QUIET = new Set(
  [
    'createExtension addExtension dropExtension createType addType dropType renameType addTypeAttribute dropTypeAttribute',
    'setTypeAttribute renameTypeAttribute alterTable renameConstraint createRole dropRole alterRole renameRole createFunction',
    'dropFunction renameFunction createTrigger dropTrigger renameTrigger createSchema renameSchema createDomain dropDomain',
    'alterDomain renameDomain createSequence dropSequence alterSequence renameSequence createOperator dropOperator',
    'createOperatorClass dropOperatorClass renameOperatorClass createOperatorFamily dropOperatorFamily renameOperatorFamily',
    'addToOperatorFamily removeFromOperatorFamily createPolicy dropPolicy alterPolicy renamePolicy createView dropView',
    'alterView alterViewColumn createMaterializedView dropMaterializedView alterMaterializedView renameMaterializedViewColumn',
    'grantRoles revokeRoles grantOnSchemas revokeOnSchemas grantOnTables revokeOnTables createCast dropCast func',
  ].flatMap((names) => names.split(' ')),
);

/** pgm operations by name; others emit nothing. */
const PGM_OPERATIONS: Readonly<Record<string, TableOperation>> = {
  dropSchema,
  renameView,
  renameMaterializedView: renameView,
  refreshMaterializedView,
  addTypeValue: typeValue,
  renameTypeValue: typeValue,
  createTable,
  dropTable,
  renameTable,
  addColumns,
  addColumn: addColumns,
  dropColumns,
  dropColumn: dropColumns,
  renameColumn,
  alterColumn,
  createIndex,
  addIndex: createIndex,
  dropIndex,
  addConstraint,
  createConstraint: addConstraint,
  dropConstraint,
};

class PgmReader implements PgmSink {
  readonly t = newTranslation(true);

  constructor(readonly shorthands: ReadonlyMap<string, Node> = new Map()) {}
  /** Calls node-pg-migrate cannot reverse, as written (`pgm.sql`, `pgm.db.query`). */
  readonly irreversible: Array<{ name: string; line: number }> = [];

  emit(line: number, text: string): void {
    this.t.up.push({ sql: text, line, synthetic: true });
  }

  read(body: Node, pgm: string): void {
    for (const call of callsInOrder(body)) {
      const obj = calleeObject(call);
      if (obj?.text !== pgm && obj?.text !== `${pgm}.db`) continue;
      const name = methodName(call);
      const a = callArgs(call);
      const line = lineOf(call);
      if (NOT_AUTO_REVERSIBLE.has(name) || obj.text !== pgm || unnamedOrRawConstraint(name, a)) this.irreversible.push({ name: `${obj.text}.${name}`, line });
      if (name === 'sql' || name === 'query') {
        // SQL as written or as a constant of the file holds it; SQL built in code is a notice.
        const texts = sqlTexts(a[0]);
        // SQL whose `${…}` parts make it unparsable is said on the call (dsl/binds.ts).
        const label = `${obj.text}.${name}(…)`;
        if (texts) for (const s of texts) this.t.up.push({ sql: s.text, line: s.line, call: { label, line }, ...(s.inexact ? { inexact: true } : {}) });
        else if (a[0]) this.t.hits.push(builtInCode(line, `${obj.text}.${name}(${codeLabel(a[0])})`, a[0]));
        continue;
      }
      if (name === 'noTransaction') {
        this.t.transactional = false;
        continue;
      }
      const handler = handlerFor(PGM_OPERATIONS, name);
      if (!handler) {
        if (!QUIET.has(name) && obj.text === pgm) this.t.hits.push(unknownCallHit(line, `${pgm}.${name}(…)`));
        continue;
      }
      // A table the code names at run time (a loop's variable, a parameter) is still an operation
      // on some table: read with the run-time placeholder (`"…" (named at run time)`), never skipped.
      const table = tableName(a[0]) ?? (a[0] ? PLACEHOLDER : undefined);
      if (table) handler(this, { name, a, line, table });
    }
  }
}

/**
 * The file's own column shorthands, by name: `exports.shorthands = {…}` or `export const shorthands = {…}`
 * (node-pg-migrate's migration template writes `shorthands = undefined`).
 */
function fileShorthands(root: Node): Map<string, Node> {
  for (const a of root.descendantsOfType('assignment_expression')) {
    const left = a.childForFieldName('left')?.text.replace(/\s+/g, '');
    if (left === 'exports.shorthands' || left === 'module.exports.shorthands') return objectEntries(a.childForFieldName('right'));
  }
  for (const d of root.descendantsOfType('variable_declarator'))
    if (d.childForFieldName('name')?.text === 'shorthands' && d.parent?.parent?.type === 'export_statement') return objectEntries(d.childForFieldName('value'));
  return new Map();
}

/** Translate a node-pg-migrate migration into SQL pieces and a reversibility verdict. */
export async function nodePgMigrateToPieces(source: string, path = 'migration.js'): Promise<DslTranslation> {
  using tree = await parseJs(path, source);
  const root = tree.rootNode;
  const shorthands = fileShorthands(root);
  const reader = new PgmReader(shorthands);
  const t = reader.t;
  addParseError(t, root, 'JavaScript');
  const fns = findMigrationFunctions(root);
  if (fns.get('down')?.type === 'undefined') fns.delete('down'); // `down = undefined`: inferred, as if absent
  const up = fns.get('up');
  const body = fnBody(up);
  if (body) reader.read(body, (up && paramName(up)) ?? 'pgm');
  if (!fns.has('down') && up && reader.irreversible.length === 0) {
    t.downStatus = 'present'; // node-pg-migrate infers the down from the up
  } else if (!fns.has('down')) {
    const first = reader.irreversible[0]!;
    t.downStatus = 'missing';
    t.hits.push(
      hit(
        'missing-down-migration',
        up ? lineOf(up) : 1,
        `The migration exports no \`down\` and node-pg-migrate cannot infer one: \`${first.name}\` (line ${first.line}) is not automatically reversible.`,
      ),
    );
  } else {
    judgeDown(t, fns, RAW, 'node-pg-migrate');
    readDownSql(t, fns, () => new PgmReader(shorthands), 'pgm');
  }
  return t;
}

export const nodePgMigrate: Framework = dslFramework(
  meta,
  'node-pg-migrate migration',
  (input) => nodePgMigrateToPieces(input.content, input.path),
  'missing',
  {
    // migrations/1700000000000_name.js: the timestamp first, so name order is run order.
    isMigration: (name) => /^\d+_.*\.[cm]?[jt]s$/.test(name) && !name.endsWith('.d.ts'),
    translate: nodePgMigrateToPieces,
  },
);

export default nodePgMigrate;
