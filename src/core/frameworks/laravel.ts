// Laravel migrations: `Schema::table('users', function (Blueprint $table) { … })` read with
// tree-sitter-php. Blueprint calls are synthesised into Postgres SQL (Laravel columns are NOT
// NULL unless `->nullable()`); `DB::statement` / `DB::unprepared` strings are linted as written.
// On Postgres Laravel runs each migration in a transaction unless `$withinTransaction = false`.
import type { Framework, MigrationInput } from './framework';
import { laravel as meta } from './meta/index';
import { firstErrorNode, lineOf, parseCode, type Node } from '../parsers/tree-sitter';
import { dslFramework, hit, newTranslation, parseErrorHit, sql, type ColumnDef, type DslPiece, type DslTranslation } from './dsl/common';
import { modelTable } from './dsl/model-table';
import { handlerFor } from './dispatch';
import { withAppDialect } from './app-dialect';
import { dialectOfPath } from '../sql/dialect';
import { BLUEPRINT_CALLS, blueprintName, columnCall, typeName, type BlueprintCall, type TableCreation } from './laravel/blueprint';
import { args, boundAt, callName, literalNames, phpSql, phpStr, phpStrList, withAllBound, withBound, withoutBound } from './laravel/php';
import { PHP_TEMPLATES } from './dsl/binds';

/** Query builder and Eloquent calls that write rows (inserts seed rows: nothing to report). */
const WRITES = ['update', 'delete', 'forceDelete', 'insert', 'truncate', 'upsert', 'increment', 'decrement'];

/** The SQL a write amounts to (inserts and upserts: none to report). */
const WRITE_KINDS: Readonly<Record<string, 'update' | 'delete' | 'truncate'>> = {
  update: 'update',
  increment: 'update',
  decrement: 'update',
  delete: 'delete',
  forceDelete: 'delete',
  truncate: 'truncate',
};

/** Calls that narrow a query to some rows. */
const FILTERS = /^(where|orWhere|when|find|limit|take)/i;

/** Static calls that start an Eloquent query (`User::where(…)`, `User::query()`). */
const QUERY_STARTS = /^(where|orWhere|query|withTrashed|onlyTrashed|latest|oldest|find)/i;

/**
 * The model of an Eloquent write (`User::where('plan', null)->update([…])`, `Post::query()->delete()`):
 * its table (`users`). Undefined for other chains (`DB::table`, `Schema::`).
 */
function modelOf(call: Node): string | undefined {
  let inner: Node | null | undefined = call.childForFieldName('object');
  while (inner?.type === 'member_call_expression') inner = inner.childForFieldName('object');
  if (inner?.type !== 'scoped_call_expression' || !QUERY_STARTS.test(callName(inner))) return undefined;
  return modelClass(inner.childForFieldName('scope')?.text ?? '');
}

/**
 * The table of a class a static call names that may be a model (`User`, `\\App\\Models\\User`: `users`,
 * by Eloquent's convention), not one of Laravel's facades or helpers.
 */
function modelClass(scope: string): string | undefined {
  const cls = scope.split('\\').pop() ?? '';
  return /^[A-Z]\w*$/.test(cls) && !['DB', 'Schema', 'Carbon', 'Str', 'Arr', 'Storage', 'Cache', 'Config', 'Log', 'Artisan', 'Event', 'Queue'].includes(cls)
    ? modelTable(cls)
    : undefined;
}

/** Eloquent's writes of one record (`$user->save()`, `->each->deleteQuietly()`). */
const RECORD_WRITES: Readonly<Record<string, 'update' | 'delete'>> = {
  save: 'update',
  saveQuietly: 'update',
  update: 'update',
  updateQuietly: 'update',
  delete: 'delete',
  deleteQuietly: 'delete',
  forceDelete: 'delete',
  forceDeleteQuietly: 'delete',
};

/** The model of an Eloquent chain (`User::where(…)->chunk(…)`, `StatusHashtag::doesntHave('status')->lazyById(200)`): its table. */
function chainModel(node: Node | null | undefined): string | undefined {
  let inner = node;
  while (inner?.type === 'member_call_expression' || inner?.type === 'member_access_expression') inner = inner.childForFieldName('object');
  return inner?.type === 'scoped_call_expression' ? modelClass(inner.childForFieldName('scope')?.text ?? '') : undefined;
}

