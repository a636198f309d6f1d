// Walks an Ecto migration's function bodies and hands each migration command to its handler
// (ecto/commands.ts); `create table … do add …` and `alter table … do … end` blocks are read here.
import { lineOf, type Node } from '../../parsers/tree-sitter';
import { hit, newTranslation, sql, type ColumnDef, type DslPiece } from '../dsl/common';
import { handlerFor } from '../dispatch';
import { COMMANDS, pipedArgs } from './commands';
import {
  callArgs,
  callTarget,
  columnDefault,
  columnType,
  eString,
  fromType,
  isLiteral,
  listItems,
  nameOf,
  tableOf,
  value,
  withBound,
  withScope,
  type EString,
  type EValue,
} from './values';

export interface Ctx {
  mode: 'change' | 'up' | 'down';
}

const DATA_CALLS = ['update_all', 'delete_all', 'insert_all', 'insert', 'update', 'delete'];

/** The commands of an `alter table` block. */
const ALTER_COMMANDS = new Set(['add', 'add_if_not_exists', 'remove', 'remove_if_exists', 'modify', 'timestamps']);

/** The calls whose first argument is a table. */
const TABLE_CALLS = new Set(['table', 'index', 'unique_index', 'constraint']);

export class EctoReader {
  readonly t = newTranslation(true);
  /** The module's other functions (`defp fixup(table, column)`), by name: their commands are read or said. */
  helpers = new Map<string, { head: Node | undefined; body: Node | undefined }>();
  private readonly entered = new Set<string>();

  emit(line: number, text: string): void {
    this.t.up.push({ sql: text, line, synthetic: true });
  }

  /** Lines of `execute(up, "")` in `change`: their rollback runs nothing. */
  readonly emptyDowns: number[] = [];

  /** An `execute` whose SQL is not a string this file holds: a notice naming it, never silence. */
  notRead(line: number, arg: Node | undefined): void {
    const text = arg?.text ?? '';
    const call = arg?.type === 'string' || !text || text.length > 40 || text.includes('\n') ? '`execute`' : `\`execute(${text})\``;
    const why =
      arg?.type === 'string'
        ? 'its SQL begins with `#{…}`, a value this file does not hold'
        : "its SQL is not a string this file holds (a variable, a function's result, a value built at run time)";
    this.t.hits.push(hit('not-analysed', line, `${call}: ${why}, so the statement was not read. Review what it runs by hand.`));
  }

  notAnalysed(line: number, message: string): void {
    this.t.hits.push(hit('not-analysed', line, message));
  }

  irreversible(line: number, what: string): void {
    const message = `${what} inside \`change\` cannot be reversed: write \`up\`/\`down\`.`;
    // Once per line: a loop's body is read once per element.
    if (!this.t.hits.some((h) => h.rule === 'irreversible-operation' && h.line === line && h.message === message))
      this.t.hits.push(hit('irreversible-operation', line, message));
  }

  /** The module's attributes bound to a literal list or word sigil (`@dropped [:a, :b]`, `@cols ~w(a b)a`): what a loop may run over. */
  listAttributes = new Map<string, Node>();

