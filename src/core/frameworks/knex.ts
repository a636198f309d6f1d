// Knex migrations: `exports.up = (knex) => knex.schema.alterTable('t', (table) => { … })`.
// Schema builder calls are synthesised into Postgres SQL; `knex.raw` / `knex.schema.raw` strings
// are linted as written. Knex runs each migration in a transaction unless `config.transaction`
// is false.
import { withAppDialect } from './app-dialect';
import type { Framework } from './framework';
import { knex as meta } from './meta/index';
import { lineOf, type Node } from '../parsers/tree-sitter';
import type { Hit } from '../types';
import { dslFramework, hit, ident, newTranslation, sql, unknownCallHit, type ColumnDef, type DslTranslation } from './dsl/common';
import { handlerFor } from './dispatch';
import { DialectBranches } from './js-dialect-branch';
import { BUILDER_CALLS, columnCall, KNEX_TYPES, QUIET_BUILDER, type BuilderCall, type TableCreation } from './knex/table-builder';
import {
  addParseError,
  builtInCode,
  callArgs,
  codeLabel,
  callsInOrder,
  bindArguments,
  eachBinding,
  functionIn,
  chainFrom,
  fnBody,
  findMigrationFunctions,
  isFunction,
  jsBool,
  jsStr,
  PLACEHOLDER,
  sqlTexts,
  judgeDown,
  readDownSql,
  methodName,
  objectEntries,
  paramName,
  parseJs,
  READ_HELPER,
  rootName,
  calleeObject,
  type ChainLink,
} from './dsl/js';

const RAW = new Set(['raw']);
/**
 * `knex.schema` methods that change nothing a rule is about, or only chain (`withSchema`, `then`):
 * read, with nothing to say. Any other method is not read, and said so.
 */
const QUIET_SCHEMA = new Set([
  'withSchema',
  'hasTable',
  'hasColumn',
  'createSchema',
  'createSchemaIfNotExists',
  'createView',
  'createViewOrReplace',
  'createMaterializedView',
  'dropView',
  'dropViewIfExists',
  'dropMaterializedView',
  'dropMaterializedViewIfExists',
  'createExtension',
  'createExtensionIfNotExists',
  'dropExtension',
  'dropExtensionIfExists',
  'queryContext',
  'transacting',
  'connection',
  'debug',
  'then',
  'catch',
  'finally',
  'toSQL',
  'toString',
  'generateDdlCommands',
]);
/** Names a transaction's query builder goes by (`knex.transaction(async (trx) => …)`). */
const BUILDERS = /^(trx|tx|transaction|knex|db)$/;

class KnexReader {
  readonly t = newTranslation(true);
  private readonly done = new Set<number>();
  private branches?: DialectBranches;
  /** Helper functions of this file being read (a helper that calls itself is read once). */
  private readonly following = new Set<number>();
  /** Helpers from outside the file already noticed: one notice per helper, at its first call. */
  private readonly noticedHelpers = new Set<string>();

  /** `root`: the module, where helpers the migration passes its Knex object to are looked up. */
  constructor(private readonly root?: Node) {}

  emit(line: number, text: string): void {
    this.t.up.push({ sql: text, line, synthetic: true });
  }

  read(body: Node, knex: string): void {
    this.branches = new DialectBranches(this.t.hits, body);
    for (const call of callsInOrder(body)) {
      if (this.done.has(call.id) || this.branches.skip(call)) continue;
      // Inside a loop over a list the file holds, once per name (see eachBinding).
      eachBinding(call, body, () => this.readCall(call, knex, body));
    }
  }

