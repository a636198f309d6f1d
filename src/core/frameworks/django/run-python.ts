// What a RunPython function does to the database, read from its source: the writes it makes
// through the ORM (django/operations.ts hands it the function RunPython names), and the SQL it runs
// itself through `schema_editor.execute(…)` or a cursor.
import type { Node } from '../../parsers/tree-sitter';
import { hit, sql } from '../dsl/common';
import { lastName, pyArgs, pyStr } from '../dsl/python';
import type { DjangoReader } from './reader';

/**
 * The model a queryset expression starts from (`Order.objects.filter(…)`: `Order`), with whether it is
 * filtered; undefined when it is not one. A name bound to a queryset (`q = Order.objects.filter(…)`;
 * `q.update(…)`) is followed to the expression `boundTo` says it holds there.
 */
function managerChain(node: Node | null | undefined, boundTo?: (name: Node) => Node | undefined): { model: string; filtered: boolean } | undefined {
  let filtered = false;
  let managed = false;
  let n = node;
  for (let hops = 0; hops < 64; hops++) {
    const attr: Node | null | undefined = n?.type === 'call' ? n.childForFieldName('function') : n;
    if (attr?.type !== 'attribute') {
      const bound = !managed && n?.type === 'identifier' ? boundTo?.(n) : undefined;
      if (!bound) break;
      n = bound;
      continue;
    }
    const name = lastName(attr);
    if (name === 'objects' || name === '_default_manager' || name === '_base_manager') managed = true;
    if (/^(filter|exclude|get|in_bulk)$/.test(name)) filtered = true;
    n = attr.childForFieldName('object');
  }
  return managed && n?.type === 'identifier' ? { model: n.text, filtered } : undefined;
}

/**
 * What a name holds where it is used in a function body: the value of its nearest assignment
 * before the use (`q = Ping.objects.filter(start=True)` … `q.update(…)`; a later `q = …` rebinds it).
 */
function bindings(body: Node): (name: Node) => Node | undefined {
  const byName = new Map<string, Node[]>();
  for (const asg of body.descendantsOfType('assignment')) {
    const left = asg.childForFieldName('left');
    const right = asg.childForFieldName('right');
    if (left?.type !== 'identifier' || !right) continue;
    const list = byName.get(left.text) ?? [];
    list.push(asg);
    byName.set(left.text, list);
  }
  return (name) => {
    const before = (byName.get(name.text) ?? []).filter((asg) => asg.endIndex <= name.startIndex);
    return before.at(-1)?.childForFieldName('right') ?? undefined;
  };
}

/** Manager methods that rewrite or remove the rows of a queryset. */
const ORM_WRITES: Record<string, 'update' | 'delete'> = { update: 'update', delete: 'delete', bulk_update: 'update' };

/**
 * What the function a RunPython names does (`RunPython(forwards, …)`: the `def forwards` of this
 * file): its ORM writes and the SQL it runs itself. A function defined elsewhere is not read; the
 * migration is still marked as changing data.
 */
export function readRunPython(r: DjangoReader, fn: Node | undefined, line: number): void {
  if (fn?.type !== 'identifier') return;
  let root: Node = fn;
  while (root.parent) root = root.parent;
  const def = root.descendantsOfType('function_definition').find((d) => d.childForFieldName('name')?.text === fn.text);
  const body = def?.childForFieldName('body');
  if (!def || !body) return;
  const boundTo = bindings(body);
  ormWrites(r, body, root, boundTo, line);
  rawSql(r, def, body, boundTo);
}

/** A parameter's name (`schema_editor`, `schema_editor: Any`, `schema_editor=None`). */
function parameterName(p: Node | undefined): string | undefined {
  if (p?.type === 'identifier') return p.text;
  const name = p?.childForFieldName('name') ?? p?.namedChildren.find((c) => c.type === 'identifier');
  return name?.type === 'identifier' ? name.text : undefined;
}