  /**
   * A loop over a list this file holds, as Elixir runs it: `for v <- list do … end` (or `, do: …`)
   * and `Enum.each(list, fn v -> … end)`, the list a literal, a word sigil or a module attribute
   * bound to one. Its variable and elements, and the statements of its body; 'unread' for a loop of
   * another shape (a list known at run time, more than one generator, a filter, a pattern);
   * undefined for a call that is no loop.
   */
  loop(c: Node): { variable: string; items: EValue[]; body: Node[] } | 'unread' | undefined {
    const name = callTarget(c);
    const a = callArgs(c);
    let variable: Node | undefined;
    let list: Node | undefined;
    let body: Node[] = [];
    if (name === 'for') {
      const [generator, ...more] = a.positional;
      if (generator?.type !== 'binary_operator' || generator.childForFieldName('operator')?.text !== '<-' || more.length || a.keywords.size > 1)
        return 'unread';
      variable = generator.childForFieldName('left') ?? undefined;
      list = generator.childForFieldName('right') ?? undefined;
      const block = c.namedChildren.find((n) => n.type === 'do_block');
      const inline = a.keywords.get('do');
      if (block) body = block.namedChildren.filter((n) => n.type !== 'comment');
      else if (inline && a.keywords.size === 1) body = [inline];
      else return 'unread';
    } else if (name === 'Enum.each' || name === 'Enum.map') {
      const [enumerable, fn, ...more] = a.positional;
      const clauses = fn?.type === 'anonymous_function' ? fn.namedChildren.filter((n) => n.type === 'stab_clause') : [];
      const params = clauses[0]?.namedChildren.find((n) => n.type === 'arguments')?.namedChildren ?? [];
      if (more.length || clauses.length !== 1 || params.length !== 1) return 'unread';
      variable = params[0];
      list = enumerable;
      body = clauses[0]!.namedChildren.find((n) => n.type === 'body')?.namedChildren.filter((n) => n.type !== 'comment') ?? [];
    } else return undefined;
    const attribute = list?.type === 'unary_operator' && list.childForFieldName('operator')?.text === '@' ? list.childForFieldName('operand')?.text : undefined;
    const bound = list?.type === 'identifier' ? value(list) : undefined;
    // A list a function of the module is given (`for c <- columns` in `defp drop(columns)`, called with `[:a, :b]`).
    const items = bound?.kind === 'list' ? bound.items : listItems(attribute !== undefined ? this.listAttributes.get(attribute) : list);
    if (variable?.type !== 'identifier' || !items) return 'unread';
    return { variable: variable.text, items, body };
  }

  /**
   * A loop that cannot be unrolled here, whose body runs migration commands (`alter` true: inside
   * an `alter table` block, where `add`/`remove`/`modify` are commands too): a notice, never silence.
   */
  private unreadLoop(c: Node, alter: boolean): void {
    // Schema commands only: a data write in a loop over rows (teslamate's `for charge <- Repo.all(…)`) is read as
    // it is anywhere (the loop's body is walked), and a helper given arguments is said where it is called.
    const command = (name: string) => handlerFor(COMMANDS, name) !== undefined || (alter && ALTER_COMMANDS.has(name));
    // A call in the body, or a capture of one (`Enum.each(@dropped, &remove/1)`).
    const capture = (n: Node) => n.parent?.type === 'binary_operator' && n.parent.parent?.type === 'unary_operator' && n.parent.parent.text.startsWith('&');
    const runs = (n: Node) => (n.type === 'call' ? command(callTarget(n)) : capture(n) && command(n.text));
    if (![...c.descendantsOfType('call'), ...c.descendantsOfType('identifier')].some(runs)) return;
    const head = c.text.split('\n', 1)[0]!;
    this.t.hits.push(
      hit(
        'not-analysed',
        lineOf(c),
        `\`${head.length > 60 ? `${head.slice(0, 57)}…` : head}\`: a loop over values this file does not hold (or of a shape not read) runs migration commands, so what they change was not read. Review it by hand, or loop over a literal list or a module attribute bound to one.`,
      ),
    );
  }

  /** The module's attributes bound to a string literal (`@alter "ALTER TABLE apps ALTER COLUMN scopes"`). */
  attributes = new Map<string, string>();

  /** `#{@alter}` in a string: the attribute's string; `#{table}` in a loop's body: the element's name. */
  readonly resolve = (expr: Node): string | undefined => {
    if (expr.type === 'identifier') return nameOf(value(expr));
    const operand = expr.type === 'unary_operator' && expr.childForFieldName('operator')?.text === '@' ? expr.childForFieldName('operand') : undefined;
    return operand?.type === 'identifier' ? this.attributes.get(operand.text) : undefined;
  };

  /**
   * The table of `table(…)`, `index(…)`, `unique_index(…)`, `constraint(…)`: an atom or string,
   * else the module attribute it names (`table(@table)` with `@table "comments"`, santiment/sanbase2's
   * migrations) or a string whose `#{…}` this file holds (`table("#{@prefix}_events")`, a loop's
   * `"#{t}_archive"`). Undefined for a name known only at run time.
   */
  table(n: Node | undefined): string | undefined {
    const written = tableOf(n);
    if (written !== undefined || n?.type !== 'call' || !TABLE_CALLS.has(callTarget(n))) return written;
    const a = callArgs(n);
    const arg = a.positional[0];
    const operand = arg?.type === 'unary_operator' && arg.childForFieldName('operator')?.text === '@' ? arg.childForFieldName('operand') : undefined;
    const s = arg?.type === 'string' ? this.string(arg) : undefined;
    const name = operand?.type === 'identifier' ? this.attributes.get(operand.text) : s && !s.inexact && s.text ? s.text : undefined;
    const prefix = nameOf(value(a.keywords.get('prefix')));
    return name === undefined || (a.keywords.has('prefix') && !prefix) ? undefined : prefix ? `${prefix}.${name}` : name;
  }