/**
 * The table a record write belongs to when it runs over a model's rows: a record of a loop over a
 * model query (`foreach (User::all() as $user) { … $user->save(); }`), of a closure given to one
 * (`User::chunk(100, function ($users) { … $user->save(); })`, `->each(fn ($s) => $s->delete())`),
 * or a higher-order `->each->deleteQuietly()` (pixelfed, monica). Undefined for anything else.
 */
function recordLoopModel(call: Node): string | undefined {
  const object = call.childForFieldName('object');
  // `Model::…->lazyById(200)->each->deleteQuietly()`
  if (object?.type === 'member_access_expression' && object.childForFieldName('name')?.text === 'each') return chainModel(object.childForFieldName('object'));
  if (object?.type !== 'variable_name' || object.text === '$this') return undefined;
  // The record must be the loop's own variable (or the closure's parameter), followed outwards
  // through a loop over a chunk (`function ($users) { foreach ($users as $user) … }`): a record
  // fetched inside the loop (`$followed = Follower::…->first()`) is another table's.
  let target = object.text;
  for (let up = call.parent; up; up = up.parent) {
    if (up.type === 'foreach_statement') {
      const [iterated, bound] = up.namedChildren;
      const value = bound?.type === 'pair' ? bound.namedChildren[1] : bound;
      if (value?.type !== 'variable_name' || value.text !== target) continue;
      const model = chainModel(iterated);
      if (model) return model;
      if (iterated?.type !== 'variable_name') return undefined;
      // A collection fetched before the loop (`$fields = CustomField::where(…)->get(); foreach ($fields as $f)`: snipe-it).
      const held = heldModel(iterated.text, up);
      if (held !== undefined) return held ?? undefined;
      target = iterated.text;
    } else if (up.type === 'anonymous_function' || up.type === 'arrow_function') {
      const param = up.childForFieldName('parameters')?.namedChildren[0]?.childForFieldName('name')?.text;
      if (param !== target) continue;
      // The closure's call: `Model::…->chunk(100, function …)`, `->each(fn …)`.
      const callOf = up.parent?.type === 'argument' ? up.parent.parent?.parent : undefined;
      return callOf?.type === 'member_call_expression' || callOf?.type === 'scoped_call_expression' ? chainModel(callOf) : undefined;
    } else if (up.type === 'method_declaration') return undefined;
  }
  return undefined;
}

/**
 * The model whose rows `variable` holds where `loop` runs: what its function assigns it before
 * the loop (`$customfields = CustomField::where(…)->get()`). Null when an assignment is something
 * else (`DB::table(…)->get()`, a config value, two models); undefined when none assigns it (a
 * closure's parameter, followed outwards by the caller).
 */
function heldModel(variable: string, loop: Node): string | null | undefined {
  let scope: Node | null = loop.parent;
  while (scope && !['anonymous_function', 'arrow_function', 'method_declaration', 'function_definition'].includes(scope.type)) scope = scope.parent;
  const assigned = (scope?.childForFieldName('body') ?? scope)
    ?.descendantsOfType('assignment_expression')
    .filter((a) => a.startIndex < loop.startIndex && a.childForFieldName('left')?.text === variable);
  if (!assigned?.length) return undefined;
  const models = new Set(assigned.map((a) => chainModel(a.childForFieldName('right'))));
  const [model] = models;
  return models.size === 1 && model ? model : null;
}

class LaravelReader {
  readonly t = newTranslation(true);
  /** Laravel 10 or earlier, and a MySQL app: see BlueprintSink. */
  constructor(
    readonly keepsUnstated = false,
    readonly mysql = false,
  ) {}
  private done = new Set<number>();
  /** The class's own methods, read where `up()` calls them (`$this->createAccountTypeTable()`: Firefly III). */
  helpers = new Map<string, Node>();
  private readonly entered = new Set<string>();

  emit(line: number, text: string): void {
    this.t.up.push({ sql: text, line, synthetic: true });
  }

  /** Variables of the method being read that hold the table prefix (`$prefix = DB::getTablePrefix();`). */
  private prefixVars = new Set<string>();

  /** The table prefix: `DB::getTablePrefix()` (or a connection's) or a variable holding it. */
  readonly isPrefix = (n: Node): boolean =>
    (n.type === 'variable_name' && this.prefixVars.has(n.text)) ||
    ((n.type === 'scoped_call_expression' || n.type === 'member_call_expression') && callName(n).toLowerCase() === 'gettableprefix' && !args(n).length);