  private readCall(call: Node, knex: string, body: Node): void {
    const name = methodName(call);
    const obj = calleeObject(call);
    const line = lineOf(call);
    const args = callArgs(call);
    if (name === 'raw' && rootName(obj) !== '') {
      // `db('users').update({ email: db.raw('LOWER(email)') })`: a value the query uses, not a statement.
      // A chain (wiki.js's `knex.schema.alterTable('pageHistory', table => { … }).raw(sql)`) is named by its root.
      const on = obj!.text.includes('\n') || obj!.text.length > 40 ? `${rootName(obj)}.….` : `${obj!.text}.`;
      if (!isValue(call)) this.rawSql(args[0], line, `${on}raw(${codeLabel(args[0])})`, `${on}raw(…)`, args.length > 1);
      return;
    }
    const isSchema = obj?.type === 'member_expression' ? obj.childForFieldName('property')?.text === 'schema' || obj.text.endsWith('.schema') : false;
    if (isSchema || (obj?.type === 'call_expression' && this.isSchemaChain(obj))) {
      this.schemaCall(name, args, line);
      return;
    }
    if (['update', 'del', 'delete', 'insert', 'truncate', 'increment', 'decrement'].includes(name)) this.queryBuilder(call, name, line, knex);
    else this.passesKnex(call, knex, body);
  }

  /**
   * A call that hands the Knex object to a function (thedevs-network/kutt's
   * `await models.createLinkTable(knex)`, whose helper adds a NOT NULL column defaulting to
   * `knex.fn.uuid()`): a function of this file is read where it is written; one defined elsewhere
   * (imported) is a notice, never silence.
   */
  private passesKnex(call: Node, knex: string, body: Node): void {
    const at = callArgs(call).findIndex((a) => a.type === 'identifier' && (a.text === knex || BUILDERS.test(a.text)));
    const fn = call.childForFieldName('function');
    if (at < 0 || !fn || rootName(fn) === knex) return;
    const name = fn.type === 'member_expression' ? fn.childForFieldName('property')?.text : fn.type === 'identifier' ? fn.text : undefined;
    const own = fn.type === 'identifier' && this.root ? functionIn(this.root, fn.text) : undefined;
    if (own) {
      const inside = own.startIndex >= body.startIndex && own.endIndex <= body.endIndex;
      const helperBody = fnBody(own);
      if (!inside && helperBody && !this.following.has(own.id)) {
        const branches = this.branches;
        this.following.add(own.id);
        // Its parameters are the arguments this call gives (`dropLegacy(knex, 'events')`: table 'events').
        bindArguments(own, call, () => this.read(helperBody, paramName(own, at) ?? knex));
        this.following.delete(own.id);
        this.branches = branches;
      }
      return;
    }
    if (name && READ_HELPER.test(name)) return;
    // One notice per helper, or per module object for its functions (kutt's six `models.create…Table(knex)`).
    const owner = fn.type === 'member_expression' ? rootName(fn) : '';
    const helper = owner ? `${owner}.…` : fn.text.length > 60 ? (name ?? 'a function') : fn.text;
    if (this.noticedHelpers.has(helper)) return;
    this.noticedHelpers.add(helper);
    const text = call.text.replace(/\s+/g, ' ');
    const what = owner
      ? `functions of \`${owner}\`, defined outside this file, so what they change (here and at the later \`${owner}.…(${knex})\` calls of this file)`
      : `\`${helper}\`, defined outside this file, so what it changes (here and at its later calls in this file)`;
    this.t.hits.push(
      hit(
        'not-analysed',
        lineOf(call),
        `\`${text.length > 80 ? `${text.slice(0, 77)}…` : text}\` passes the Knex object to ${what} was not judged: ` +
          'write the schema calls in the migration, or review them by hand and add `// rollback-ready-ignore not-analysed: <reason>` above the call.',
      ),
    );
  }

