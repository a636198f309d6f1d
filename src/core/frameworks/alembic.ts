// Alembic migrations: `def upgrade()` / `def downgrade()` read with tree-sitter-python; `op.*`
// calls (and `batch_op.*` inside `with op.batch_alter_table(...)`) synthesised into Postgres SQL;
// `op.execute(...)` / `conn.execute(sa.text(...))` strings linted as written.
import type { Framework, MigrationInput } from './framework';
import { alembic as meta } from './meta/index';
import { firstErrorNode, lineOf, parseCode, type Node } from '../parsers/tree-sitter';
import { alembicOrder } from './alembic/revisions';
import { dslFramework, hit, newTranslation, parseErrorHit, unknownCallHit, type DslTranslation } from './dsl/common';
import { arg, bodyStatements, isNoopBody, lastName, pyArgs, pyStr, withAllBound, withoutBound, boundValue } from './dsl/python';
import { isBuiltSql, sqlText } from './alembic/strings';
import { sql } from './dsl/common';
import { PY_TEMPLATES } from './dsl/binds';
import { handlerFor } from './dispatch';
import { inSchema, OPERATIONS, type OpSink } from './alembic/operations';
import type { Dialect } from '../types';
import { dialectOfPath } from '../sql/dialect';

class AlembicReader implements OpSink {
  readonly t: DslTranslation;
  private readonly batch = new Map<string, string>();
  /** `with op.batch_alter_table(<code>) as alias`, a table named only at run time: alias → code. */
  private readonly runtimeBatch = new Map<string, string>();
  autocommit = false;
  /**
   * The module's own functions (not `upgrade`/`downgrade`), read where the revision calls them:
   * mealie's `populate_shopping_list_users()` deletes rows inside one. Each is read once.
   */
  helpers = new Map<string, Node>();
  private readonly entered = new Set<string>();

  /** The database the revision is read for: branches on the dialect keep its own (see `ifStatement`). */
  constructor(readonly dialect: Dialect = 'postgres') {
    this.t = newTranslation(true);
  }

  emit(line: number, text: string): void {
    this.t.up.push({ sql: text, line, synthetic: true });
  }

  markDataChange(): void {
    this.t.changesData = true;
  }

  notAnalysed(line: number, message: string): void {
    this.t.hits.push(hit('not-analysed', line, message));
  }

  /**
   * Strings and tables the revision names once and uses later (`DROP = "ALTER TABLE …"` then
   * `op.execute(sa.text(DROP))`; `BLOCK_TYPE = sa.table("block_type", …)`), module-wide or in a
   * function: a name assigned once to a string literal or to `sa.table("name", …)`.
   */
  names = new Map<string, Node>();

  collectNames(root: Node): void {
    const seen = new Map<string, number>();
    for (const a of root.descendantsOfType('assignment')) {
      const left = a.childForFieldName('left');
      const right = a.childForFieldName('right');
      if (left?.type !== 'identifier' || !right) continue;
      seen.set(left.text, (seen.get(left.text) ?? 0) + 1);
      this.names.set(left.text, right);
      const fn = right.type === 'call' ? right.childForFieldName('function') : undefined;
      const table = fn && ['table', 'Table'].includes(lastName(fn)) ? pyStr(pyArgs(right).positional[0]) : undefined;
      const known = this.tableNames.get(left.text);
      this.tableNames.set(left.text, this.tableNames.has(left.text) && known !== table ? undefined : table);
    }
    // Assigned more than once: which value an execute sees is not known here.
    for (const [name, count] of seen) if (count > 1) this.names.delete(name);
    for (const a of root.descendantsOfType('augmented_assignment')) this.mutated.add(a.childForFieldName('left')?.text ?? '');
    for (const c of root.descendantsOfType('call')) {
      const fn = c.childForFieldName('function');
      const obj = fn?.type === 'attribute' ? fn.childForFieldName('object') : undefined;
      if (obj?.type === 'identifier' && ['append', 'extend', 'insert', 'remove', 'pop', 'clear'].includes(lastName(fn!))) this.mutated.add(obj.text);
    }
  }