  /**
   * The SQL of `DB::statement(…)` and kin. `bound`: run with bindings (`DB::update('… where id = ?',
   * [$id])`): a parse error there is the placeholder's. SQL built from other code is said, not
   * passed in silence (`notice`: the call, for the up's notice).
   */
  raw(node: Node | undefined, into: DslPiece[], bound = false, notice?: string): boolean {
    const s = phpSql(node, this.isPrefix);
    if (!s) return false;
    if ('code' in s) {
      const code = s.code.text.replace(/\s+/g, ' ');
      if (notice)
        this.t.hits.push(
          hit(
            'not-analysed',
            lineOf(s.code),
            `\`${notice}\` runs SQL built from \`${code.length > 60 ? `${code.slice(0, 57)}…` : code}\`, so what it does was not read: review it by hand.`,
          ),
        );
      return false;
    }
    // Bindings (`?`, `:name`) and PHP's interpolations are read as values where that makes the SQL
    // parse; what still does not is said on the call (dsl/binds.ts), not read in silence.
    const call = notice && node ? { label: notice, line: lineOf(node), lang: PHP_TEMPLATES } : undefined;
    into.push({
      sql: s.text,
      line: s.line,
      // Without a call to say it on, bound SQL's parse error stays the placeholder's (dropped).
      ...(s.inexact || (bound && !call) ? { inexact: true } : {}),
      ...(bound ? { binds: true } : {}),
      ...(call ? { call } : {}),
    });
    return true;
  }

  /** Read `body`'s calls, with its own prefix variables. */
  read(body: Node): void {
    withAllBound(literalLocals(body), () => this.within(body, () => this.readCalls(body)));
  }

  /** Run `f` with the prefix variables of the method `body` belongs to. */
  within<T>(body: Node, f: () => T): T {
    const outer = this.prefixVars;
    this.prefixVars = prefixVariables(body);
    try {
      return f();
    } finally {
      this.prefixVars = outer;
    }
  }

  private readCalls(body: Node): void {
    const calls = body.descendantsOfType(['scoped_call_expression', 'member_call_expression']);
    calls.sort((a, b) => (a.childForFieldName('name')?.startIndex ?? 0) - (b.childForFieldName('name')?.startIndex ?? 0));
    for (const call of calls) {
      if (this.done.has(call.id)) continue;
      this.unrolled(call, body, () => this.oneCall(call));
    }
  }

  /**
   * Run `read` once per element of each loop over literal names between `node` and `scope`
   * (`foreach (['events', 'sessions'] as $table) { Schema::dropIfExists($table); }`, or over a
   * local `$cols = ['a', 'b']`), the loop's variable bound to it: PHP runs the body once per
   * element. Calls read in one pass are read again in the next (`done` restarts for each).
   */
  private unrolled(node: Node, scope: Node, read: () => void): void {
    const loops: { variable: string; items: Node[] }[] = [];
    for (let child = node, up = node.parent; up && up.id !== scope.id; child = up, up = up.parent) {
      const loop = up.type === 'foreach_statement' && up.childForFieldName('body')?.id === child.id ? literalLoop(up) : undefined;
      if (loop) loops.unshift(loop);
    }
    if (!loops.length) return read();
    const before = new Set(this.done);
    const after = new Set<number>();
    const run = (i: number): void => {
      if (i < loops.length) {
        for (const item of loops[i]!.items) withBound(loops[i]!.variable, item, () => run(i + 1));
        return;
      }
      this.done = new Set(before);
      read();
      for (const id of this.done) after.add(id);
    };
    run(0);
    this.done = after;
  }

  /** Helpers being read with their parameters bound, innermost last: a call back into one is not read again. */
  private readonly reading: string[] = [];

  /**
   * `$this->dropLegacy('events')`: a method of the class given literals for every parameter (strings,
   * numbers, arrays of strings, a variable bound to one) is read for this call, its parameters
   * standing for them, so each call's changes are named. Otherwise (arguments known only at run
   * time, `...$rest`, a call back into a method being read) it is read once with its parameters
   * unbound: a notice where one names what it changes, as before.
   */
  private helperCall(name: string, helper: Node, call: Node): void {
    const body = helper.childForFieldName('body');
    if (!body) return;
    const params = helper.childForFieldName('parameters')?.namedChildren.filter((p) => p.type !== 'comment') ?? [];
    // A call back into a method being read (recursion) is read unbound, once.
    const binding = params.length && !this.reading.includes(name) ? bindParams(params, args(call)) : undefined;
    // Read again for this call: the body's calls were marked read by an earlier call.
    const again = () => {
      for (const c of body.descendantsOfType(['scoped_call_expression', 'member_call_expression'])) this.done.delete(c.id);
    };
    if (binding) {
      again();
      this.reading.push(name);
      try {
        withAllBound(binding, () => this.read(body));
      } finally {
        this.reading.pop();
      }
      return;
    }
    if (this.entered.has(name)) return;
    this.entered.add(name);
    again();
    // Its parameters stand for nothing known here, whatever an outer call bound them to.
    const names = params.flatMap((p) => p.childForFieldName('name')?.text ?? []);
    withoutBound(names, () => this.read(body));
  }