  /**
   * A query builder write (`knex('monitor').whereNull('x').update({…})`, `trx('notification')
   * .whereIn('type', […]).del()`), as the SQL it runs: a delete without a where… in its chain
   * deletes every row, a truncate empties the table, an update rewrites rows; an insert seeds.
   */
  private queryBuilder(call: Node, name: string, line: number, knex: string): void {
    let n: Node | null | undefined = calleeObject(call);
    let filtered = false;
    while (n?.type === 'call_expression' && n.childForFieldName('function')?.type === 'member_expression') {
      if (/^(where|orWhere|andWhere|limit|first)/.test(methodName(n))) filtered = true;
      n = calleeObject(n);
    }
    // The builder: knex('t'), or a transaction's trx('t').
    const fn = n?.type === 'call_expression' ? n.childForFieldName('function') : undefined;
    if (fn?.type !== 'identifier' || !(fn.text === knex || BUILDERS.test(fn.text))) return;
    this.t.changesData = true;
    const table = runTimeName(callArgs(n!)[0]);
    if (!table) return;
    if (name !== 'insert')
      this.emit(line, sql.dataWrite(name === 'del' || name === 'delete' ? 'delete' : name === 'truncate' ? 'truncate' : 'update', table, filtered));
  }

  private isSchemaChain(obj: Node): boolean {
    let n: Node | null = obj;
    while (n?.type === 'call_expression') {
      const o = calleeObject(n);
      if (o?.type === 'member_expression' && o.childForFieldName('property')?.text === 'schema') return true;
      n = o;
    }
    return false;
  }

  private schemaCall(name: string, args: Node[], line: number): void {
    // A table the code names at run time (a loop's variable, a parameter, a template) is still an
    // operation on some table: read under the run-time placeholder (`"…" (named at run time)`),
    // never skipped (`for (const t of tables) await knex.schema.dropTable(t)` was silent). Not for
    // a table created: later calls on another run-time name would read as on a new, empty table.
    const table = name === 'createTable' || name === 'createTableIfNotExists' ? jsStr(args[0]) : runTimeName(args[0]);
    switch (name) {
      case 'createTable':
      case 'createTableIfNotExists': {
        if (!table) return;
        const cb = args.find(isFunction);
        const cols: ColumnDef[] = [];
        const after: string[] = [];
        if (cb) this.builder(cb, table, { cols, after });
        this.emit(line, sql.createTable(table, cols.length ? cols : [{ name: 'id', type: 'serial', primaryKey: true }]));
        for (const s of after) this.emit(line, s);
        return;
      }
      case 'alterTable':
      case 'table': {
        const cb = args.find(isFunction);
        if (table && cb) this.builder(cb, table);
        return;
      }
      case 'dropTable':
      case 'dropTableIfExists':
        if (table) this.emit(line, sql.dropTable(table, name === 'dropTableIfExists'));
        return;
      case 'renameTable': {
        const to = runTimeName(args[1]);
        if (table && to) this.emit(line, sql.renameTable(table, to));
        return;
      }
      case 'raw':
        this.rawSql(args[0], line, `schema.raw(${codeLabel(args[0])})`, 'schema.raw(…)', args.length > 1);
        return;
      case 'dropSchema':
      case 'dropSchemaIfExists':
        if (table) this.emit(line, `DROP SCHEMA ${name === 'dropSchemaIfExists' ? 'IF EXISTS ' : ''}${ident(table)}${jsBool(args[1]) ? ' CASCADE' : ''};`);
        return;
      case 'renameView': {
        const to = jsStr(args[1]);
        if (table && to) this.emit(line, `ALTER VIEW ${ident(table)} RENAME TO ${ident(to)};`);
        return;
      }
      case 'refreshMaterializedView':
        if (table) this.emit(line, `REFRESH MATERIALIZED VIEW ${jsBool(args[1]) ? 'CONCURRENTLY ' : ''}${ident(table)};`);
        return;
      default:
        if (!QUIET_SCHEMA.has(name)) this.notRead(line, `schema.${name}(…)`);
        return;
    }
  }

