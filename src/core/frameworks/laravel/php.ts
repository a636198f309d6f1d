// PHP values in a Laravel migration: strings (with interpolation and heredocs), lists of them,
// numbers and column defaults.
import { lineOf, type Node } from '../../parsers/tree-sitter';

import { PLACEHOLDER } from '../dsl/binds';
import { LoopVars } from '../dsl/loop-vars';
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '"': '"', "'": "'", '\\': '\\', r: '\r', $: '$' };

interface PhpString {
  text: string;
  line: number;
  inexact: boolean;
}

/**
 * Variables while a loop's body is read once per element (`foreach (['a', 'b'] as $col) {
 * $table->dropColumn($col); }`), and locals the method assigns once to a literal (`$cols = ['a',
 * 'b'];`): `phpString()` / `phpStrList()` of such a variable are its literal's. Reading is
 * synchronous, so one map serves.
 */
const bound = new LoopVars<Node>();

/** `read()` with the variable `name` (`$col`) standing for the literal `v`. */
export const withBound = <T>(name: string, v: Node, read: () => T): T => bound.with(name, v, read);

/** `read()` with each of `pairs` bound, in order. */
export const withAllBound = <T>(pairs: readonly (readonly [string, Node])[], read: () => T): T => bound.withAll(pairs, read);

/** `read()` with the variables `names` not bound (a method's parameters given values known only at run time). */
export const withoutBound = <T>(names: string[], read: () => T): T =>
  names.length ? bound.without(names[0]!, () => withoutBound(names.slice(1), read)) : read();

/**
 * What the variable `v` stands for where it is written: its bound literal, unless a closure between
 * it and its method does not see it (`function ($table) { … }` without `use ($name)`: PHP's
 * closures see only the variables they `use`; arrow functions see all).
 */
export function boundAt(v: Node): Node | undefined {
  const known = bound.get(v.text);
  if (!known) return undefined;
  for (let up = v.parent; up && up.type !== 'method_declaration'; up = up.parent) {
    if (up.type !== 'anonymous_function') continue;
    const uses = up.namedChildren.find((c) => c.type === 'anonymous_function_use_clause');
    if (uses?.descendantsOfType('variable_name').some((u) => u.text === v.text)) continue;
    // Bound inside the closure itself: its own loop's variable, a local it assigns.
    const inside = up.childForFieldName('body');
    const loops =
      inside
        ?.descendantsOfType('foreach_statement')
        .flatMap((l) => l.namedChildren.slice(1, -1).flatMap((n) => [n, ...n.descendantsOfType('variable_name')])) ?? [];
    const assigned = inside?.descendantsOfType('assignment_expression').map((a) => a.childForFieldName('left')) ?? [];
    if (![...loops, ...assigned].some((n) => n?.text === v.text)) return undefined;
  }
  return known;
}

/** The strings of an array literal without keys (`['a', "b"]`), each element's node; undefined for anything else. */
export function literalNames(node: Node | null | undefined): Node[] | undefined {
  let n = node?.type === 'argument' ? node.namedChildren[0] : node;
  if (n?.type === 'variable_name') n = boundAt(n);
  if (n?.type !== 'array_creation_expression') return undefined;
  const items = n.namedChildren.filter((e) => e.type !== 'comment');
  const values = items.map((e) => (e.type === 'array_element_initializer' && e.namedChildren.length === 1 ? e.namedChildren[0] : undefined));
  return values.length && values.every((v) => v && phpStr(v) !== undefined) ? (values as Node[]) : undefined;
}

export function phpString(node: Node | null | undefined): PhpString | undefined {
  if (!node) return undefined;
  if (node.type === 'argument') return phpString(node.namedChildren[0]);
  if (node.type === 'variable_name') {
    const known = boundAt(node);
    return known ? phpString(known) : undefined;
  }
  if (node.type === 'string' || node.type === 'encapsed_string') {
    let text = '';
    let inexact = false;
    for (const c of node.namedChildren) {
      if (c.type === 'string_content' || c.type === 'string_value') text += c.text;
      else if (c.type === 'escape_sequence') text += ESCAPES[c.text.slice(1)] ?? c.text;
      else {
        text += PLACEHOLDER;
        inexact = true;
      }
    }
    return { text, line: lineOf(node), inexact };
  }
  if (node.type === 'heredoc' || node.type === 'nowdoc') {
    const body = node.childForFieldName('value');
    if (!body) return { text: '', line: lineOf(node), inexact: false };
    const src = body.text;
    let text = '';
    let pos = 0;
    let inexact = false;
    for (const c of body.namedChildren) {
      if (c.type === 'string_content' || c.type === 'nowdoc_string' || c.type === 'escape_sequence') continue;
      let from = c.startIndex - body.startIndex;
      let to = c.endIndex - body.startIndex;
      if (src[from - 1] === '{' && src[to] === '}') {
        from -= 1;
        to += 1;
      }
      text += src.slice(pos, from) + PLACEHOLDER;
      pos = to;
      inexact = true;
    }
    text += src.slice(pos);
    return { text, line: lineOf(body), inexact };
  }
  if (node.type === 'binary_expression' && node.children.some((c) => c.type === '.')) {
    const l = phpString(node.childForFieldName('left'));
    const r = phpString(node.childForFieldName('right'));
    if (l && r) return { text: l.text + r.text, line: l.line, inexact: l.inexact || r.inexact };
  }
  return undefined;
}