  /** `node`, or what the name it is stands for (through `sa.text(NAME)` too). */
  private resolved(node: Node | undefined): Node | undefined {
    if (node?.type === 'identifier') return this.names.get(node.text) ?? node;
    if (node?.type === 'call') {
      const fn = node.childForFieldName('function');
      const inner = pyArgs(node).positional[0];
      if (fn && lastName(fn) === 'text' && inner?.type === 'identifier' && this.names.has(inner.text)) return this.names.get(inner.text);
    }
    return node;
  }

  /**
   * Every `name = table("x", …)` (or `sa.table`, `sa.Table`) of the revision, by name: reassigned
   * ones too, when they all name one table (undefined when they do not).
   */
  private readonly tableNames = new Map<string, string | undefined>();

  /** The table a name stands for, when the revision binds it only to `table("x", …)` calls naming one table. */
  private tableObject(node: Node): string | undefined {
    return node.type === 'identifier' ? this.tableNames.get(node.text) : undefined;
  }

  /**
   * The model of an ORM query (`session.query(User).filter(…)`): the class name stands for its
   * table, with whether the query is filtered. Undefined when the chain is not a query.
   */
  private queryModel(node: Node): { model: string; filtered: boolean } | undefined {
    let filtered = false;
    for (let n: Node | undefined = node; n?.type === 'call';) {
      const fn = n.childForFieldName('function');
      const name = fn ? lastName(fn) : '';
      if (['filter', 'filter_by', 'where'].includes(name)) filtered = true;
      if (name === 'query' && fn?.type === 'attribute') {
        const model = pyArgs(n).positional[0];
        return model && ['identifier', 'attribute'].includes(model.type) ? { model: model.text, filtered } : undefined;
      }
      n = fn?.type === 'attribute' ? (fn.childForFieldName('object') ?? undefined) : undefined;
    }
    return undefined;
  }

  /**
   * `session.query(User).filter(…).update({…})` and `.delete()`: ORM writes, outside any
   * execute, as the SQL they run on the model's table (named by its class). Undefined otherwise.
   */
  ormWrite(call: Node): string | undefined {
    const fn = call.childForFieldName('function');
    const name = fn?.type === 'attribute' ? lastName(fn) : '';
    if (name !== 'update' && name !== 'delete') return undefined;
    const query = this.queryModel(fn!.childForFieldName('object')!);
    return query ? sql.dataWrite(name, query.model, query.filtered) : undefined;
  }

  /**
   * `conn.execute(sa.update(BLOCK_TYPE).where(…).values(…))` and `sa.delete(…)`: SQLAlchemy Core
   * writes, as the SQL they run, and the same through a table object (`queries.update().values(…)`,
   * redash's revisions). The table: a `sa.table("name", …)` the revision assigned, or a string.
   * Undefined when the argument is not such a statement.
   */
  private coreWrite(node: Node | undefined): string | undefined {
    let n = node;
    let filtered = false;
    while (n?.type === 'call') {
      const fn = n.childForFieldName('function');
      if (fn?.type === 'attribute' && ['where', 'filter', 'filter_by'].includes(lastName(fn))) filtered = true;
      const name = fn ? lastName(fn) : '';
      const object = fn?.type === 'attribute' ? fn.childForFieldName('object') : undefined;
      const bound = (name === 'update' || name === 'delete') && object ? this.tableObject(object) : undefined;
      if (bound) return sql.dataWrite(name as 'update' | 'delete', bound, filtered);
      if (
        (name === 'update' || name === 'delete') &&
        (fn?.type === 'identifier' || ['sa', 'sqlalchemy'].includes(fn?.childForFieldName('object')?.text ?? ''))
      ) {
        const target = this.resolved(pyArgs(n).positional[0]);
        const tableCall = target?.type === 'call' && ['table', 'Table'].includes(lastName(target.childForFieldName('function')!)) ? target : undefined;
        // sa.table("name", …), meta.tables["name"], or the name itself.
        const key = target?.type === 'subscript' ? target.childForFieldName('subscript') : undefined;
        const table = pyStr(tableCall ? pyArgs(tableCall).positional[0] : (key ?? target)) ?? '?';
        return sql.dataWrite(name, table, filtered);
      }
      n = fn?.type === 'attribute' ? (fn.childForFieldName('object') ?? undefined) : undefined;
    }
    return undefined;
  }