  /** Raw SQL as written; SQL built in code it cannot see is a notice, never silence. */
  private rawSql(arg: Node | undefined, line: number, call: string, label: string, binds: boolean): void {
    const texts = sqlTexts(arg);
    // Bindings (`knex.raw('… ?', [x])`) are read as values, and SQL that still does not parse (or
    // whose `${…}` parts make it unparsable) is said on the call (dsl/binds.ts), not read in silence.
    if (texts)
      for (const s of texts)
        this.t.up.push({ sql: s.text, line: s.line, call: { label, line }, ...(s.inexact ? { inexact: true } : {}), ...(binds ? { binds } : {}) });
    else if (arg) this.t.hits.push(builtInCode(line, call, arg));
  }

  /** A call this reader does not know: a notice, never silence. */
  notRead(line: number, what: string): void {
    this.t.hits.push(unknownCallHit(line, what));
  }

  /** The table builder callback: `(table) => { table.string('x').notNullable(); … }`. */
  private builder(cb: Node, table: string, create?: TableCreation): void {
    const param = paramName(cb);
    const body = fnBody(cb);
    if (!param || !body) return;
    // Calls this builder has read: links of a chain read with its head. (Not `done`, which a second
    // reading of the same callback, for the next name of a loop, would find full.)
    const chained = new Set<number>();
    for (const call of callsInOrder(body)) {
      if (chained.has(call.id) || this.branches?.skip(call)) continue;
      const obj = calleeObject(call);
      if (obj?.type !== 'identifier' || obj.text !== param) continue;
      const chain = chainFrom(call);
      for (const l of chain) {
        chained.add(l.call.id);
        this.done.add(l.call.id);
      }
      eachBinding(call, body, () => this.builderChain(chain, table, lineOf(call), create));
    }
  }

  /** One chain on the table builder: `table.string('a', 80).notNullable().defaultTo('x')`. */
  private builderChain(chain: ChainLink[], table: string, line: number, create?: TableCreation): void {
    const head = chain[0]!;
    const call: BuilderCall = {
      name: head.name,
      a: head.args,
      col: jsStr(head.args[0]),
      mods: new Map(chain.slice(1).map((l) => [l.name, l])),
      table,
      line,
      create,
    };
    if (Object.hasOwn(KNEX_TYPES, head.name)) columnCall(this, call);
    else {
      const handler = handlerFor(BUILDER_CALLS, head.name);
      if (handler) handler(this, call);
      else if (!QUIET_BUILDER.has(head.name)) this.notRead(line, `table.${head.name}(…)`);
    }
  }
}

/** Wrappers that leave a call's value a statement of its own (`Promise.all([knex.raw(…), …])`). */
const STATEMENT_WRAPPERS = new Set(['all', 'allSettled', 'race', 'any']);

/**
 * A `raw(…)` written as a value inside another call (`update({ email: db.raw('LOWER(email)') })`,
 * `.defaultTo(knex.raw('now()'))`, `.where(knex.raw('? * 2', [10]))`), not run on its own.
 */
function isValue(raw: Node): boolean {
  for (let n: Node | null = raw.parent; n; n = n.parent) {
    if (n.type === 'arguments') {
      const call = n.parent;
      return !(call && STATEMENT_WRAPPERS.has(methodName(call)) && rootName(calleeObject(call)) === 'Promise');
    }
    if (
      ![
        'pair',
        'object',
        'array',
        'spread_element',
        'parenthesized_expression',
        'await_expression',
        'as_expression',
        'binary_expression',
        'ternary_expression',
      ].includes(n.type)
    )
      return false;
  }
  return false;
}

function transactionDisabled(root: Node): boolean {
  // exports.config = { transaction: false } / export const config = { transaction: false }
  for (const o of root.descendantsOfType('object')) {
    const entries = objectEntries(o);
    if (entries.has('transaction') && jsBool(entries.get('transaction')) === false) {
      const parentText = o.parent?.text ?? '';
      if (parentText.includes('config')) return true;
    }
  }
  return false;
}

