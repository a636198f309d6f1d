// The shape of a Django migration file: its `Migration` class, the names its `operations` list may
// be built from, whether it is atomic and which same-app migrations it depends on.
import type { Node } from '../../parsers/tree-sitter';
import { pyStr } from '../dsl/python';

/** Names an `operations` list may be built from: class attributes, then module-level assignments. */
export type Scope = Map<string, Node>;

/**
 * The operation calls of an expression: a list or tuple, a name bound to one (a class attribute
 * such as `database_operations = […]` or a module-level list), or a concatenation of those
 * (`operations = base_operations + […]`).
 */
export function resolveOperations(node: Node | undefined, scope: Scope, depth = 0): Node[] | undefined {
  if (!node || depth > 8) return undefined;
  switch (node.type) {
    case 'list':
    case 'tuple':
      return node.namedChildren.flatMap((c) => (c.type === 'list_splat' ? (resolveOperations(c.namedChildren[0], scope, depth + 1) ?? []) : [c]));
    case 'parenthesized_expression':
      return resolveOperations(node.namedChildren[0], scope, depth + 1);
    case 'list_comprehension':
    case 'generator_expression':
      // `[migrations.RemoveField(model_name="book", name=n) for n in FIELDS]`: kept as one element, which
      // the reader says it did not read (django/reader.ts), never dropped.
      return [node];
    case 'binary_operator': {
      if (node.childForFieldName('operator')?.text !== '+') return undefined;
      const left = resolveOperations(node.childForFieldName('left') ?? undefined, scope, depth + 1);
      const right = resolveOperations(node.childForFieldName('right') ?? undefined, scope, depth + 1);
      return left || right ? [...(left ?? []), ...(right ?? [])] : undefined;
    }
    case 'identifier':
      return resolveOperations(scope.get(node.text), scope, depth + 1);
    case 'attribute': {
      // `Migration.database_operations`, `self.x`: the attribute's own name in scope.
      const attr = node.childForFieldName('attribute')?.text;
      return attr ? resolveOperations(scope.get(attr), scope, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

/** Simple `name = value` assignments among statements (later ones win, as Python binds them). */
function assignments(statements: readonly Node[], into: Scope): Scope {
  for (const stmt of statements) {
    const asg = stmt.type === 'expression_statement' ? stmt.namedChildren[0] : undefined;
    if (asg?.type !== 'assignment') continue;
    const left = asg.childForFieldName('left');
    const right = asg.childForFieldName('right');
    if (left?.type === 'identifier' && right) into.set(left.text, right);
  }
  return into;
}

/** The items of a list, tuple or dictionary literal, without the comments written among them. */
export const items = (node: Node | undefined | null): Node[] => node?.namedChildren.filter((c) => c.type !== 'comment') ?? [];

/** App label from `<app>/migrations/0001_x.py`. */
export function appLabel(path: string): string {
  const parts = path.split('/');
  const i = parts.lastIndexOf('migrations');
  return (i > 0 ? parts[i - 1] : undefined) ?? 'app';
}

/** A string value of a dictionary literal (`options={"db_table": "x"}`). */
export function dictStr(dict: Node, key: string): string | undefined {
  for (const p of dict.namedChildren) {
    if (p.type !== 'pair') continue;
    if (pyStr(p.childForFieldName('key') ?? undefined) === key) return pyStr(p.childForFieldName('value') ?? undefined);
  }
  return undefined;
}

/**
 * A model Django keeps no table for: `options={"proxy": True}` (its parent's table) or
 * `{"managed": False}` (a table made elsewhere). Its CreateModel and DeleteModel run no SQL
 * (`allow_migrate_model` is false for it).
 */
export function tablelessOptions(opts: Node | undefined): boolean {
  if (opts?.type !== 'dictionary') return false;
  for (const p of opts.namedChildren) {
    if (p.type !== 'pair') continue;
    const key = pyStr(p.childForFieldName('key') ?? undefined);
    const value = p.childForFieldName('value')?.type;
    if ((key === 'proxy' && value === 'true') || (key === 'managed' && value === 'false')) return true;
  }
  return false;
}

function findMigrationClass(root: Node): Node | undefined {
  const classes = root.descendantsOfType('class_definition');
  return classes.find((c) => c.childForFieldName('name')?.text === 'Migration') ?? classes[0];
}

export interface MigrationTree {
  ops: Node[] | undefined;
  /** Class attributes and module-level assignments, for operations built from names. */
  scope: Scope;
  transactional: boolean;
  /** Same-app migrations this one depends on (`dependencies = [("shop", "0004_x")]`), by name. */
  deps: string[];
  /** How many migrations a squashed migration replaces (`replaces = [("shop", "0001_x"), …]`); 0 otherwise. */
  replaces: number;
}

export function readMigrationTree(root: Node, app: string): MigrationTree {
  const cls = findMigrationClass(root);
  const body = cls?.childForFieldName('body')?.namedChildren ?? [];
  // Class attributes shadow module-level names.
  const scope = assignments(body, assignments(root.namedChildren, new Map()));
  const tree: MigrationTree = { ops: undefined, transactional: true, deps: [], scope, replaces: 0 };
  for (const stmt of body) {
    const asg = stmt.type === 'expression_statement' ? stmt.namedChildren[0] : undefined;
    if (asg?.type !== 'assignment') continue;
    const left = asg.childForFieldName('left')?.text;
    const right = asg.childForFieldName('right');
    if (left === 'atomic' && right?.type === 'false') tree.transactional = false;
    // Operations built by code the reader does not follow (`operations = build_operations()`) are kept
    // as written: the reader says it did not read them, rather than reading nothing in silence.
    if (left === 'operations' && right) tree.ops = resolveOperations(right, scope) ?? [right];
    if (left === 'replaces' && right && (right.type === 'list' || right.type === 'tuple'))
      tree.replaces = right.namedChildren.filter((c) => c.type !== 'comment').length;
    if (left === 'dependencies' && right && (right.type === 'list' || right.type === 'tuple')) {
      for (const dep of items(right)) {
        if (dep.type !== 'tuple') continue;
        const [depApp, depName] = items(dep).map((n) => pyStr(n));
        if (depApp === app && depName && !depName.startsWith('__')) tree.deps.push(depName);
      }
    }
  }
  return tree;
}
