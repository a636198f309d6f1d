// SQL an `op.execute(…)` / `conn.execute(…)` builds in Python: string literals joined with `+`,
// filled with `%` or `.format()`. Literal parts are the SQL itself; a part known only at run time
// (a loop's table name, a schema prefix) stands as `__interp__`, as an f-string's `{…}` does.
import type { Node } from '../../parsers/tree-sitter';
import { firstPositional, lastName, PLACEHOLDER, pyArgs, pyString, type PyString } from '../dsl/python';

/** What a name stands for in the revision (a string assigned once), or undefined. */
export type Resolve = (name: Node) => Node | undefined;

/** Calls that return the SQL they are given: `sa.text(…)`, `textwrap.dedent(…)`, `"…".strip()`. */
const WRAPPERS = new Set(['text', 'dedent', 'format_sql']);
const STRIPS = new Set(['strip', 'lstrip', 'rstrip']);
const BOUND = new Set(['params', 'bindparams', 'execution_options']);

/** Names followed through `resolve`, at most: `a = a + "x"` must not loop. */
const MAX_DEPTH = 8;

const runTime = (line: number): PyString => ({ text: PLACEHOLDER, line, inexact: true });
const lineOf = (n: Node) => n.startPosition.row + 1;

/**
 * The SQL text of an execute's argument, with run-time parts as placeholders (`inexact`).
 * Undefined when no part of it is a string literal the revision wrote.
 */
export function sqlText(node: Node | undefined, resolve: Resolve, depth = 0): PyString | undefined {
  if (!node || depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = node.namedChildren.find((c) => c.type !== 'comment');
      return sqlText(inner, resolve, depth);
    }
    case 'identifier': {
      const target = resolve(node);
      return target && target !== node ? sqlText(target, resolve, depth + 1) : undefined;
    }
    case 'binary_operator': {
      const op = node.childForFieldName('operator')?.text;
      const left = sqlText(node.childForFieldName('left') ?? undefined, resolve, depth);
      if (op === '+') {
        const right = sqlText(node.childForFieldName('right') ?? undefined, resolve, depth);
        if (!left && !right) return undefined;
        const l = left ?? runTime(lineOf(node));
        const r = right ?? runTime(lineOf(node));
        return { text: l.text + r.text, line: left?.line ?? lineOf(node), inexact: l.inexact || r.inexact };
      }
      if (op === '%' && left) return percent(left, node.childForFieldName('right') ?? undefined, resolve, depth);
      return undefined;
    }
    case 'call': {
      const fn = node.childForFieldName('function');
      const name = fn ? lastName(fn) : '';
      const object = fn?.type === 'attribute' ? (fn.childForFieldName('object') ?? undefined) : undefined;
      if (object && name === 'format') {
        const template = sqlText(object, resolve, depth);
        return template && format(template, node, resolve, depth);
      }
      if (object && STRIPS.has(name)) return sqlText(object, resolve, depth);
      if (object && BOUND.has(name)) {
        const s = sqlText(object, resolve, depth);
        return s && { ...s, inexact: true };
      }
      if (WRAPPERS.has(name)) return sqlText(firstPositional(node), resolve, depth);
      return pyString(node);
    }
    default:
      return pyString(node);
  }
}

/** Whether an execute's argument builds its SQL with `+`, `%` or `.format()` (through `sa.text(…)`, a name). */
export function isBuiltSql(node: Node | undefined, resolve: Resolve, depth = 0): boolean {
  if (!node || depth > MAX_DEPTH) return false;
  switch (node.type) {
    case 'parenthesized_expression':
      return node.namedChildren.some((c) => isBuiltSql(c, resolve, depth));
    case 'identifier': {
      const target = resolve(node);
      return !!target && target !== node && isBuiltSql(target, resolve, depth + 1);
    }
    case 'binary_operator':
      return ['+', '%'].includes(node.childForFieldName('operator')?.text ?? '');
    case 'call': {
      const fn = node.childForFieldName('function');
      const name = fn ? lastName(fn) : '';
      const object = fn?.type === 'attribute' ? (fn.childForFieldName('object') ?? undefined) : undefined;
      if (object && name === 'format') return true;
      if (object && (STRIPS.has(name) || BOUND.has(name))) return isBuiltSql(object, resolve, depth);
      return WRAPPERS.has(name) && isBuiltSql(firstPositional(node), resolve, depth);
    }
    default:
      return false;
  }
}

/** A value put into the SQL: a string or number literal as written, anything else known only at run time. */
function value(node: Node | undefined, resolve: Resolve, depth: number): { text: string; exact: boolean } {
  if (node && (node.type === 'integer' || node.type === 'float')) return { text: node.text, exact: true };
  const s = sqlText(node, resolve, depth + 1);
  return s ? { text: s.text, exact: !s.inexact } : { text: PLACEHOLDER, exact: false };
}

/**
 * `"ALTER TABLE %sreplicas …" % schema` (rucio), `"… %(t)s" % {"t": …}`: Python's printf-style
 * conversions filled from the right operand, `%%` a percent sign.
 */
function percent(template: PyString, right: Node | undefined, resolve: Resolve, depth: number): PyString {
  const positional = right?.type === 'tuple' ? right.namedChildren : right?.type === 'dictionary' ? [] : [right];
  const named = new Map<string, Node>();
  if (right?.type === 'dictionary')
    for (const pair of right.namedChildren) {
      const key = pair.type === 'pair' ? pyString(pair.childForFieldName('key')) : undefined;
      const v = pair.childForFieldName('value');
      if (key && v) named.set(key.text, v);
    }
  let exact = !template.inexact && (right?.type !== 'dictionary' || named.size === right.namedChildren.length);
  let next = 0;
  // Python's conversion specifier: %[(name)][flags][width][.precision][length]type.
  const text = template.text.replace(
    /%(?:\(([^)]*)\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g,
    (_m, key: string | undefined, type: string) => {
      if (type === '%') return '%';
      const node = key !== undefined ? named.get(key) : positional[next++];
      const v = type === 'r' ? { text: PLACEHOLDER, exact: false } : value(node, resolve, depth);
      exact &&= v.exact;
      return v.text;
    },
  );
  return { text, line: template.line, inexact: !exact };
}

/** `"DROP TABLE {}".format(table)`, `"{0}"`, `"{name}"`: fields filled from the call's arguments, `{{`/`}}` braces. */
function format(template: PyString, call: Node, resolve: Resolve, depth: number): PyString {
  const a = pyArgs(call);
  let exact = !template.inexact;
  let next = 0;
  const text = template.text.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (m, field: string | undefined) => {
    if (field === undefined) return m[0]!;
    // `{name!r:>10}`: the conversion and the format spec are dropped; `{0.attr}`, `{x[0]}` are run-time values.
    const ref = field.split(/[!:]/)[0]!;
    const plain = /^\w*$/.test(ref) && !field.includes('!');
    const node = !plain ? undefined : ref === '' ? a.positional[next++] : /^\d+$/.test(ref) ? a.positional[Number(ref)] : a.keywords.get(ref);
    const v = value(node, resolve, depth);
    exact &&= v.exact;
    return v.text;
  });
  return { text, line: template.line, inexact: !exact };
}
