// Walks a Rails migration's method bodies in document order and hands each DSL call to its
// handler: `add_column :users, …` to the migration calls, `t.string :c` inside a
// `create_table`/`change_table` block to the table calls.
import { lineOf, type Node } from '../../parsers/tree-sitter';
import { hit, newTranslation, sql, unknownCallHit, type ColumnDef, type DslPiece, type DslTranslation } from '../dsl/common';
import { modelTable } from '../dsl/model-table';
import { callName, callReceiver, heredocMap, isLiteral, nameOf, rubyArgs, rubyValue, withBound, withScope, type RubyArgs, type RubyValue } from '../dsl/ruby';
import type { Dialect } from '../../types';
import { handlerFor } from '../dispatch';
import { reversedByRails, type Ctx, type RailsCall } from './call';
import { dialectTest } from './dialect-test';
import { CONNECTION_SQL, MIGRATION_CALLS } from './migration-calls';
import { TABLE_CALLS, tableColumns } from './table-calls';
import { DATA_METHODS, indexNameRails, isFalse, isTrue, plural } from './values';
import { nameOrCode } from './expression-names';
import { forceHit, type TableEvent } from './force';

const NO_ARGS = (): RubyArgs => ({ positional: [], positionalNodes: [], options: new Map() });

/** Calls that narrow a relation to some rows (`where`, an inner `joins`; `in_batches` and `find_each` go through them all). */
const FILTERS = /^(where|rewhere|find_by|find$|limit|first|last|joins|merge|not|or|excluding)/;

/** What a record does to its row: rewrite it, or remove it. */
const RECORD_WRITES: Record<string, 'update' | 'delete'> = {
  update: 'update',
  'update!': 'update',
  update_column: 'update',
  update_columns: 'update',
  update_attribute: 'update',
  update_attributes: 'update',
  'update_attributes!': 'update',
  save: 'update',
  'save!': 'update',
  destroy: 'delete',
  'destroy!': 'delete',
  delete: 'delete',
};

/** The model class a relation chain starts from (`User.where(…).find_each`: `User`). */
function chainModel(call: Node): { model: string; filtered: boolean } | undefined {
  let filtered = false;
  let n: Node | null = callReceiver(call);
  while (n?.type === 'call') {
    if (FILTERS.test(callName(n))) filtered = true;
    n = callReceiver(n);
  }
  // The model's table by Rails' convention (`Plan` → `plans`): a table the migration creates is then known as new.
  return n?.type === 'constant' || n?.type === 'scope_resolution' ? { model: modelTable(n.text), filtered } : undefined;
}

/**
 * A backfill record by record (`User.find_each { |u| u.update!(plan: "free") }`, `Post.all.each do
 * |p| p.destroy end`): the rows of the model's table its block rewrites or removes, as the SQL that
 * amounts to. A block that only reads or inserts is not one.
 */
function iterationWrite(call: Node, name: string): string | undefined {
  if (!['find_each', 'find_in_batches', 'in_batches', 'each'].includes(name) || call.type !== 'call') return undefined;
  const block = call.childForFieldName('block');
  const chain = block ? chainModel(call) : undefined;
  if (!block || !chain) return undefined;
  // Writes on the block's own records (`|user| user.update!(…)`), not on others it builds.
  const params = new Set(block.descendantsOfType('block_parameters').flatMap((b) => b.namedChildren.map((c) => c.text)));
  let kind: 'update' | 'delete' | undefined;
  for (const inner of block.descendantsOfType('call')) {
    const write = params.has(callReceiver(inner)?.text ?? '') ? RECORD_WRITES[callName(inner)] : undefined;
    if (write === 'delete') kind = 'delete';
    else if (write) kind ??= 'update';
  }
  return kind ? sql.dataWrite(kind, chain.model, chain.filtered) : undefined;
}

/**
 * A model's write (`User.where(plan: nil).update_all(plan: "free")`, `Order.delete_all`), as the SQL
 * it runs on the model's table (named by its class). Inserts seed rows; a write on a record
 * (`o.update_column(…)`) or on something other than a model class is not read here (the migration
 * is still marked as changing data). Undefined then.
 */