  /** A string with the module's attributes in it. */
  string(n: Node | undefined): EString | undefined {
    return eString(n, this.resolve);
  }

  /** A SQL string as written (`execute "…"`, `repo().query!("…")`). */
  raw(n: Node | undefined): boolean {
    const s = this.string(n);
    if (!s) return false;
    const p: DslPiece = { sql: s.text, line: s.line };
    if (s.inexact) p.inexact = true;
    this.t.up.push(p);
    return true;
  }

  /**
   * The SQL an `execute` runs: a string (its `#{@attribute}`s filled in), the string a variable of
   * the function is bound to once (`definition = """…"""`), or the string a function of the
   * module without arguments returns. Undefined for anything else.
   */
  sqlOf(n: Node | undefined, at: Node): EString | undefined {
    if (!n) return undefined;
    if (n.type === 'identifier') return this.string(boundString(n.text, at));
    if (n.type === 'call' && n.childForFieldName('target')?.type === 'identifier' && !callArgs(n).positional.length) {
      const helper = this.helpers.get(callTarget(n));
      const params = helper?.head?.type === 'call' ? callArgs(helper.head).positional.length : 0;
      const body = helper?.body?.type === 'do_block' ? helper.body.namedChildren.filter((c) => c.type !== 'comment') : helper?.body ? [helper.body] : [];
      return !params && body.length === 1 ? this.string(body[0]) : undefined;
    }
    return this.string(n);
  }

  walk(body: Node, ctx: Ctx): void {
    this.walkNodes(body.namedChildren, ctx);
  }

  private walkNodes(nodes: Node[], ctx: Ctx): void {
    for (const c of nodes) {
      if (c.type === 'comment') continue;
      if (c.type === 'call') {
        const loop = this.loop(c);
        // A loop not unrolled is said when it runs schema commands, and walked as before: what in it
        // does not hang on the loop's variable (a data write, a helper) is still read.
        if (loop === 'unread') this.unreadLoop(c, false);
        else if (loop) {
          for (const item of loop.items) withBound(loop.variable, item, () => this.walkNodes(loop.body, ctx));
          continue;
        }
        if (this.command(c, ctx)) continue;
      }
      this.walk(c, ctx);
    }
  }

  /** Handle a command; true when its children need no further walking. */
  private command(c: Node, ctx: Ctx): boolean {
    const name = callTarget(c);
    const a = callArgs(c);
    const handler = handlerFor(COMMANDS, name);
    if (handler) return handler(this, { name, node: c, a, line: lineOf(c), first: a.positional[0], ctx });
    const helper = c.childForFieldName('target')?.type === 'identifier' ? this.helpers.get(name) : undefined;
    // One without arguments is read once; one with arguments at every call (calling itself: said).
    if (helper?.body && !(this.entered.has(name) && !paramsOf(helper).length)) return this.helper(name, helper, c, ctx);
    if (c.childForFieldName('target')?.type === 'dot') {
      const t = c.childForFieldName('target')!;
      const prop = t.childForFieldName('right')?.text;
      if (prop === 'query' || prop === 'query!') {
        this.raw(a.positional[0]);
        return true;
      }
      if (DATA_CALLS.includes(prop ?? '')) {
        this.t.changesData = true;
        const write = prop === 'update_all' || prop === 'delete_all' ? bulkWrite(c, prop, a.positional[0]) : undefined;
        if (write) this.emit(lineOf(c), write);
      }
    }
    return false;
  }