/** A call that opens a cursor (`schema_editor.connection.cursor()`, `connection.cursor()`). */
const opensCursor = (n: Node | null | undefined): boolean => n?.type === 'call' && lastName(n.childForFieldName('function') ?? n) === 'cursor';

/**
 * A call in the branch of `if connection.vendor == "mysql":` (or `elif`) for a database other than
 * Postgres: Django runs it only there, so it is not read as Postgres SQL.
 */
function otherVendor(call: Node, body: Node): boolean {
  for (let n: Node | null = call; n && n !== body; n = n.parent) {
    const branch = n.parent;
    if (n.type !== 'block' || (branch?.type !== 'if_statement' && branch?.type !== 'elif_clause')) continue;
    if (branch.childForFieldName('consequence')?.id !== n.id) continue;
    const cond = branch.childForFieldName('condition');
    if (cond?.type !== 'comparison_operator' || !cond.children.some((c) => c.type === '==')) continue;
    const [left, right] = cond.namedChildren;
    const vendor = left?.text.endsWith('vendor') ? pyStr(right) : right?.text.endsWith('vendor') ? pyStr(left) : undefined;
    if (vendor !== undefined && vendor !== 'postgresql') return true;
  }
  return false;
}

/**
 * The SQL the function runs itself: `schema_editor.execute("…")` (its second parameter) and
 * `cursor.execute("…")` on a cursor it opens (`with schema_editor.connection.cursor() as cursor`,
 * `cursor = connection.cursor()`), read as RunSQL's strings are; a name is followed to the string
 * assigned to it. SQL built at run time is a `not-analysed` notice on its line.
 */
function rawSql(r: DjangoReader, def: Node, body: Node, boundTo: (name: Node) => Node | undefined): void {
  const editor = parameterName(def.childForFieldName('parameters')?.namedChildren[1]);
  const cursors = new Set<string>();
  for (const item of body.descendantsOfType('as_pattern')) {
    const target = item.namedChildren.find((c) => c.type === 'as_pattern_target')?.namedChildren[0];
    if (target?.type === 'identifier' && opensCursor(item.namedChildren[0])) cursors.add(target.text);
  }
  for (const asg of body.descendantsOfType('assignment')) {
    const left = asg.childForFieldName('left');
    if (left?.type === 'identifier' && opensCursor(asg.childForFieldName('right'))) cursors.add(left.text);
  }
  for (const call of body.descendantsOfType('call')) {
    const f = call.childForFieldName('function');
    const method = f?.type === 'attribute' ? lastName(f) : '';
    if (method !== 'execute' && method !== 'executemany') continue;
    const on = f!.childForFieldName('object');
    const runsSql = on?.type === 'identifier' ? on.text === editor || cursors.has(on.text) : opensCursor(on);
    if (!runsSql || otherVendor(call, body)) continue;
    const a = pyArgs(call);
    const statement = a.positional[0] ?? a.keywords.get('sql');
    if (!statement) continue;
    const params = method === 'executemany' || a.positional.length > 1 || a.keywords.has('params');
    const literal = statement.type === 'identifier' ? boundTo(statement) : statement;
    if (literal && r.sqlString(literal, params)) continue;
    r.t.hits.push(
      hit(
        'not-analysed',
        call.startPosition.row + 1,
        `\`${f!.text}(${statement.text.replace(/\s+/g, ' ').slice(0, 60)})\` runs SQL built at run time, so what it does was not judged: review it by hand.`,
      ),
    );
  }
}

/**
 * The writes a RunPython function makes through the ORM (`Order.objects.filter(…).update(…)`,
 * `.delete()`, `bulk_update`, a loop over a queryset that saves or deletes its records), as the
 * SQL they run on the model's table (`Order = apps.get_model("shop", "Order")`: shop_order),
 * reported on the RunPython line. Other code (helpers it calls) still marks the migration as
 * changing data.
 */