  knownBefore(table: string, column: string, before: { type?: string; nullable?: boolean }): void {
    // The first operation on a column says what it was before the migration.
    if (before.type !== undefined && !this.t.knownTypes?.some((k) => k.table === table && k.column === column))
      (this.t.knownTypes ??= []).push({ table, column, type: before.type });
    if (before.nullable !== undefined && !this.t.knownNullable?.some((k) => k.table === table && k.column === column))
      (this.t.knownNullable ??= []).push({ table, column, nullable: before.nullable });
  }

  walk(node: Node): void {
    for (const c of node.namedChildren) {
      if (c.type === 'comment' || c.type === 'function_definition' || c.type === 'class_definition') continue;
      if (c.type === 'with_statement') {
        this.withStatement(c);
        continue;
      }
      if (c.type === 'if_statement') {
        this.ifStatement(c);
        continue;
      }
      if (c.type === 'for_statement' && this.forLiteral(c)) continue;
      if (c.type === 'call') {
        this.call(c);
        // arguments may hold nested calls (sa.text) that are handled by call(): do not descend
        continue;
      }
      this.walk(c);
    }
  }

  /**
   * `if op.get_bind().dialect.name == "mysql":` / `if url.startswith("sqlite"):` … `else:` (CTFd,
   * mealie): the branch the revision's database runs is read, the others are not (MySQL's
   * foreign keys got Postgres's NOT VALID advice). A condition that is not a test of the dialect
   * name: every branch from there is read, as before.
   */
  private ifStatement(node: Node): void {
    const branches: { condition: Node | undefined; body: Node | undefined }[] = [
      { condition: node.childForFieldName('condition') ?? undefined, body: node.childForFieldName('consequence') ?? undefined },
    ];
    for (const alt of node.childrenForFieldName('alternative')) {
      if (alt.type === 'elif_clause')
        branches.push({ condition: alt.childForFieldName('condition') ?? undefined, body: alt.childForFieldName('consequence') ?? undefined });
      else branches.push({ condition: undefined, body: alt.childForFieldName('body') ?? undefined });
    }
    for (const [i, { condition, body }] of branches.entries()) {
      const holds = condition ? dialectTest(condition, this.dialect) : true;
      if (holds === false) continue;
      if (holds === undefined) {
        // Not a dialect test: read this branch and every one after it.
        for (const rest of branches.slice(i)) if (rest.body) this.walk(rest.body);
        return;
      }
      if (body) this.walk(body);
      return;
    }
  }

  /**
   * `for col in ("legacy_a", "legacy_b"): op.drop_column("users", col)`, `for t in TABLES:` of a
   * module-level `TABLES = [...]`, `for table, column in [("a", "x"), …]:`: a loop over strings the
   * revision holds runs its body once per element, the loop's names bound to it (before, the body
   * was read once and a drop of a column named `col` passed unread). False for any other loop,
   * which is walked once as before.
   */
  private forLiteral(loop: Node): boolean {
    const target = loop.childForFieldName('left');
    let list = loop.childForFieldName('right') ?? undefined;
    const body = loop.childForFieldName('body');
    if (!target || !list || !body) return false;
    // A helper's parameter given a list (`_drop_all(["a", "b"])`) before a module name.
    if (list.type === 'identifier') list = boundValue(list.text) ?? (this.mutated.has(list.text) ? undefined : this.names.get(list.text));
    if (list?.type !== 'list' && list?.type !== 'tuple') return false;
    const items = list.namedChildren.filter((n) => n.type !== 'comment');
    const names =
      target.type === 'identifier'
        ? [target]
        : ['pattern_list', 'tuple_pattern'].includes(target.type) && target.namedChildren.every((n) => n.type === 'identifier')
          ? target.namedChildren
          : undefined;
    if (!names || !items.length) return false;
    // Each element: the strings bound to the names, one for one.
    const rows = items.map((item) => {
      const parts = names.length === 1 ? [item] : item.type === 'tuple' || item.type === 'list' ? item.namedChildren : [];
      return parts.length === names.length && parts.every((p) => pyStr(p) !== undefined) ? parts : undefined;
    });
    if (!rows.every((r) => r)) return false;
    for (const row of rows as Node[][])
      withAllBound(
        names.map((n, i) => [n.text, row[i]!] as const),
        () => this.walk(body),
      );
    const orElse = loop.childForFieldName('alternative')?.childForFieldName('body');
    if (orElse) this.walk(orElse);
    return true;
  }