  /**
   * A call of one of the module's own functions, read where it is called, as Elixir runs it: its
   * parameters standing for the values it is given (`drop_legacy(:events)`, `:events |>
   * drop_legacy()`: atoms, strings, numbers, lists, a module attribute bound to one, a loop's
   * element; a default `\\` it leaves out, when written out). Given a value known only at run time
   * (hexpm's `defp fixup(table, column)` called with variables), of another shape (clauses matching
   * patterns), or calling itself, its commands are said, not read.
   */
  private helper(name: string, helper: { head: Node | undefined; body: Node | undefined }, c: Node, ctx: Ctx): boolean {
    const params = paramsOf(helper);
    const bindings = this.entered.has(name) ? undefined : this.parameters(name, params, c);
    if (bindings) {
      this.entered.add(name);
      withScope(bindings, () => this.walk(helper.body!, ctx));
      // A function without arguments is read once (as before); one with arguments at every call.
      if (params.length) this.entered.delete(name);
      return true;
    }
    if (this.runsCommands(name))
      this.t.hits.push(
        hit(
          'not-analysed',
          lineOf(c),
          this.entered.has(name)
            ? `\`${name}/${params.length}\`, a function of this migration, calls itself, so the migration commands it runs there were not read. Review what it changes by hand.`
            : `\`${name}/${params.length}\`, a function of this migration, runs migration commands on names it is given at run time (not atoms, strings or lists written out, or a function of several clauses): they were not read. Review what it changes by hand.`,
        ),
      );
    return true;
  }

  /** Whether a function of the module runs migration commands, itself or through its others. */
  private runsCommands(name: string, seen = new Set<string>()): boolean {
    const body = this.helpers.get(name)?.body;
    if (!body || seen.has(name)) return false;
    seen.add(name);
    return body
      .descendantsOfType('call')
      .some((n) => handlerFor(COMMANDS, callTarget(n)) !== undefined || callTarget(n) === 'execute' || this.runsCommands(callTarget(n), seen));
  }

  /**
   * What a function's parameters stand for at a call (the value piped in first): the call's values
   * in order, a default it leaves out when written out. Undefined when any is not a value written
   * out, a parameter is a pattern, the call gives keywords, or the module defines the function in
   * more than one clause (which one runs rests on the values).
   */
  private parameters(name: string, params: Node[], c: Node): [string, EValue][] | undefined {
    if (!params.length) return [];
    // The head's `def`, among the module's definitions (a guarded head, `f(x) when …`, by its left side).
    const headName = (n: Node | undefined): string =>
      n?.type === 'binary_operator' && n.childForFieldName('operator')?.text === 'when'
        ? headName(n.childForFieldName('left') ?? undefined)
        : n
          ? callTarget(n)
          : '';
    const clauses = params[0]!.parent?.parent?.parent?.parent?.parent?.namedChildren.filter(
      (n) => n.type === 'call' && ['def', 'defp'].includes(callTarget(n)) && headName(callArgs(n).positional[0]) === name,
    );
    const a = callArgs(c);
    const args = pipedArgs(c, a.positional);
    if ((clauses?.length ?? 0) > 1 || a.keywords.size || args.length > params.length) return undefined;
    const arg = (n: Node): EValue => {
      const attribute = n.type === 'unary_operator' && n.childForFieldName('operator')?.text === '@' ? n.childForFieldName('operand')?.text : undefined;
      const words = n.type === 'sigil' ? listItems(n) : undefined;
      if (words) return { kind: 'list', items: words };
      if (attribute === undefined) return value(n);
      const s = this.attributes.get(attribute);
      const list = listItems(this.listAttributes.get(attribute));
      return s !== undefined ? { kind: 'string', value: s } : list ? { kind: 'list', items: list } : value(n);
    };
    const out: [string, EValue][] = [];
    for (const [i, p] of params.entries()) {
      const isDefault = p.type === 'binary_operator' && p.childForFieldName('operator')?.text === '\\\\';
      const id = isDefault ? p.childForFieldName('left') : p;
      const given = args[i];
      // A default between parameters the call must give (`f(a, b \\ 1, c)`) leaves one unbound: said, not read.
      const d = isDefault ? p.childForFieldName('right') : null;
      const v = given ? arg(given) : d && !d.descendantsOfType('identifier').length ? value(d) : undefined;
      if (id?.type !== 'identifier' || !v || !isLiteral(v)) return undefined;
      out.push([id.text, v]);
    }
    return out;
  }