  private oneCall(call: Node): void {
    const name = callName(call);
    const a = args(call);
    const line = lineOf(call);
    if (call.type === 'member_call_expression') {
      const helper = call.childForFieldName('object')?.text === '$this' ? this.helpers.get(name) : undefined;
      if (helper) {
        this.helperCall(name, helper, call);
        return;
      }
      if (WRITES.includes(name) && (call.text.startsWith('DB::table') || modelOf(call))) {
        this.t.changesData = true;
        this.queryBuilder(call, name, line);
        return;
      }
      const write = handlerFor(RECORD_WRITES, name);
      const record = write ? recordLoopModel(call) : undefined;
      if (record) {
        // One record at a time, by its key: rows rewritten (or deleted) all the same.
        this.t.changesData = true;
        this.emit(line, sql.dataWrite(write!, record, true));
      }
      return;
    }
    const scope = call.childForFieldName('scope')?.text ?? '';
    if (scope === 'DB' || scope.endsWith('\\DB')) {
      // DB::update('UPDATE …', $bindings) and DB::delete(…) run their SQL as written.
      if (name === 'statement' || name === 'unprepared' || name === 'update' || name === 'delete') this.raw(a[0], this.t.up, a.length > 1, `DB::${name}(…)`);
      return;
    }
    // A model's own static writes: `User::truncate()` empties its table, `User::destroy($ids)` deletes rows.
    const model = name === 'truncate' || name === 'destroy' ? modelClass(scope) : undefined;
    if (model) {
      this.t.changesData = true;
      this.emit(line, sql.dataWrite(name === 'truncate' ? 'truncate' : 'delete', model, name === 'destroy'));
      return;
    }
    if (scope !== 'Schema' && !scope.endsWith('\\Schema')) return;
    const table = phpStr(a[0]);
    if (!table) {
      // `foreach ($tables as $table) Schema::table($table, …)`: never read in silence. (A create
      // with a name from config, spatie/laravel-permission's `$tableNames['roles']`, only shapes
      // a new table: nothing in it can touch existing rows.)
      if (name === 'create') for (const c of call.descendantsOfType('member_call_expression')) this.done.add(c.id);
      else if (SCHEMA_CALLS.has(name) && a[0]) {
        this.t.hits.push(
          hit('not-analysed', line, `\`Schema::${name}(${a[0].text}, …)\` names its table only at run time, so what it does was not read: review it by hand.`),
        );
        for (const c of call.descendantsOfType('member_call_expression')) this.done.add(c.id);
      }
      return;
    }
    switch (name) {
      case 'create': {
        const cols: ColumnDef[] = [];
        const after: string[] = [];
        this.blueprint(a[1], table, { cols, after });
        this.emit(line, sql.createTable(table, cols.length ? cols : [{ name: 'id', type: 'bigserial', primaryKey: true }]));
        for (const s of after) this.emit(line, s);
        break;
      }
      case 'table':
        this.blueprint(a[1], table);
        break;
      case 'drop':
      case 'dropIfExists':
        this.emit(line, sql.dropTable(table, name === 'dropIfExists'));
        break;
      case 'rename':
      case 'dropColumns':
      case 'dropColumn': {
        // `Schema::dropColumns('users', $columns)`: names found at run time are said, never passed.
        if (a[1] && !knownNames(a[1])) {
          this.t.hits.push(
            hit(
              'not-analysed',
              line,
              `\`Schema::${name}('${table}', ${oneLine(a[1].text)})\` names what it drops or renames only at run time, so it was not judged: review it by hand.`,
            ),
          );
          break;
        }
        if (name === 'rename') {
          const to = phpStr(a[1]);
          if (to) this.emit(line, sql.renameTable(table, to));
        } else for (const c of phpStrList(a[1])) this.emit(line, sql.dropColumn(table, c));
        break;
      }
      default:
        break;
    }
  }