  /** Names a revision changes in place (`COLUMNS.append("x")`, `COLUMNS += […]`): not read as the list assigned. */
  mutated = new Set<string>();

  /** Helpers being read with their parameters bound, innermost last: a call back into one is not read again. */
  private readonly reading: string[] = [];

  /**
   * A call of one of the module's functions. Given literals for every parameter (`_drop_legacy("events")`,
   * a list, a name bound to one), its body is read for this call, its parameters standing for them:
   * each call's drops are named. Otherwise (arguments known only at run time, `*args`, a call back
   * into a helper being read: recursion) the body is read once, its parameters unbound: a notice
   * where one names what it changes, as before.
   */
  private helperCall(name: string, helper: Node, call: Node): void {
    const body = helper.childForFieldName('body');
    if (!body) return;
    const params = helper.childForFieldName('parameters');
    // A call back into a helper being read (`def f(t): … f(other)`) is read unbound, once.
    const binding = params?.namedChildren.length && !this.reading.includes(name) ? this.bindParams(params, pyArgs(call)) : undefined;
    if (binding) {
      this.reading.push(name);
      try {
        withAllBound(binding, () => this.walk(body));
      } finally {
        this.reading.pop();
      }
      return;
    }
    if (this.entered.has(name)) return;
    this.entered.add(name);
    // Its parameters stand for nothing known here, whatever an outer call bound them to.
    withoutBound(params ? paramNames(params) : [], () => this.walk(body));
  }

  /**
   * Each parameter of a helper with the literal the call gives it (by position, by keyword, or its
   * literal default). Undefined when one is given something else, or the helper takes `*args` / `**kw`.
   */
  private bindParams(params: Node, a: { positional: Node[]; keywords: Map<string, Node> }): [string, Node][] | undefined {
    const out: [string, Node][] = [];
    let i = 0;
    let keywordOnly = false;
    for (const p of params.namedChildren) {
      if (p.type === 'comment' || p.type === 'positional_separator') continue;
      if (p.type === 'keyword_separator') {
        keywordOnly = true;
        continue;
      }
      const id = p.type === 'identifier' ? p : p.type === 'typed_parameter' ? p.namedChildren[0] : p.childForFieldName('name');
      if (id?.type !== 'identifier' || !['identifier', 'typed_parameter', 'default_parameter', 'typed_default_parameter'].includes(p.type)) return undefined;
      const given = a.keywords.get(id.text) ?? (keywordOnly ? undefined : a.positional[i]);
      if (!keywordOnly) i++;
      const v = this.literal(given ?? p.childForFieldName('value') ?? undefined);
      if (!v) return undefined;
      out.push([id.text, v]);
    }
    return i >= a.positional.length && [...a.keywords.keys()].every((k) => out.some(([n]) => n === k)) ? out : undefined;
  }

  /** The literal `node` is (a string, a number, a list or tuple of them), through names bound or assigned once; else undefined. */
  private literal(node: Node | undefined): Node | undefined {
    let n = node;
    if (n?.type === 'identifier') n = boundValue(n.text) ?? (this.mutated.has(n.text) ? undefined : this.names.get(n.text));
    if (!n) return undefined;
    if (['integer', 'float', 'true', 'false', 'none'].includes(n.type)) return n;
    if (n.type === 'list' || n.type === 'tuple') {
      const items = n.namedChildren.filter((c) => c.type !== 'comment');
      return items.every(
        (c) => ['integer', 'float'].includes(c.type) || pyStr(c) !== undefined || ((c.type === 'tuple' || c.type === 'list') && this.literal(c)),
      )
        ? n
        : undefined;
    }
    return pyStr(n) !== undefined ? n : undefined;
  }