function modelWrite(call: Node, name: string): string | undefined {
  // update_column(s) writes one record: not a table-wide write.
  const update = name.startsWith('update') && !name.startsWith('update_column');
  const kind = update ? 'update' : name === 'delete_all' || name === 'destroy_all' ? 'delete' : undefined;
  const chain = kind && call.type === 'call' ? chainModel(call) : undefined;
  return chain ? sql.dataWrite(kind!, chain.model, chain.filtered) : undefined;
}

/** A migration class for Rails before 5.1: `< ActiveRecord::Migration[4.2]`, `[5.0]`, or no version at all. */
function legacyIds(source: string): boolean {
  const m = /<\s*ActiveRecord::Migration(?:\[(\d+)\.(\d+)\])?/.exec(source);
  if (!m) return false;
  if (m[1] === undefined) return true;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major < 5 || (major === 5 && minor < 1);
}

/** Calls that go through a model's rows one by one: a write only by what their block does. */
const ITERATIONS = new Set(['find_each', 'find_in_batches', 'in_batches', 'each']);

/** A loop's block that saves, updates or removes records (`users.each { |u| u.settings.new(…).save! }`). */
const blockWrites = (call: Node): boolean =>
  !!call
    .childForFieldName('block')
    ?.descendantsOfType('call')
    .some((c) => Object.hasOwn(RECORD_WRITES, callName(c)) || (DATA_METHODS.has(callName(c)) && !ITERATIONS.has(callName(c))));

/** `connection`, `ActiveRecord::Base.connection`, `User.connection`: the database connection itself. */
const isConnection = (n: Node | null): boolean =>
  !!n && ((n.type === 'identifier' && n.text === 'connection') || (n.type === 'call' && callName(n) === 'connection' && !n.childForFieldName('arguments')));

/** One branch of an `if`/`unless`: its condition (none for `else`), and its statements or its one statement (a modifier's). */
interface Branch {
  condition: Node | null;
  negate: boolean;
  body: Node | null;
  single: boolean;
}

function branchesOf(node: Node): Branch[] {
  const negate = node.type.startsWith('unless');
  if (node.type.endsWith('_modifier')) return [{ condition: node.childForFieldName('condition'), negate, body: node.childForFieldName('body'), single: true }];
  const out: Branch[] = [{ condition: node.childForFieldName('condition'), negate, body: node.childForFieldName('consequence'), single: false }];
  let alt = node.childForFieldName('alternative');
  while (alt) {
    if (alt.type === 'elsif') {
      out.push({ condition: alt.childForFieldName('condition'), negate: false, body: alt.childForFieldName('consequence'), single: false });
      alt = alt.childForFieldName('alternative');
    } else {
      out.push({ condition: null, negate: false, body: alt, single: false });
      alt = null;
    }
  }
  return out;
}

const BRANCHING = new Set(['if', 'unless', 'if_modifier', 'unless_modifier']);

/** The last statement of a branch's body (`then`, `else`), comments left out. */
const lastStatement = (body: Node | null): Node | undefined => body?.namedChildren.filter((c) => c.type !== 'comment').pop();

/**
 * Calls that may run no SQL of their own as read here (a block, SQL they hold, a comment, what only
 * `change` cannot reverse): the others, read without SQL, name what they change with code.
 */
const NO_SQL_OF_THEIR_OWN = new Set([
  ...Object.keys(CONNECTION_SQL),
  'reversible',
  'up_only',
  'change_table',
  'drop_enum',
  'add_enum_value',
  'change_column_comment',
  'change_table_comment',
]);

/** Whether a call's arguments hold Ruby code where names go (a variable, a method call, a constant). */
const namesWithCode = (args: RubyArgs): boolean => [...args.positional, ...args.options.values()].some((v) => v.kind === 'other' && v.node.type !== 'lambda');