/** Translate a Knex migration into SQL pieces and a reversibility verdict. */
export async function knexToPieces(source: string, path = 'migration.js'): Promise<DslTranslation> {
  using tree = await parseJs(path, source);
  const root = tree.rootNode;
  const reader = new KnexReader(root);
  const t = reader.t;
  addParseError(t, root, 'JavaScript');
  const fns = findMigrationFunctions(root);
  const built = builtByHelper(root, fns);
  if (built) t.hits.push(built);
  const up = fns.get('up');
  if (!up && !fns.get('down') && !built) {
    // No down path either way: the reversible gate still asks for one (fail closed), the finding is a notice.
    t.downStatus = 'missing';
    // requarks/wiki's server/db/beta/index.js (`module.exports = { async migrate (knex) { … } }`):
    // a module in the migrations folder that is no Knex migration; Knex would refuse to run it.
    t.hits.push(
      hit(
        'not-analysed',
        1,
        'This file exports no `up` or `down`, so it is not a Knex migration and was not analysed: if it changes the schema another way ' +
          '(its own migrator, a seed), review it by hand; if it is a migration, export `up` and `down`.',
      ),
    );
    return t;
  }
  const body = fnBody(up);
  if (body) reader.read(body, (up && paramName(up)) ?? 'knex');
  if (transactionDisabled(root)) t.transactional = false;
  judgeDown(t, fns, RAW, 'Knex');
  readDownSql(t, fns, () => new KnexReader(root), 'knex');
  return t;
}

/**
 * A migration the project builds with its own helpers (TryGhost/Ghost's `module.exports =
 * createTransactionalMigration(async function up(knex) { … }, async function down(knex) { … })`,
 * `module.exports = { ...createDropColumnMigration('members', 'subscribed', {}), down: … }`).
 * Functions named `up` and `down` among the helper's arguments are the migration's and are put
 * in `fns`; a helper that builds the up itself is a notice naming it. Undefined for a plain module.
 */
function builtByHelper(root: Node, fns: Map<string, Node>): Hit | undefined {
  for (const a of root.descendantsOfType('assignment_expression')) {
    if (a.childForFieldName('left')?.text.replace(/\s+/g, '') !== 'module.exports') continue;
    const right = a.childForFieldName('right');
    const helpers =
      right?.type === 'call_expression'
        ? [right]
        : right?.type === 'object'
          ? right.namedChildren.filter((c) => c.type === 'spread_element').flatMap((c) => c.namedChildren.filter((n) => n.type === 'call_expression'))
          : [];
    for (const call of helpers) {
      for (const arg of callArgs(call)) {
        const name = isFunction(arg) ? arg.childForFieldName('name')?.text : undefined;
        if ((name === 'up' || name === 'down') && !fns.has(name)) fns.set(name, arg);
      }
      if (fns.has('up')) continue;
      const label = call.text.replace(/\s+/g, ' ');
      return hit(
        'not-analysed',
        lineOf(call),
        `The migration is built by \`${label.length > 80 ? `${label.slice(0, 77)}…` : label}\`, a helper of the project's, so what its up changes was not judged: ` +
          'write the up as a function in the migration (`async function up(knex) { … }`), or review the helper by hand and add `// rollback-ready-ignore not-analysed: <reason>` above it.',
      );
    }
  }
  return undefined;
}

const isJsFile = (name: string) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith('.d.ts');

export const knex: Framework = withAppDialect(
  dslFramework(meta, 'Knex migration', (input) => knexToPieces(input.content, input.path), 'missing', {
    isMigration: isJsFile,
    translate: knexToPieces,
  }),
  'knex',
);

export default knex;

/** A name as written (a string, a constant of the file), else the run-time placeholder when an argument is there. */
function runTimeName(arg: Node | undefined): string | undefined {
  return jsStr(arg) ?? (arg ? PLACEHOLDER : undefined);
}