  private withStatement(w: Node): void {
    for (const item of w.descendantsOfType('with_item')) {
      const v = item.childForFieldName('value');
      const call = v?.type === 'as_pattern' ? v.namedChildren[0] : v;
      if (call?.type !== 'call') continue;
      const fn = call.childForFieldName('function');
      const name = fn ? lastName(fn) : '';
      if (name === 'batch_alter_table') {
        const ba = pyArgs(call);
        const table = inSchema(pyStr(arg(ba, 0, 'table_name')), ba);
        const alias = v?.type === 'as_pattern' ? v.childForFieldName('alias')?.text : undefined;
        if (table && alias) {
          this.batch.set(alias, table);
          this.runtimeBatch.delete(alias);
        } else if (alias) {
          // `with op.batch_alter_table(table_name) as batch_op:` in a loop over tables found at run time.
          this.runtimeBatch.set(alias, arg(ba, 0, 'table_name')?.text ?? '');
          this.batch.delete(alias);
        }
      }
      if (name === 'autocommit_block') this.autocommit = true;
    }
    const body = w.childForFieldName('body');
    if (body) this.walk(body);
  }

  private call(call: Node): void {
    const fn = call.childForFieldName('function');
    if (fn?.type !== 'attribute') {
      const helper = fn?.type === 'identifier' ? this.helpers.get(fn.text) : undefined;
      if (helper) this.helperCall(fn!.text, helper, call);
      this.walk(call);
      return;
    }
    const objNode = fn.childForFieldName('object');
    const obj = objNode?.text ?? '';
    const name = lastName(fn);
    const a = pyArgs(call);
    const line = lineOf(call);
    const batchTable = this.batch.get(obj);
    const isOp = obj === 'op' || batchTable !== undefined || this.runtimeBatch.has(obj);
    if (name === 'execute' || name === 'exec_driver_sql') {
      // op.execute, conn.execute(sa.text(...)), op.get_bind().execute(...); the SQL may be named
      // earlier (`conn.execute(sa.text(update_stmt))`), or be a SQLAlchemy Core update/delete.
      const write = this.coreWrite(a.positional[0]);
      if (write) {
        this.t.changesData = true;
        this.emit(line, write);
        return;
      }
      const target = this.resolved(a.positional[0]);
      // SQL named earlier is reported where it runs, the execute's line.
      const named = target !== a.positional[0];
      // Literals joined with `+` or filled by `%` / `.format()` (quay's `"insert … FROM " + "repository …"`,
      // `op.execute("DROP TABLE " + table)` in a loop): the SQL, its run-time parts named as such.
      const resolve = (n: Node) => boundValue(n.text) ?? this.names.get(n.text);
      const s = sqlText(target, resolve);
      if (!s && isBuiltSql(target, resolve)) {
        this.notAnalysed(
          line,
          `\`${fn.text}(${oneLine(a.positional[0]!.text)})\` builds its SQL from parts known only at run time, so what it runs was not judged: review it by hand.`,
        );
        return;
      }
      // SQLAlchemy's `text()` (which `op.execute` wraps a string in) takes `:name` as a bind
      // parameter, given by `execute(sql, {"id": 1})`, `id=1` (redash's data migrations) or
      // `.params(…)`/`.bindparams(…)` (prefect, mealie); the DB-API's `%s` by `execute(sql, (x,))`
      // (indico). Given, they are read as values; not given, `:id` fails as Postgres would say.
      // SQL that still does not parse (or whose run-time parts make it unparsable) is said on
      // the call (dsl/binds.ts), not read for destructive operations only in silence.
      const arg = a.positional[0];
      const bound = arg?.type === 'call' && /\.(bind)?params$/.test(arg.childForFieldName('function')?.text ?? '');
      const params = a.positional.length > 1 || a.keywords.size > 0 || bound;
      const label = `${oneLine(fn.text)}(…)`;
      if (s)
        this.t.up.push({
          sql: s.text,
          line: named ? line : s.line,
          call: { label, line, lang: PY_TEMPLATES },
          ...(s.inexact ? { inexact: true } : {}),
          ...(params ? { binds: true } : {}),
        });
      return;
    }
    if (!isOp) {
      const write = this.ormWrite(call);
      if (write) {
        this.t.changesData = true;
        this.emit(line, write);
        return;
      }
      this.walk(call);
      return;
    }
    const runtimeTable = this.runtimeBatch.get(obj);
    if (runtimeTable !== undefined) {
      if (!QUIET_OPS.has(name))
        this.notAnalysed(
          line,
          `\`${obj}.${name}(…)\` changes a table \`op.batch_alter_table(${oneLine(runtimeTable)})\` names only at run time, so what it changes was not judged: review it by hand.`,
        );
      return;
    }
    const handler = handlerFor(OPERATIONS, name);
    // A table named by a variable (CTFd's `for table_name, column_name in columns: op.alter_column(…)`):
    // what it changes is not known, and is said rather than skipped.
    const tableKeyword = TABLE_FIRST[name];
    const tableNode = batchTable === undefined && tableKeyword ? arg(a, 0, tableKeyword) : undefined;
    if (tableNode && pyStr(tableNode) === undefined) {
      this.notAnalysed(line, `\`op.${name}(${tableNode.text}, …)\` names its table only at run time, so what it changes was not judged: review it by hand.`);
      return;
    }
    // A column (or index, constraint, new table name) named by a variable (`for col in cols:
    // op.drop_column("users", col)` over a list found at run time): said, never passed unread.
    const named = NAME_ARGS[name];
    const nameNode = named ? arg(a, named.index - (batchTable !== undefined && named.index > 0 ? 1 : 0), named.keyword) : undefined;
    if (nameNode && pyStr(nameNode) === undefined && nameNode.type !== 'none') {
      this.notAnalysed(
        line,
        `\`${obj}.${name}(…)\` names its ${named!.what} \`${oneLine(nameNode.text)}\` only at run time, so what it changes was not judged: review it by hand.`,
      );
      return;
    }
    // With batch_op the table argument is implicit: shift positions by one.
    if (handler) handler(this, { a, line, batchTable, shift: batchTable !== undefined ? -1 : 0 });
    // An operation registered by the project or a plugin (alembic_utils' `op.replace_entity`), or
    // one of Alembic's with no reading here (`op.create_exclude_constraint`): said, not skipped.
    else if (!QUIET_OPS.has(name)) this.notAnalysed(line, unknownCallHit(line, `${obj}.${name}`).message);
  }
}