/** A part of SQL built in PHP: literal text, the connection's table prefix, or other code. */
type SqlPart = { text: string; line: number; inexact: boolean } | { prefix: true } | { code: Node };

function sqlParts(node: Node | null | undefined, isPrefix: (n: Node) => boolean): SqlPart[] {
  if (!node) return [];
  if (node.type === 'argument' || node.type === 'parenthesized_expression') return sqlParts(node.namedChildren[0], isPrefix);
  if (isPrefix(node)) return [{ prefix: true }];
  if (node.type === 'encapsed_string' && node.namedChildren.some(isPrefix)) {
    // `"UPDATE {$prefix}users …"`: the prefix variable is a part; other interpolation stays a placeholder.
    return node.namedChildren.map((c): SqlPart => {
      if (isPrefix(c)) return { prefix: true };
      if (c.type === 'string_content' || c.type === 'string_value') return { text: c.text, line: lineOf(c), inexact: false };
      if (c.type === 'escape_sequence') return { text: ESCAPES[c.text.slice(1)] ?? c.text, line: lineOf(c), inexact: false };
      return { text: PLACEHOLDER, line: lineOf(c), inexact: true };
    });
  }
  if (node.type === 'binary_expression' && node.children.some((c) => c.type === '.'))
    return [...sqlParts(node.childForFieldName('left'), isPrefix), ...sqlParts(node.childForFieldName('right'), isPrefix)];
  const s = phpString(node);
  return s ? [s] : [{ code: node }];
}

/**
 * SQL a migration builds in PHP (`'UPDATE '.DB::getTablePrefix().'users SET …'`, snipe-it): the
 * table prefix (`isPrefix`) is read as empty, Laravel's default, when a name follows it (the table
 * is then named as written), and as a name set at run time where it stands alone. `code`: a part
 * that is neither a string nor the prefix (`'DROP TABLE '.$table`), so the SQL is not known.
 */
export function phpSql(node: Node | null | undefined, isPrefix: (n: Node) => boolean): PhpString | { code: Node } | undefined {
  if (!node) return undefined;
  const parts = sqlParts(node, isPrefix);
  const code = parts.find((p) => 'code' in p);
  if (code) return code;
  let text = '';
  let inexact = false;
  let line: number | undefined;
  parts.forEach((p, i) => {
    if ('text' in p) {
      text += p.text;
      inexact ||= p.inexact;
      line ??= p.line;
      return;
    }
    if ('code' in p) return;
    const next = parts[i + 1];
    if (next && 'text' in next && /^[A-Za-z0-9_]/.test(next.text)) return;
    text += PLACEHOLDER;
    inexact = true;
  });
  return { text, line: line ?? lineOf(node), inexact };
}

export function phpStr(node: Node | null | undefined): string | undefined {
  const s = phpString(node);
  return s && !s.inexact ? s.text : undefined;
}

export function phpStrList(node: Node | null | undefined): string[] {
  let n = node?.type === 'argument' ? node.namedChildren[0] : node;
  if (n?.type === 'variable_name') n = boundAt(n) ?? n;
  if (n?.type === 'array_creation_expression') {
    return n.namedChildren.map((e) => phpStr(e.namedChildren[e.namedChildren.length - 1])).filter((x): x is string => x !== undefined);
  }
  const s = phpStr(n);
  return s === undefined ? [] : [s];
}

export function phpNumber(node: Node | undefined): number | undefined {
  const n = node?.type === 'argument' ? node.namedChildren[0] : node;
  if (n?.type !== 'integer' && n?.type !== 'float') return undefined;
  return Number(n.text);
}

export function phpDefault(node: Node | undefined): string | undefined {
  const n = node?.type === 'argument' ? node.namedChildren[0] : node;
  if (!n) return undefined;
  if (n.type === 'integer' || n.type === 'float') return n.text;
  if (n.type === 'boolean') return n.text.toLowerCase();
  if (n.type === 'null') return undefined;
  const s = phpStr(n);
  return `'${(s ?? n.text).replace(/'/g, "''")}'`;
}

/** The arguments of a call. */
export const args = (call: Node): Node[] => (call.childForFieldName('arguments')?.namedChildren ?? []).filter((c) => c.type === 'argument');
/** The method name of a call (`->nullable()`, `Schema::create`). */
export const callName = (call: Node): string => call.childForFieldName('name')?.text ?? '';