function ormWrites(r: DjangoReader, body: Node, root: Node, boundTo: (name: Node) => Node | undefined, line: number): void {
  // Model names bound in the function to their tables: `Order = apps.get_model("shop", "Order")`
  // (this app's: its db_table if the migrations set one), `apps.get_model("django_celery_beat.PeriodicTask")`.
  const models = new Map<string, string>();
  for (const asg of body.descendantsOfType('assignment')) {
    const left = asg.childForFieldName('left');
    const right = asg.childForFieldName('right');
    const fnName = right?.type === 'call' ? right.childForFieldName('function') : undefined;
    if (left?.type !== 'identifier' || !fnName || lastName(fnName) !== 'get_model') continue;
    const args = pyArgs(right!).positional.map((x) => pyStr(x));
    const [label, model] = args.length >= 2 ? [args[0], args[1]] : (args[0]?.split('.') ?? []);
    if (!label || !model) continue;
    const table = label === r.app ? r.table(model) : `${label}_${model.toLowerCase()}`;
    if (table) models.set(left.text, table);
  }
  // A model class used without `apps.get_model` (imported from an app's models, or this app's): its
  // table by Django's convention, `<app label>_<model>` (the label is the last part of the app's
  // package: `from saleor.order.models import Order` → order_order). A lower-case name (a loop's
  // `model`) is not a class: named as written.
  const imported = modelImports(root);
  const tableOf = (name: string): string => {
    const bound = models.get(name);
    if (bound) return bound;
    if (!/^[A-Z]/.test(name)) return name;
    const { label, model } = imported.get(name) ?? { label: r.app, model: name };
    return label === r.app ? (r.table(model) ?? model) : `${label}_${model.toLowerCase()}`;
  };
  // Record by record: `for order in Order.objects.filter(…): …; order.save()` (or `.delete()`).
  for (const loop of body.descendantsOfType('for_statement')) {
    const variable = loop.childForFieldName('left');
    const chain = managerChain(loop.childForFieldName('right'), boundTo);
    if (variable?.type !== 'identifier' || !chain) continue;
    let kind: 'update' | 'delete' | undefined;
    for (const call of loop.childForFieldName('body')?.descendantsOfType('call') ?? []) {
      const f = call.childForFieldName('function');
      if (f?.type !== 'attribute' || f.childForFieldName('object')?.text !== variable.text) continue;
      if (lastName(f) === 'delete') kind = 'delete';
      else if (lastName(f) === 'save') kind ??= 'update';
    }
    if (kind) r.emit(line, sql.dataWrite(kind, tableOf(chain.model), chain.filtered));
  }
  for (const call of body.descendantsOfType('call')) {
    const f = call.childForFieldName('function');
    const kind = f?.type === 'attribute' ? ORM_WRITES[lastName(f)] : undefined;
    if (!kind) continue;
    const chain = managerChain(f!.childForFieldName('object'), boundTo);
    if (!chain) continue;
    r.emit(line, sql.dataWrite(kind, tableOf(chain.model), chain.filtered || lastName(f!) === 'bulk_update'));
  }
}

/** Model classes imported from an app's models (`from shop.models import Order, OrderLine`), by their app label. */
function modelImports(root: Node): Map<string, { label: string; model: string }> {
  const out = new Map<string, { label: string; model: string }>();
  for (const imp of root.descendantsOfType('import_from_statement')) {
    const parts = (imp.childForFieldName('module_name')?.text ?? '').split('.');
    const at = parts.lastIndexOf('models');
    const label = at > 0 ? parts[at - 1] : undefined;
    if (!label) continue;
    for (const name of imp.childrenForFieldName('name')) {
      const model = name.type === 'aliased_import' ? name.childForFieldName('name')?.text : name.text;
      const alias = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : name.text;
      if (alias && model) out.set(alias, { label, model });
    }
  }
  return out;
}