/** Code quoted in a message: on one line, and short. */
function oneLine(code: string): string {
  const flat = code.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** The names a Python function's parameters bind (`t`, `t: str`, `t="x"`, `*args`, `**kw`). */
function paramNames(params: Node): string[] {
  return params.namedChildren.flatMap((p) => {
    const id = p.type === 'identifier' ? p : (p.childForFieldName('name') ?? p.namedChildren.find((c) => c.type === 'identifier'));
    return id?.type === 'identifier' ? [id.text] : [];
  });
}

function topFunctions(root: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const c of root.namedChildren) {
    const fn = c.type === 'decorated_definition' ? c.childForFieldName('definition') : c;
    if (fn?.type !== 'function_definition') continue;
    const n = fn.childForFieldName('name')?.text;
    if (n && !out.has(n)) out.set(n, fn);
  }
  return out;
}

/**
 * Operations and the other name they change, by position (with `op`; one less with `batch_op`)
 * and keyword: a drop or rename of what a variable names is not judged, and is said.
 */
const NAME_ARGS: Readonly<Record<string, { index: number; keyword: string; what: string }>> = {
  drop_column: { index: 1, keyword: 'column_name', what: 'column' },
  alter_column: { index: 1, keyword: 'column_name', what: 'column' },
  rename_table: { index: 1, keyword: 'new_table_name', what: 'new table name' },
  drop_index: { index: 0, keyword: 'index_name', what: 'index' },
  drop_constraint: { index: 0, keyword: 'constraint_name', what: 'constraint' },
};

/** Operations whose first argument is the table they change, by its keyword. */
/**
 * Alembic's `op` members that change no schema: context, connection and naming helpers, table
 * comments, and the `with` blocks whose operations are read one by one.
 */
const QUIET_OPS = new Set([
  'get_bind',
  'get_context',
  'f',
  'inline_literal',
  'batch_alter_table',
  'implementation_for',
  'register_operation',
  'create_table_comment',
  'drop_table_comment',
]);

const TABLE_FIRST: Readonly<Record<string, string>> = {
  add_column: 'table_name',
  drop_column: 'table_name',
  alter_column: 'table_name',
  drop_table: 'table_name',
  rename_table: 'old_table_name',
};