  /**
   * A query builder write on a table (`DB::table('permissions')->delete()`), as the SQL it runs:
   * a DELETE without a `where…` in its chain deletes every row, a truncate empties the table, an
   * update rewrites rows. Inserts seed rows (nothing to report).
   */
  private queryBuilder(call: Node, name: string, line: number): void {
    let inner: Node | null | undefined = call.childForFieldName('object');
    let filtered = false;
    while (inner?.type === 'member_call_expression') {
      if (FILTERS.test(callName(inner))) filtered = true;
      inner = inner.childForFieldName('object');
    }
    const model = modelOf(call);
    if (model && FILTERS.test(callName(inner!))) filtered = true;
    const table = model ?? (inner?.type === 'scoped_call_expression' && callName(inner) === 'table' ? phpStr(args(inner)[0]) : undefined);
    if (!table) return;
    const kind = handlerFor(WRITE_KINDS, name);
    if (kind) this.emit(line, sql.dataWrite(kind, table, filtered));
  }

  private blueprint(arg: Node | undefined, table: string, create?: TableCreation): void {
    const fn = arg?.namedChildren[0];
    if (!fn || (fn.type !== 'anonymous_function' && fn.type !== 'arrow_function')) return;
    const param = fn.childForFieldName('parameters')?.namedChildren[0]?.childForFieldName('name')?.text;
    const body = fn.childForFieldName('body');
    if (!param || !body) return;
    const calls = body.descendantsOfType('member_call_expression');
    calls.sort((x, y) => x.startIndex - y.startIndex);
    for (const call of calls) {
      const obj = call.childForFieldName('object');
      if (obj?.type !== 'variable_name' || obj.text !== param || this.done.has(call.id)) continue;
      const chain: Node[] = [call];
      let cur = call;
      while (cur.parent?.type === 'member_call_expression' && cur.parent.childForFieldName('object')?.id === cur.id) {
        cur = cur.parent;
        chain.push(cur);
      }
      for (const c of chain) this.done.add(c.id);
      this.unrolled(call, body, () => this.chain(chain, table, create));
    }
  }

  /** One chain of calls on the blueprint: `$table->string('a')->nullable()->default('x')`. */
  private chain(chain: Node[], table: string, create?: TableCreation): void {
    const head = chain[0]!;
    const name = callName(head);
    const a = args(head);
    const call: BlueprintCall = {
      name,
      head,
      a,
      line: lineOf(head),
      col: phpStr(a[0]),
      mods: new Map(chain.slice(1).map((c) => [callName(c), c])),
      table,
      create,
    };
    // `$table->dropColumn($col)` over names found at run time (`foreach ($columns as $col)`,
    // `dropColumn($this->columns())`): what it drops is not known, and is said, never passed.
    const runtime = NAMES_DROPPED.has(blueprintName(name)) ? a.find((x) => !knownNames(x)) : undefined;
    if (runtime) {
      this.t.hits.push(
        hit(
          'not-analysed',
          call.line,
          `\`$table->${name}(${oneLine(runtime.text)})\` on "${table}" names what it drops or renames only at run time, so it was not judged: review it by hand.`,
        ),
      );
      return;
    }
    // PHP method names are case-insensitive (`$table->datetime('at')`).
    const known = typeName(name);
    if (known) columnCall(this, { ...call, name: known });
    else if (handlerFor(BLUEPRINT_CALLS, blueprintName(name))) handlerFor(BLUEPRINT_CALLS, blueprintName(name))!(this, call);
    else if (/^(drop|rename)/i.test(name))
      // A drop or rename the reader does not know: said, never passed in silence.
      this.t.hits.push(
        hit(
          'not-analysed',
          call.line,
          `\`$table->${name}(…)\` on "${table}" is not a Blueprint method rollback-ready reads: review what it drops or renames by hand.`,
        ),
      );
  }
}

/** Blueprint methods whose every argument names a column, index or key they drop or rename. */
const NAMES_DROPPED = new Set([
  'dropColumn',
  'dropColumns',
  'renameColumn',
  'rename',
  'dropIndex',
  'dropUnique',
  'dropFullText',
  'dropSpatialIndex',
  'dropForeign',
  'dropPrimary',
  'dropMorphs',
  'dropConstrainedForeignId',
]);