  /** `add`/`timestamps` calls of a table block: columns into `cols`, foreign keys into `after`. */
  columns(nodes: Node[], table: string, cols: ColumnDef[], after: string[]): void {
    for (const c of nodes) {
      if (c.type !== 'call') continue;
      const name = callTarget(c);
      const a = callArgs(c);
      if (name === 'add' || name === 'add_if_not_exists') {
        const col = nameOf(value(a.positional[0]));
        if (!col) continue;
        const { type, fk, fkName, fkColumn } = columnType(value(a.positional[1]), a.keywords);
        const def: ColumnDef = { name: col, type };
        if ((value(a.keywords.get('null')) as { value?: unknown }).value === false) def.notNull = true;
        if ((value(a.keywords.get('primary_key')) as { value?: unknown }).value === true) def.primaryKey = true;
        const d = columnDefault(a.keywords.get('default'));
        if (d !== undefined) def.default = d;
        cols.push(def);
        if (fk) after.push(sql.addForeignKey(table, [col], fk, [fkColumn ?? 'id'], fkName ? { name: fkName } : {}));
      } else if (name === 'timestamps') {
        for (const n of ['inserted_at', 'updated_at'])
          cols.push({ name: n, type: 'timestamp(0) without time zone', notNull: (value(a.keywords.get('null')) as { value?: unknown }).value !== true });
      }
    }
  }

  /**
   * `modify :c, type, opts`: its type (and foreign key, for a reference: ecto_sql adds the
   * constraint in the same statement, validating every row), its null:, and the type its `from:`
   * says the column had (the file then knows it, whatever history can be read).
   */
  private modify(a: ReturnType<typeof callArgs>, table: string, col: string, line: number, inChange: boolean): void {
    const { type, fk, fkName, fkColumn, unread } = columnType(value(a.positional[1]), a.keywords);
    const from = a.keywords.get('from');
    if (from) {
      // `from: :text`, `from: references(:users)`, `from: {:array, :integer}`, or `from: {:integer, null: false}`.
      const before = fromType(from);
      const was = before.type.kind === 'nil' ? undefined : columnType(before.type, before.opts).type;
      if (was && !this.t.knownTypes?.some((k) => k.table === table && k.column === col)) (this.t.knownTypes ??= []).push({ table, column: col, type: was });
    }
    if (unread === undefined) this.emit(line, sql.changeType(table, col, type));
    else
      this.t.hits.push(
        hit(
          'not-analysed',
          line,
          `\`modify :${col}, ${unread.length > 40 ? '…' : unread}\`: the new type is a value this file does not hold, so the type change of ${table}.${col} was not judged (a narrowing or a rewrite of the table would go unsaid). Review it by hand.`,
        ),
      );
    if (fk) this.emit(line, sql.addForeignKey(table, [col], fk, [fkColumn ?? 'id'], fkName ? { name: fkName } : {}));
    // ecto_sql writes `default:` as `, ALTER COLUMN c SET DEFAULT …` (`DEFAULT NULL` for nil) in the
    // same ALTER TABLE as the type and null: (hexpm's `modify :trial_end, …, default: nil, null: false`
    // drops the default its `add` filled the rows with): emitted first, so the NOT NULL below is
    // judged with what the whole statement leaves.
    if (a.keywords.has('default')) {
      const d = columnDefault(a.keywords.get('default'));
      this.emit(line, d === undefined ? sql.dropDefault(table, col) : sql.setDefault(table, col, d));
    }
    const nullV = value(a.keywords.get('null'));
    if (nullV.kind === 'bool') this.emit(line, nullV.value ? sql.dropNotNull(table, col) : sql.setNotNull(table, col));
    if (inChange && !from) this.irreversible(line, '`modify` without `from:`');
  }