/** SQLAlchemy's dialect names (and URL schemes) of each database. */
const SA_NAMES: Partial<Record<Dialect, RegExp>> = {
  postgres: /^postgres/,
  cockroachdb: /^cockroach/,
  mysql: /^(mysql|mariadb)/,
  sqlite: /^sqlite/,
  sqlserver: /^mssql/,
  oracle: /^oracle/,
};
const ANY_SA_NAME = /^(postgres|cockroach|mysql|mariadb|sqlite|mssql|oracle)/;

/**
 * Whether a condition on the dialect holds for `dialect`: `x == "mysql"`, `x != "sqlite"`,
 * `x in ("mysql", "mariadb")`, `x.startswith("postgresql")`, `"sqlite" in url`, with `not`,
 * `and`, `or` and parentheses. Undefined when it is anything else.
 */
function dialectTest(node: Node, dialect: Dialect): boolean | undefined {
  const own = SA_NAMES[dialect];
  const names = (n: Node | null | undefined): string[] | undefined => {
    if (!n) return undefined;
    if (n.type === 'string') {
      const s = pyStr(n)?.toLowerCase();
      return s !== undefined && ANY_SA_NAME.test(s) ? [s] : undefined;
    }
    if (n.type === 'tuple' || n.type === 'list' || n.type === 'set') {
      const all = n.namedChildren.map((c) => names(c));
      return all.length && all.every((x) => x) ? (all.flat() as string[]) : undefined;
    }
    return undefined;
  };
  const matches = (xs: string[]) => !!own && xs.some((x) => own.test(x));
  switch (node.type) {
    case 'parenthesized_expression':
      return node.namedChildren[0] ? dialectTest(node.namedChildren[0], dialect) : undefined;
    case 'not_operator': {
      const v = dialectTest(node.childForFieldName('argument')!, dialect);
      return v === undefined ? undefined : !v;
    }
    case 'boolean_operator': {
      const [l, r] = [dialectTest(node.childForFieldName('left')!, dialect), dialectTest(node.childForFieldName('right')!, dialect)];
      if (l === undefined || r === undefined) return undefined;
      return node.childForFieldName('operator')?.text === 'and' ? l && r : l || r;
    }
    case 'comparison_operator': {
      const [left, right] = [node.namedChildren[0], node.namedChildren[1]];
      const op = node.children
        .slice(1, -1)
        .map((c) => c.text)
        .join(' ');
      if (node.namedChildren.length !== 2) return undefined;
      if (op === '==' || op === '!=') {
        const xs = names(right) ?? names(left);
        if (!xs) return undefined;
        return op === '==' ? matches(xs) : !matches(xs);
      }
      if (op === 'in' || op === 'not in') {
        // `x in ("mysql", "mariadb")`, or `"sqlite" in url`
        const xs = names(right) ?? names(left);
        if (!xs) return undefined;
        return op === 'in' ? matches(xs) : !matches(xs);
      }
      return undefined;
    }
    case 'call': {
      // `url.startswith("mysql")`, `dialect.name.startswith(("mysql", "mariadb"))`, or a helper
      // named for one database (`is_postgres()`: mealie).
      const fn = node.childForFieldName('function');
      const helper = fn?.type === 'identifier' ? /^is_(postgres|postgresql|cockroach|cockroachdb|mysql|mariadb|sqlite|mssql|oracle)$/.exec(fn.text) : null;
      if (helper && !pyArgs(node).positional.length) return matches([helper[1]!]);
      if (fn?.type !== 'attribute' || lastName(fn) !== 'startswith') return undefined;
      const xs = names(pyArgs(node).positional[0]);
      return xs ? matches(xs) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Names the revision assigns once, to a string (`COLUMN_NAME = 'ignore_forward'`,
 * `FK_NAME = "…_fkey"`: xivo-manage-db), and never binds otherwise (a loop's variable, a parameter,
 * a `with … as`): read as that string where an operation names a table, column or constraint.
 */
function stringConstants(root: Node, names: Map<string, Node>, mutated: Set<string>): [string, Node][] {
  const other = new Set(mutated);
  for (const n of root.descendantsOfType(['for_statement', 'for_in_clause'])) {
    const left = n.childForFieldName('left');
    if (left) for (const id of [left, ...left.descendantsOfType('identifier')]) other.add(id.text);
  }
  for (const p of root.descendantsOfType('parameters')) for (const id of p.descendantsOfType('identifier')) other.add(id.text);
  for (const a of root.descendantsOfType('as_pattern')) other.add(a.childForFieldName('alias')?.text ?? '');
  return [...names].filter(([name, value]) => !other.has(name) && value.type === 'string' && pyStr(value) !== undefined);
}

/** Translate an Alembic revision into SQL pieces and a reversibility verdict, for `dialect`'s branches. */
export async function alembicToPieces(source: string, dialect: Dialect = 'postgres'): Promise<DslTranslation> {
  using tree = await parseCode('python', source);
  const root = tree.rootNode;
  const reader = new AlembicReader(dialect);
  reader.collectNames(root);
  const t = reader.t;
  const err = firstErrorNode(root);
  if (err) t.hits.push(parseErrorHit(lineOf(err), 'Python'));
  const fns = topFunctions(root);
  const up = fns.get('upgrade');
  const down = fns.get('downgrade');
  reader.helpers = new Map([...fns].filter(([n]) => n !== 'upgrade' && n !== 'downgrade'));
  const constants = stringConstants(root, reader.names, reader.mutated);
  if (up?.childForFieldName('body')) withAllBound(constants, () => reader.walk(up.childForFieldName('body')!));
  else if (err) withAllBound(constants, () => reader.walk(root)); // the syntax error hid `def upgrade`: read what we can
  if (reader.autocommit) t.transactional = false;
  if (!down) {
    t.downStatus = 'missing';
    t.hits.push(hit('missing-down-migration', up ? lineOf(up) : 1, 'The revision has no `downgrade()`: it cannot be rolled back.'));
  } else {
    const stmts = bodyStatements(down);
    const noop = isNoopBody(stmts);
    // A revision whose upgrade does nothing (a merge point, an empty first revision) has nothing to undo.
    const upNoop = up ? isNoopBody(bodyStatements(up)) : undefined;
    if (noop.empty && !noop.raises && upNoop?.empty && !upNoop.raises) {
      // nothing to undo
    } else if (noop.empty) {
      t.downStatus = 'empty';
      t.hits.push(
        hit(
          'empty-down-migration',
          lineOf(down),
          noop.raises
            ? '`downgrade()` raises instead of undoing the revision.'
            : '`downgrade()` does nothing (`pass`): rolling back leaves the change in place.',
        ),
      );
    } else {
      const downReader = new AlembicReader(dialect);
      downReader.names = reader.names; // the same module: its names are read once
      downReader.mutated = reader.mutated;
      downReader.helpers = reader.helpers;
      const body = down.childForFieldName('body');
      if (body) withAllBound(constants, () => downReader.walk(body));
      t.downSql = downReader.t.up;
      t.downName = `\`downgrade()\``;
      const onlyExecute = stmts.every(
        (s) =>
          s.type === 'expression_statement' &&
          s.namedChildren[0]?.type === 'call' &&
          ['execute'].includes(lastName(s.namedChildren[0]!.childForFieldName('function')!)),
      );
      if (onlyExecute && downReader.t.up.length === stmts.length) {
        t.down = downReader.t.up;
        t.downOnlySql = true;
        t.downLine = lineOf(down);
      }
    }
  }
  return t;
}

/** A revision module (the folder's `__init__.py` and helpers name no revision: left out of the order). */
const isRevisionFile = (name: string) => name.endsWith('.py') && name !== '__init__.py';

/** The database a revision is read for: as configured or as its path says, else Postgres. */
const dialectOf = (input: MigrationInput): Dialect => (input.dialect ?? dialectOfPath(input.path))?.dialect ?? 'postgres';

export const alembic: Framework = dslFramework(meta, 'Alembic revision', (input) => alembicToPieces(input.content, dialectOf(input)), 'missing', {
  isMigration: isRevisionFile,
  translate: (content, _path, input) => alembicToPieces(content, dialectOf(input)),
  variant: async (input) => dialectOf(input),
  // Revisions run in the order their down_revision chain gives, not by file name.
  order: (names, dir, input) => alembicOrder(names, dir, input),
});

export default alembic;