/** An argument the file gives: a string, a list of strings, or a variable bound to one. */
const knownNames = (a: Node): boolean => phpStr(a) !== undefined || literalNames(a) !== undefined;

/** Code quoted in a message: on one line, and short. */
function oneLine(code: string): string {
  const flat = code.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** A `foreach` over literal names (`foreach (['a', 'b'] as $col)`, or a local bound to such a list): its variable and names. */
function literalLoop(loop: Node): { variable: string; items: Node[] } | undefined {
  const [iterated, value] = loop.namedChildren;
  const items = literalNames(iterated);
  return value?.type === 'variable_name' && items ? { variable: value.text, items } : undefined;
}

/**
 * Locals a method assigns once, to a string or a list of strings (`$cols = ['a', 'b'];
 * $table->dropColumn($cols);`), and binds no other way (a loop's variable, a parameter, `$cols[] =`,
 * `.=`): read as that literal where they are used.
 */
function literalLocals(body: Node): [string, Node][] {
  const count = new Map<string, number>();
  const value = new Map<string, Node>();
  for (const a of body.descendantsOfType('assignment_expression')) {
    const left = a.childForFieldName('left');
    const right = a.childForFieldName('right');
    if (!left || !right) continue;
    // `$cols[] = 'c'`, `$cols['k'] = …`: the list changes.
    const target = left.type === 'subscript_expression' ? left.namedChildren[0] : left;
    if (target?.type !== 'variable_name') continue;
    count.set(target.text, (count.get(target.text) ?? 0) + (left.type === 'variable_name' ? 1 : 2));
    value.set(target.text, right);
  }
  for (const n of body.descendantsOfType(['augmented_assignment_expression', 'reference_assignment_expression'])) {
    const left = n.childForFieldName('left');
    if (left) count.set(left.text, 2);
  }
  for (const loop of body.descendantsOfType('foreach_statement'))
    for (const v of loop.namedChildren.slice(1, -1).flatMap((n) => [n, ...n.descendantsOfType('variable_name')])) count.set(v.text, 2);
  for (const p of body.descendantsOfType(['simple_parameter', 'variadic_parameter', 'property_promotion_parameter'])) {
    const n = p.childForFieldName('name');
    if (n) count.set(n.text, 2);
  }
  return [...value].filter(([n, v]) => count.get(n) === 1 && (literalNames(v) !== undefined || (v.type === 'string' && phpStr(v) !== undefined)));
}

/** A literal PHP value (a string, a number, a boolean, null, an array of strings), through a bound variable; else undefined. */
function phpLiteral(node: Node | null | undefined): Node | undefined {
  let n = node?.type === 'argument' ? node.namedChildren[node.namedChildren.length - 1] : node;
  if (n?.type === 'variable_name') n = boundAt(n);
  if (!n) return undefined;
  if (['integer', 'float', 'boolean', 'null'].includes(n.type)) return n;
  if (n.type === 'array_creation_expression') return literalNames(n) ? n : undefined;
  return phpStr(n) !== undefined ? n : undefined;
}

/**
 * Each parameter of a method (`$name`) with the literal a call gives it, by position, by name
 * (`name: 'x'`) or its literal default. Undefined when one is given something else, or for
 * `...$rest`, a spread, a by-reference parameter.
 */
function bindParams(params: Node[], given: Node[]): [string, Node][] | undefined {
  if (given.some((g) => g.namedChildren.some((c) => c.type === 'variadic_unpacking'))) return undefined;
  const positional = given.filter((g) => !g.childForFieldName('name'));
  const named = new Map(given.filter((g) => g.childForFieldName('name')).map((g) => [g.childForFieldName('name')!.text, g]));
  if (positional.length > params.length) return undefined;
  const out: [string, Node][] = [];
  for (const [i, p] of params.entries()) {
    const id = p.childForFieldName('name');
    if (p.type !== 'simple_parameter' || !id || p.children.some((c) => c.type === 'reference_modifier')) return undefined;
    const v = phpLiteral(positional[i] ?? named.get(id.text.slice(1)) ?? p.childForFieldName('default_value'));
    if (!v) return undefined;
    out.push([id.text, v]);
  }
  return [...named.keys()].every((k) => out.some(([n]) => n === `$${k}`)) ? out : undefined;
}

/** Variables a method assigns the table prefix to, and nothing else (`$prefix = DB::getTablePrefix();`). */
function prefixVariables(body: Node): Set<string> {
  const holds = new Map<string, boolean>();
  for (const a of body.descendantsOfType('assignment_expression')) {
    const left = a.childForFieldName('left');
    const right = a.childForFieldName('right');
    if (left?.type !== 'variable_name' || !right) continue;
    const prefix = (right.type === 'scoped_call_expression' || right.type === 'member_call_expression') && callName(right).toLowerCase() === 'gettableprefix';
    holds.set(left.text, (holds.get(left.text) ?? true) && prefix);
  }
  return new Set([...holds].filter(([, prefix]) => prefix).map(([v]) => v));
}

/** Schema calls whose first argument is the table. */
const SCHEMA_CALLS = new Set(['table', 'drop', 'dropIfExists', 'rename', 'dropColumns', 'dropColumn']);

function methods(root: Node): { methods: Map<string, Node>; transactional: boolean; cls?: Node } {
  const out = new Map<string, Node>();
  let transactional = true;
  const cls = root.descendantsOfType(['class_declaration', 'anonymous_class'])[0];
  const body = cls?.childForFieldName('body') ?? cls?.namedChildren.find((c) => c.type === 'declaration_list');
  for (const m of body?.namedChildren ?? []) {
    if (m.type === 'method_declaration') {
      const n = m.childForFieldName('name')?.text;
      if (n && !out.has(n)) out.set(n, m);
    } else if (m.type === 'property_declaration') {
      for (const el of m.namedChildren) {
        if (el.type !== 'property_element') continue;
        if (el.childForFieldName('name')?.text === '$withinTransaction' && el.childForFieldName('default_value')?.text.toLowerCase() === 'false')
          transactional = false;
      }
    }
  }
  return { methods: out, transactional, ...(cls ? { cls } : {}) };
}

/** Translate a Laravel migration into SQL pieces and a reversibility verdict. */
const isPhpFile = (name: string) => name.endsWith('.php');

export async function laravelToPieces(source: string, keepsUnstated = false, mysql = false): Promise<DslTranslation> {
  using tree = await parseCode('php', source);
  const root = tree.rootNode;
  const reader = new LaravelReader(keepsUnstated, mysql);
  const t = reader.t;
  const err = firstErrorNode(root);
  if (err) t.hits.push(parseErrorHit(lineOf(err), 'PHP'));
  const { methods: ms, transactional, cls } = methods(root);
  t.transactional = transactional;
  const up = ms.get('up');
  const down = ms.get('down');
  const upBody = up?.childForFieldName('body');
  reader.helpers = new Map([...ms].filter(([n]) => n !== 'up' && n !== 'down'));
  if (upBody) reader.read(upBody);
  if (!down) {
    t.downStatus = 'missing';
    t.hits.push(hit('missing-down-migration', up ? lineOf(up) : cls ? lineOf(cls) : 1, 'The migration has no `down()` method: it cannot be rolled back.'));
  } else {
    const stmts = (down.childForFieldName('body')?.namedChildren ?? []).filter((c) => c.type !== 'comment');
    const isThrow = (s: Node) => s.type === 'expression_statement' && s.namedChildren[0]?.type === 'throw_expression';
    const isReturn = (s: Node) => s.type === 'return_statement' && !s.namedChildren.length;
    // `Schema::table('x', function (Blueprint $table) { // })`: opens the table, changes nothing (pixelfed).
    const isEmptyTable = (s: Node) => {
      const c = s.type === 'expression_statement' ? s.namedChildren[0] : undefined;
      if (c?.type !== 'scoped_call_expression' || callName(c) !== 'table' || !/(^|\\)Schema$/.test(c.childForFieldName('scope')?.text ?? '')) return false;
      const fn = args(c)[1]?.namedChildren[0];
      const body = fn?.type === 'anonymous_function' ? fn.childForFieldName('body') : undefined;
      return !!body && body.namedChildren.every((n) => n.type === 'comment');
    };
    // An up that does nothing (`public function up(): void {}`) has nothing to undo.
    const upStmts = (upBody?.namedChildren ?? []).filter((c) => c.type !== 'comment');
    const nothingToUndo = !!up && upStmts.every(isReturn) && stmts.every(isReturn);
    if (nothingToUndo) {
      // an empty down is complete
    } else if (!stmts.length || stmts.every((s) => isThrow(s) || s.type === 'throw_statement' || isReturn(s) || isEmptyTable(s))) {
      t.downStatus = 'empty';
      const throws = stmts.some((s) => isThrow(s) || s.type === 'throw_statement');
      t.hits.push(
        hit(
          'empty-down-migration',
          lineOf(down),
          throws
            ? '`down()` throws instead of undoing the migration.'
            : stmts.some(isEmptyTable)
              ? '`down()` opens `Schema::table(…)` with nothing inside: rolling back does nothing.'
              : '`down()` is empty: rolling back does nothing.',
        ),
      );
    } else {
      // What the down does, translated as the up is: a type change it narrows back is said.
      const downReader = new LaravelReader(keepsUnstated, mysql);
      downReader.helpers = reader.helpers;
      const downBody = down.childForFieldName('body');
      if (downBody) downReader.read(downBody);
      t.downSql = downReader.t.up;
      t.downName = '`down()`';
      const pieces: DslPiece[] = [];
      const onlyRaw =
        !!downBody &&
        downReader.within(downBody, () =>
          stmts.every((s) => {
            const c = s.type === 'expression_statement' ? s.namedChildren[0] : undefined;
            if (c?.type !== 'scoped_call_expression') return false;
            const scope = c.childForFieldName('scope')?.text ?? '';
            return (scope === 'DB' || scope.endsWith('\\DB')) && ['statement', 'unprepared'].includes(callName(c)) && downReader.raw(args(c)[0], pieces);
          }),
        );
      if (onlyRaw && pieces.length) {
        t.down = pieces;
        t.downOnlySql = true;
        t.downLine = lineOf(down);
      }
    }
  }
  return t;
}

/**
 * Laravel's major version from an app's composer.json: the highest its `laravel/framework`
 * constraint allows (`^10.10` → 10, `^10.0|^11.0` → 11); undefined when it names none.
 */
export function laravelMajor(composerJson: string): number | undefined {
  let constraint: unknown;
  try {
    constraint = (JSON.parse(composerJson) as { require?: Record<string, unknown> }).require?.['laravel/framework'];
  } catch {
    return undefined;
  }
  if (typeof constraint !== 'string') return undefined;
  const majors = [...constraint.matchAll(/(?:^|[\s|,^~=>v])(\d+)(?=[.*\s|,]|$)/g)].map((m) => Number(m[1]));
  return majors.length ? Math.max(...majors) : undefined;
}

/** The app's Laravel major version, read once per app root and reader. */
const majors = new WeakMap<NonNullable<MigrationInput['readFile']>, Map<string, Promise<number | undefined>>>();
function appLaravelMajor(input: MigrationInput): Promise<number | undefined> {
  const read = input.readFile;
  const root = /^(.*?)database\/migrations\//.exec(input.path)?.[1];
  if (!read || root === undefined) return Promise.resolve(undefined);
  let byRoot = majors.get(read);
  if (!byRoot) majors.set(read, (byRoot = new Map()));
  let major = byRoot.get(root);
  if (!major)
    byRoot.set(
      root,
      (major = read(`${root}composer.json`).then(
        (text) => (text === undefined ? undefined : laravelMajor(text)),
        () => undefined,
      )),
    );
  return major;
}

/**
 * How the app runs its migrations: Laravel 10 or earlier (its composer.json; Laravel 11's column
 * restatement when it does not say), and on MySQL or not.
 */
async function appVariant(input: MigrationInput): Promise<{ keepsUnstated: boolean; mysql: boolean }> {
  const major = await appLaravelMajor(input);
  return { keepsUnstated: major !== undefined && major <= 10, mysql: (input.dialect ?? dialectOfPath(input.path))?.dialect === 'mysql' };
}

const translateFor = async (content: string, input: MigrationInput): Promise<DslTranslation> => {
  const { keepsUnstated, mysql } = await appVariant(input);
  return laravelToPieces(content, keepsUnstated, mysql);
};

/** Laravel migrations, read as the app's Laravel runs them on its database (`appVariant`). */
export const laravel: Framework = withAppDialect(
  dslFramework(meta, 'Laravel migration', (input) => translateFor(input.content, input), 'missing', {
    // database/migrations/2024_01_01_000000_name.php: name order is run order.
    isMigration: isPhpFile,
    translate: (content, _path, input) => translateFor(content, input),
    variant: async (input) => {
      const { keepsUnstated, mysql } = await appVariant(input);
      return `${keepsUnstated ? '<=10' : ''}${mysql ? ':mysql' : ''}`;
    },
  }),
  'laravel',
);

export default laravel;