  /** The commands of an `alter table(:t) do … end` block (or its `do:`). */
  alterNodes(nodes: Node[], table: string, ctx: Ctx): void {
    const inChange = ctx.mode === 'change';
    for (const c of nodes) {
      if (c.type !== 'call') continue;
      const loop = this.loop(c);
      if (loop === 'unread') this.unreadLoop(c, true);
      else if (loop) for (const item of loop.items) withBound(loop.variable, item, () => this.alterNodes(loop.body, table, ctx));
      if (loop) continue;
      const name = callTarget(c);
      const a = callArgs(c);
      const line = lineOf(c);
      const col = nameOf(value(a.positional[0]));
      switch (name) {
        case 'add':
        case 'add_if_not_exists':
        case 'timestamps': {
          const cols: ColumnDef[] = [];
          const after: string[] = [];
          this.columns([c], table, cols, after);
          for (const d of cols) this.emit(line, sql.addColumn(table, d));
          for (const s of after) this.emit(line, s);
          // ecto_sql's runner reverses add, remove with a type and modify with from:, nothing else.
          if (inChange && name === 'add_if_not_exists') this.irreversible(line, '`add_if_not_exists`');
          break;
        }
        case 'remove':
        case 'remove_if_exists':
          if (col) this.emit(line, sql.dropColumn(table, col));
          if (inChange && name === 'remove_if_exists') this.irreversible(line, '`remove_if_exists`');
          else if (inChange && a.positional.length < 2) this.irreversible(line, `\`${name}\` without a column type`);
          break;
        case 'modify':
          if (col) this.modify(a, table, col, line, inChange);
          break;
        default:
          break;
      }
    }
  }
}

/** The parameters of a function's head (`defp fixup(table, column)`); none for a guarded head, read as before. */
const paramsOf = (helper: { head: Node | undefined }): Node[] => (helper.head?.type === 'call' ? callArgs(helper.head).positional : []);

/**
 * `repo().update_all(query, …)` and `delete_all` (the query piped in, `from(u in "users", where: …)
 * |> repo().update_all(set: …)`, or given first), as the SQL they run on the query's table (a
 * string, or the schema module standing for it); filtered when the query has a `where`.
 */
function bulkWrite(call: Node, prop: 'update_all' | 'delete_all', first: Node | undefined): string | undefined {
  const parent = call.parent;
  const piped = parent?.type === 'binary_operator' && parent.childForFieldName('operator')?.text === '|>' && parent.childForFieldName('right')?.id === call.id;
  const query = queryable(piped ? (parent.childForFieldName('left') ?? undefined) : first);
  return query ? sql.dataWrite(prop === 'update_all' ? 'update' : 'delete', query.table, query.filtered) : undefined;
}

/** The table an Ecto query reads (`"users"`, `User`, `from(u in "users", where: …)`, `q |> where(…)`), with whether it is filtered. */
function queryable(node: Node | undefined, filtered = false): { table: string; filtered: boolean } | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return { table: node.text.replace(/^"|"$/g, ''), filtered };
  if (node.type === 'alias') return { table: node.text, filtered };
  if (node.type === 'binary_operator') {
    const op = node.childForFieldName('operator')?.text;
    if (op === 'in') return queryable(node.childForFieldName('right') ?? undefined, filtered);
    if (op === '|>') {
      const right = node.childForFieldName('right');
      return queryable(node.childForFieldName('left') ?? undefined, filtered || (right?.type === 'call' && callTarget(right) === 'where'));
    }
    return undefined;
  }
  if (node.type !== 'call') return undefined;
  const name = callTarget(node);
  const args = callArgs(node);
  if (name === 'from') return queryable(args.positional[0], filtered || args.keywords.has('where'));
  if (name === 'where') return queryable(args.positional[0], true);
  return undefined;
}

/**
 * The string a variable is bound to in the function around `at`: one `name = "…"` among the
 * function's statements before it, and no other binding of the name in the function.
 */
function boundString(name: string, at: Node): Node | undefined {
  let fn: Node | null = at.parent;
  while (fn && !(fn.type === 'call' && ['def', 'defp'].includes(callTarget(fn)))) fn = fn.parent;
  const body = fn?.namedChildren.find((c) => c.type === 'do_block');
  if (!body) return undefined;
  const binds = body
    .descendantsOfType('binary_operator')
    .filter((b) => b.childForFieldName('operator')?.text === '=' && b.childForFieldName('left')?.text === name);
  const only = binds.length === 1 ? binds[0]! : undefined;
  const right = only?.childForFieldName('right');
  return only?.parent?.id === body.id && only.startIndex < at.startIndex && right?.type === 'string' ? right : undefined;
}