/** A call as written, on one line, at most 70 characters (for notices). */
function callText(call: Node): string {
  const block = call.childForFieldName('block');
  const text = (block ? call.text.slice(0, block.startIndex - call.startIndex) : call.text).replace(/\s+/g, ' ').trim();
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

/** How an option is written: `true`, `:cascade`, the code. */
function written(v: RubyValue): string {
  switch (v.kind) {
    case 'bool':
      return String(v.value);
    case 'symbol':
      return `:${v.value}`;
    case 'string':
      return JSON.stringify(v.value);
    case 'number':
      return String(v.value);
    case 'other':
    case 'hash':
      return v.node.text;
    default:
      return 'nil';
  }
}

/** Receiver-less calls taking a name that change no schema: output, queries, Ruby's own. */
const HARMLESS = new Set([
  'say',
  'say_with_time',
  'puts',
  'print',
  'p',
  'pp',
  'warn',
  'require',
  'require_relative',
  'load',
  'raise',
  'fail',
  'sleep',
  'include',
  'extend',
  'safety_assured',
  'with_lock_retries',
  'transaction',
  'announce',
  'write',
  'quote',
  'quote_table_name',
  'quote_column_name',
  'columns',
  'indexes',
  'foreign_keys',
  'check_constraints',
  'primary_key',
  'select_value',
  'select_values',
  'select_all',
  'select_rows',
  'select_one',
  'format',
  'sprintf',
  'exec_migration',
  'attr_accessor',
  'attr_reader',
]);

export class RailsReader {
  readonly t: DslTranslation;
  readonly heredocs: Map<number, Node>;

  /**
   * The migration's own methods (`def backfill`), read where `up`/`change` calls them, as Rails
   * runs them: a method taking arguments works on names given at run time and is said, not read.
   */
  methods = new Map<string, Node>();
  private readonly entered = new Set<string>();
  /**
   * Statements that do nothing on the app's database (their ids): `if`/`unless` statements none of
   * whose branches runs there, a guard clause that returns there, and what follows it.
   */
  readonly skipped = new Set<number>();

  /** What the up does to tables, in order (`create_table`, `drop_table`, `rename_table`): later migrations' force-creates are judged by it. */
  readonly tableEvents: TableEvent[] = [];

  /**
   * The type `create_table` gives its `id`: `bigserial` since Rails 5.1, `serial` for a migration
   * written for an earlier Rails (`ActiveRecord::Migration[4.2]`, or unversioned), which Rails
   * still runs with that version's defaults (openstreetmap-website's 040_create_oauth_tables).
   */
  readonly idType: 'serial' | 'bigserial';

  /** The database the app runs (its config/database.yml, else Postgres): branches testing it keep its own. */
  constructor(
    root: Node,
    transactional: boolean,
    readonly dialect: Dialect = 'postgres',
  ) {
    this.t = newTranslation(transactional);
    this.heredocs = heredocMap(root);
    this.idType = legacyIds(root.text) ? 'serial' : 'bigserial';
    const assigned = root.descendantsOfType('assignment').filter((a) => a.childForFieldName('left')?.type === 'constant');
    for (const a of assigned) {
      const name = a.childForFieldName('left')!.text;
      let right = a.childForFieldName('right');
      if (right?.type === 'call' && callName(right) === 'freeze' && !right.childForFieldName('arguments')) right = callReceiver(right);
      const value = right ? rubyValue(right, this.heredocs) : undefined;
      // Given twice (in branches), it is known only at run time.
      if (value && value.kind !== 'other' && assigned.filter((b) => b.childForFieldName('left')!.text === name).length === 1) this.constants.set(name, value);
    }
    // `@ver_tbl = %w[nodes ways relations]` in the class body (openstreetmap-website's 021_move_to_innodb):
    // the class's own variable, which `def self.up` sees (an instance method does not).
    const ivars = root.descendantsOfType('assignment').filter((a) => a.childForFieldName('left')?.type === 'instance_variable');
    for (const a of ivars) {
      const name = a.childForFieldName('left')!.text;
      const right = a.childForFieldName('right');
      if (a.parent?.parent?.type !== 'class' || !right || ivars.filter((b) => b.childForFieldName('left')!.text === name).length !== 1) continue;
      const value = rubyValue(right, this.heredocs);
      if (value.kind === 'array' && isLiteral(value)) this.classLists.set(name, value);
    }
    for (const call of root.descendantsOfType('call')) {
      if (callName(call) !== 'reversible' || callReceiver(call)) continue;
      const params = call.childForFieldName('block')?.descendantsOfType('block_parameters')[0];
      const first = params?.namedChildren[0];
      if (first?.type === 'identifier') this.directions.add(first.text);
    }
  }

  /**
   * Constants the file gives a value once (`NEW_COLUMNS = %i[owner name].freeze` in the class body,
   * rubygems.org's add_workflow_repository_to_unique_index): read where a call names them.
   */
  private readonly constants = new Map<string, RubyValue>();

  /** Lists the class body gives its own variables once (`@ver_tbl = %w[nodes ways]`): what a class method's loop may run over. */
  private readonly classLists = new Map<string, RubyValue>();

  /** The list `@name` holds where `at` runs: the class's, inside a class method (`def self.up`) only. */
  private classList(name: string, at: Node): RubyValue | undefined {
    let m: Node | null = at.parent;
    while (m && m.type !== 'method' && m.type !== 'singleton_method') m = m.parent;
    return m?.type === 'singleton_method' ? this.classLists.get(name) : undefined;
  }

  private withConstants(args: RubyArgs): RubyArgs {
    const known = (v: RubyValue): RubyValue => (v.kind === 'other' && v.node.type === 'constant' ? (this.constants.get(v.node.text) ?? v) : v);
    if (!this.constants.size) return args;
    return { ...args, positional: args.positional.map(known), options: new Map([...args.options].map(([k, v]) => [k, known(v)])) };
  }

  /**
   * The names `reversible` blocks give their direction (`|dir|`, `|direction|`, rubygems.org's
   * `|change|`): `<name>.up` / `<name>.down` are its two halves, whatever the name.
   */
  private readonly directions = new Set<string>(['dir']);

  emit(line: number, text: string, synthetic = true, inexact = false): void {
    const p: DslPiece = { sql: text, line };
    if (synthetic) p.synthetic = true;
    if (inexact) p.inexact = true;
    this.t.up.push(p);
  }

  irreversible(line: number, what: string): void {
    this.t.hits.push(
      hit('irreversible-operation', line, `${what} inside \`change\` cannot be reversed automatically: write \`up\`/\`down\` or use \`reversible\`.`),
    );
  }

  /**
   * What a `reversible` block's `dir.down` does, translated as the up is but kept apart (in
   * `downPieces`, not the up's SQL, findings or data changes): a type change it narrows back is said.
   */
  readonly downPieces: DslPiece[] = [];

  private readDown(block: Node, ctx: Ctx): void {
    const { up, hits, changesData } = this.t;
    this.t.up = [];
    this.t.hits = [];
    this.walk(block, { ...ctx, mode: 'down', guarded: true });
    this.downPieces.push(...this.t.up);
    Object.assign(this.t, { up, hits, changesData });
  }

  notAnalysed(line: number, message: string): void {
    this.t.hits.push(hit('not-analysed', line, message));
  }

  /** What the reader has said so far: its SQL, and its notices (a call that said neither was not read). */
  private progress(): string {
    return `${this.t.up.length}/${this.t.hits.filter((h) => h.rule === 'not-analysed').length}`;
  }

  /** Walk statements in document order, up to a guard clause that returns on the app's database. */
  walk(node: Node, ctx: Ctx): void {
    const children = node.namedChildren;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      this.statement(c, ctx);
      if (this.returnsHere(c)) {
        // `return unless connection.adapter_name == 'PostgreSQL'` on MySQL: nothing after it runs.
        for (const rest of children.slice(i)) this.skipped.add(rest.id);
        return;
      }
    }
  }

  /**
   * A guard clause on the database (`return unless postgresql?`, `return if connection.adapter_name
   * =~ /sqlite/i`, or an `if … return … end`) whose `return` runs on the app's database. A condition
   * that does not test the database (`return if column_exists?(…)`) may go either way: not one.
   */
  private returnsHere(node: Node): boolean {
    if (!BRANCHING.has(node.type)) return false;
    for (const b of branchesOf(node)) {
      const test = b.condition ? dialectTest(b.condition, this.dialect) : true;
      if (test === undefined) return false;
      if (b.negate ? test : !test) continue;
      return (b.single ? b.body : lastStatement(b.body))?.type === 'return';
    }
    return false;
  }

  /** An event on a table, as the up runs it (a `down`'s are not the up's). */
  tableEvent(e: TableEvent, ctx: Ctx): void {
    if (ctx.mode !== 'down') this.tableEvents.push(e);
  }

  /**
   * `create_table :t, force: true` (`:cascade`): Rails runs `drop_table(t, if_exists: true)` first
   * (schema_statements.rb), so the rows of a table that exists are gone. A table this file already
   * made, dropped or renamed is not one that existed: no finding.
   */
  forceCreate(c: RailsCall, table: string): void {
    const force = c.args.options.get('force');
    if (!force || !isTrue(force) || c.ctx.mode === 'down') return;
    if (this.tableEvents.some((e) => (e.kind === 'rename' ? e.from === table || e.to === table : e.table === table))) return;
    const cascade = force.kind === 'symbol' && force.value === 'cascade' && this.dialect === 'postgres';
    this.t.hits.push(forceHit(c.line, { table, call: c.name, option: `force: ${written(force)}`, cascade }));
  }

  /**
   * A loop over names this file holds (`%i[a b].each do |col| … end`, `[:a, :b].each { |t| … }`, a
   * constant bound to such a list: `COLUMNS.each`, a class variable in a class method: `@ver_tbl.each`): its parameter, the names and the block's body, so
   * that the body is read once per name, as Ruby runs it. Undefined for any other call.
   */
  private literalLoop(c: Node): { param: string; items: RubyValue[]; body: Node } | undefined {
    if (c.type !== 'call' || callName(c) !== 'each') return undefined;
    const receiver = callReceiver(c);
    const block = c.childForFieldName('block');
    const params = block?.namedChildren.find((n) => n.type === 'block_parameters')?.namedChildren ?? [];
    const body = block?.namedChildren.find((n) => n.type === 'body_statement' || n.type === 'block_body');
    if (!receiver || !body || params.length !== 1 || params[0]!.type !== 'identifier') return undefined;
    const list =
      receiver.type === 'constant'
        ? this.constants.get(receiver.text)
        : receiver.type === 'instance_variable'
          ? this.classList(receiver.text, c)
          : rubyValue(receiver, this.heredocs);
    if (list?.kind !== 'array' || !list.items.length || !list.items.every((v) => v.kind === 'symbol' || v.kind === 'string')) return undefined;
    return { param: params[0]!.text, items: list.items, body };
  }

  private statement(c: Node, ctx: Ctx): void {
    if (c.type === 'comment' || c.type === 'heredoc_body') return;
    const loop = this.literalLoop(c);
    if (loop) {
      for (const item of loop.items) withBound(loop.param, item, () => this.walk(loop.body, ctx));
      return;
    }
    if (c.type === 'call' || c.type === 'identifier') {
      if (this.call(c, ctx)) return;
    }
    if (BRANCHING.has(c.type) && this.branches(c, ctx)) return;
    if (c.type === 'method' || c.type === 'singleton_method' || c.type === 'class' || c.type === 'module') return;
    this.walk(c, ctx);
  }

  /**
   * `if ActsAsTaggableOn::Utils.using_mysql?` … `else` (acts-as-taggable-on's migrations, copied
   * into chatwoot), `if connection.adapter_name == 'Mysql2'`: only the branch the app's database
   * runs is read. From a condition that does not test the database on, every branch is read, as
   * before. False when the node is left to the plain walk.
   */
  private branches(node: Node, ctx: Ctx): boolean {
    const list = branchesOf(node);
    for (const [i, b] of list.entries()) {
      const test = b.condition ? dialectTest(b.condition, this.dialect) : true;
      const holds = test === undefined ? undefined : b.negate ? !test : test;
      if (holds === false) continue;
      if (holds === undefined && i === 0) return false;
      for (const r of holds === undefined ? list.slice(i) : [b]) {
        if (r.body && r.single) this.statement(r.body, ctx);
        else if (r.body) this.walk(r.body, ctx);
      }
      return true;
    }
    this.skipped.add(node.id);
    return true;
  }

  /**
   * A method of the migration called from `up`/`change`/`down` (`backfill`, `self.backfill`,
   * `drop_legacy(:events)`): read where it is called, as Rails runs it, its parameters standing for
   * the values it is given (literal names, numbers, lists, a constant the file holds, a loop's name;
   * a default it leaves out, when written out). Given a value known only at run time (or calling
   * itself), what it changes is said, not read.
   */
  private ownMethod(name: string, call: Node, ctx: Ctx): boolean {
    const method = this.methods.get(name);
    if (!method) return false;
    const params = method.childForFieldName('parameters')?.namedChildren.filter((p) => p.type !== 'comment') ?? [];
    if (this.entered.has(name) && !params.length) return false;
    const body = method.childForFieldName('body');
    if (!body) return true;
    const bindings = this.entered.has(name) ? undefined : this.parameters(params, call);
    if (bindings) {
      this.entered.add(name);
      withScope(bindings, () => this.walk(body, ctx));
      this.entered.delete(name);
      return true;
    }
    const acts = body
      .descendantsOfType(['call', 'identifier'])
      .some((n) => handlerFor(MIGRATION_CALLS, n.type === 'call' ? callName(n) : n.text) || (n.type === 'call' && DATA_METHODS.has(callName(n))));
    if (acts)
      this.notAnalysed(
        lineOf(call),
        this.entered.has(name)
          ? `\`${callText(call)}\`: \`${name}\`, a method of this migration, calls itself, so what it changes there was not read. Review it by hand.`
          : `\`${callText(call)}\`: \`${name}\`, a method of this migration, takes arguments known only at run time (not names, numbers or lists written out), so what it changes was not read. Review it by hand, or call it with the names written out.`,
      );
    return true;
  }

  /**
   * What a method's parameters stand for at a call: the call's values in order, its keywords by name,
   * a default the call leaves out when it is written out (`index = true`). Undefined when any is not a
   * value written out, or the parameters are of another shape (`*rest`, `**opts`, `&block`) or do
   * not match the call (a block given, a keyword the method has no parameter for).
   */
  private parameters(params: Node[], call: Node): [string, RubyValue][] | undefined {
    const args = call.type === 'call' ? this.withConstants(rubyArgs(call, this.heredocs)) : NO_ARGS();
    if (call.childForFieldName('block')) return undefined;
    const written = (p: Node): RubyValue | undefined => {
      const v = p.childForFieldName('value');
      // A default naming another parameter (`other = table`) is not read: only values written out.
      if (!v || v.type === 'identifier' || v.descendantsOfType('identifier').length) return undefined;
      const d = rubyValue(v, this.heredocs);
      return d.kind === 'other' && d.node.type === 'constant' ? this.constants.get(d.node.text) : d;
    };
    const out: [string, RubyValue][] = [];
    const keywords = new Set<string>();
    let i = 0;
    for (const p of params) {
      let v: RubyValue | undefined;
      const id = p.type === 'identifier' ? p.text : p.childForFieldName('name')?.text;
      if (p.type === 'identifier') v = args.positional[i++];
      else if (p.type === 'optional_parameter') v = i < args.positional.length ? args.positional[i++] : written(p);
      else if (p.type === 'keyword_parameter' && id) {
        keywords.add(id);
        v = args.options.get(id) ?? written(p);
      } else return undefined;
      if (!id || !v || !isLiteral(v)) return undefined;
      out.push([id, v]);
    }
    if (i < args.positional.length || [...args.options.keys()].some((k) => !keywords.has(k))) return undefined;
    return out;
  }

  /** Handle a call; returns true when its children need no further walking. */
  private call(call: Node, ctx: Ctx): boolean {
    const name = call.type === 'identifier' ? call.text : callName(call);
    const recv = call.type === 'call' ? callReceiver(call) : null;
    const args = call.type === 'call' ? this.withConstants(rubyArgs(call, this.heredocs)) : NO_ARGS();
    const site = { name, node: call, line: lineOf(call), block: call.childForFieldName('block'), args, ctx };

    // Block-scoped table operations: `t.remove :x` inside change_table/create_table.
    if (recv && ctx.table !== undefined && recv.type === 'identifier' && !this.directions.has(recv.text)) {
      if (this.tableCall({ ...site, table: ctx.table })) return true;
    }

    if (recv?.type === 'identifier' && this.directions.has(recv.text) && (name === 'up' || name === 'down')) {
      if (name === 'up' && site.block) this.walk(site.block, { ...ctx, guarded: true });
      if (name === 'down' && site.block) this.readDown(site.block, ctx);
      return true;
    }
    if ((!recv || recv.type === 'self') && name !== 'up' && name !== 'down' && name !== 'change' && this.ownMethod(name, call, ctx)) return true;
    // SQL sent to the connection itself (`connection.execute`, `ActiveRecord::Base.connection.exec_update`) is SQL the migration runs.
    const sqlCall = handlerFor(CONNECTION_SQL, name);
    if (sqlCall && isConnection(recv)) return sqlCall(this, { ...site, name: `${recv!.text}.${name}`, table: undefined });
    if (recv && (DATA_METHODS.has(name) || name === 'each')) {
      const write = ctx.mode !== 'down' ? (modelWrite(call, name) ?? iterationWrite(call, name)) : undefined;
      if (DATA_METHODS.has(name) || write) this.t.changesData = true;
      if (write) this.emit(site.line, write);
      if (reversedByRails(ctx) && (write || (chainModel(call) && (!ITERATIONS.has(name) || blockWrites(call))))) {
        this.modelCodeInChange(site.line, name);
        // Its block and arguments are read as before, the one finding said.
        this.walk(call, { ...ctx, guarded: true });
        return true;
      }
      return false;
    }
    if (recv) return false;

    const handler = handlerFor(MIGRATION_CALLS, name);
    if (handler) {
      const before = this.progress();
      const done = handler(this, { ...site, table: nameOrCode(args.positional[0]) });
      if (this.progress() === before && !NO_SQL_OF_THEIR_OWN.has(name)) this.namedWithCode(call, site.line, args);
      return done;
    }
    if (DATA_METHODS.has(name) && ctx.mode !== 'down') this.t.changesData = true;
    if (call.type === 'call' && ctx.mode !== 'down') return this.unknownCall(call, name, site.line, args);
    return false;
  }

  /**
   * A call the reader has no handler for that names a table or column (`add_column_with_default
   * :accounts, …`, `safely_remove_column :users, :x`: Mastodon's and GitLab's migration helpers;
   * openstreetmap-website's `add_primary_key`; fx's `create_function`): what it changes is not known,
   * so a notice, never silence (they were read as nothing). `revert` runs the inverse of
   * what it is given, which is not read either. True when the call needs no further walking.
   */
  private unknownCall(call: Node, name: string, line: number, args: RubyArgs): boolean {
    if (name === 'revert') {
      this.notAnalysed(
        line,
        `\`${callText(call)}\` runs the inverse of the migration or block it is given, which was not read: review what it undoes (and what a rollback of it re-applies) by hand.`,
      );
      return true;
    }
    const first = args.positional[0];
    if (!first || (first.kind !== 'symbol' && first.kind !== 'string') || HARMLESS.has(name) || name.endsWith('?')) return false;
    this.t.hits.push(unknownCallHit(line, callText(call)));
    return false;
  }

  /**
   * Model code in `change` (`User.update_all(…)`, a `find_each` loop saving records) runs again on
   * rollback: Rails runs `revert { change }`, which inverts only the schema commands it records.
   */
  private modelCodeInChange(line: number, name: string): void {
    this.t.hits.push(
      hit(
        'irreversible-operation',
        line,
        `Model code (\`${name}\`) inside \`change\` runs again when the migration is rolled back: Rails reverses only the schema commands it records. Move it to \`up\`/\`down\` or into \`up_only\`/\`reversible\`.`,
      ),
    );
  }

  /**
   * SQL sent past Rails' `CommandRecorder` in `change` (`connection.execute`, `exec_query`, the
   * connection's `update`): a rollback runs it again rather than raising.
   */
  runsAgain(line: number, name: string): void {
    this.t.hits.push(
      hit(
        'irreversible-operation',
        line,
        `SQL sent to the connection (\`${name}\`) inside \`change\` runs again when the migration is rolled back: Rails reverses only the schema commands it records, and this call bypasses them. Move it to \`up\`/\`down\` or into \`up_only\`/\`reversible\`.`,
      ),
    );
  }

  /**
   * A call that ran no SQL as read because code names what it changes (`remove_column :users, name`,
   * `remove_index :t, name: index_name`): a notice on its line, never silence.
   */
  private namedWithCode(call: Node, line: number, args: RubyArgs): void {
    if (!namesWithCode(args)) return;
    this.notAnalysed(
      line,
      `\`${callText(call)}\` names what it changes with Ruby code, known only at run time, so what it does was not judged: review it by hand.`,
    );
  }

  /** Whether this file's up made the table (a CREATE TABLE, or a rename into its name) before this point. */
  madeHere(table: string): boolean {
    return this.tableEvents.some((e) => (e.kind === 'create' ? e.table === table : e.kind === 'rename' && e.to === table));
  }

  /**
   * A type change of a column of a table named by code: whether it changes the type rests on the
   * column's earlier definition, which cannot be looked up without the table's name. A notice.
   */
  tableNamedWithCode(c: RailsCall): void {
    this.notAnalysed(
      c.line,
      `\`${callText(c.node)}\` changes a column of a table that Ruby code names, known only at run time, so its earlier type could not be looked up and whether the type changes was not judged: review it by hand.`,
    );
  }

  /** `t.<method>` inside create_table / change_table. */
  private tableCall(c: RailsCall): boolean {
    const before = this.progress();
    if (tableColumns(this, c)) return true;
    const handler = handlerFor(TABLE_CALLS, c.name);
    if (!handler) return false;
    const done = handler(this, c);
    // In a change_table (a create_table's columns are its CREATE TABLE's).
    if (this.progress() === before && !c.ctx.columns) this.namedWithCode(c.node, c.line, c.args);
    return done;
  }

  /** `add_reference` / `t.references`: the `<ref>_id` column with its index and foreign key. */
  reference(table: string, ref: string, o: Map<string, RubyValue>, line: number, inCreate: boolean, ctx?: Ctx): void {
    const col = `${ref}_id`;
    const c: ColumnDef = { name: col, type: nameOf(o.get('type')) === 'uuid' ? 'uuid' : 'bigint' };
    if (isFalse(o.get('null'))) c.notNull = true;
    const wantIndex = !isFalse(o.get('index'));
    const fk = o.get('foreign_key');
    const pieces: DslPiece[] = [];
    if (wantIndex) {
      const io = o.get('index');
      const unique = io?.kind === 'hash' && isTrue(io.entries.get('unique'));
      const conc = io?.kind === 'hash' && nameOf(io.entries.get('algorithm')) === 'concurrently';
      pieces.push({ sql: sql.createIndex(table, [col], { name: indexNameRails(table, [col]), unique, concurrently: conc }), line, synthetic: true });
    }
    if (fk && isTrue(fk)) {
      const to = fk.kind === 'hash' ? nameOrCode(fk.entries.get('to_table')) : undefined;
      // `foreign_key: { validate: false }`: Rails passes the hash to add_foreign_key, so NOT VALID.
      const notValid = fk.kind === 'hash' && isFalse(fk.entries.get('validate'));
      pieces.push({ sql: sql.addForeignKey(table, [col], to ?? plural(ref), ['id'], { notValid }), line, synthetic: true });
    }
    if (inCreate && ctx?.columns) {
      ctx.columns.push(c);
      ctx.after?.push(...pieces);
    } else {
      this.emit(line, sql.addColumn(table, c));
      this.t.up.push(...pieces);
    }
  }
}
