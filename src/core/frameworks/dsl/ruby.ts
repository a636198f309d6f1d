// Reading Ruby values out of a tree-sitter-ruby tree: symbols, strings (with heredocs), hashes.
import type { Node } from '../../parsers/tree-sitter';
import { LoopVars } from './loop-vars';

export const PLACEHOLDER = '__interp__';

export interface RubyString {
  text: string;
  line: number;
  inexact: boolean;
}

/** Heredoc bodies are siblings of the statement that opens them: pair them in document order. */
export function heredocMap(root: Node): Map<number, Node> {
  const begins = root.descendantsOfType('heredoc_beginning');
  const bodies = root.descendantsOfType('heredoc_body');
  const map = new Map<number, Node>();
  begins.forEach((b, i) => {
    const body = bodies[i];
    if (body) map.set(b.id, body);
  });
  return map;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '"': '"', "'": "'", '\\': '\\', r: '\r', '#': '#' };

function unescape(seq: string): string {
  const c = seq.slice(1);
  return ESCAPES[c] ?? c;
}

/** Concatenate a string-ish node's static parts; interpolations become a placeholder identifier. */
function stringParts(node: Node, stopAt?: Node): { text: string; inexact: boolean } {
  let text = '';
  let inexact = false;
  let cursorIndex = -1;
  for (const c of node.children) {
    if (stopAt && c.id === stopAt.id) break;
    switch (c.type) {
      case 'string_content':
      case 'heredoc_content':
        text += c.text;
        break;
      case 'escape_sequence':
        text += unescape(c.text);
        break;
      case 'interpolation': {
        const known = interpolated(c);
        if (known !== undefined) text += known;
        else {
          text += PLACEHOLDER;
          inexact = true;
        }
        break;
      }
      default:
        break;
    }
    cursorIndex = c.endIndex;
  }
  void cursorIndex;
  return { text, inexact };
}

/** The SQL text of a Ruby string argument (string, %q(), heredoc, `<<~SQL.squish`, "a" "b"). */
export function rubyString(node: Node | null | undefined, heredocs: Map<number, Node>): RubyString | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'string': {
      const { text, inexact } = stringParts(node);
      return { text, line: node.startPosition.row + 1, inexact };
    }
    case 'chained_string': {
      let text = '';
      let inexact = false;
      for (const s of node.namedChildren) {
        const p = rubyString(s, heredocs);
        if (!p) return undefined;
        text += p.text;
        inexact ||= p.inexact;
      }
      return { text, line: node.startPosition.row + 1, inexact };
    }
    case 'heredoc_beginning': {
      const body = heredocs.get(node.id);
      if (!body) return undefined;
      const end = body.children.find((c) => c.type === 'heredoc_end');
      const { text, inexact } = stringParts(body, end);
      return { text, line: body.startPosition.row + 1, inexact };
    }
    case 'call': {
      // `Arel.sql("…")` marks a string as SQL, unchanged (casa's `connection.execute(Arel.sql("ALTER TABLE …"))`)
      if (isArelSql(node)) return rubyString(node.childForFieldName('arguments')?.namedChildren[0], heredocs);
      // <<~SQL.squish, "...".strip, sql.freeze
      const recv = node.childForFieldName('receiver');
      return rubyString(recv, heredocs);
    }
    case 'parenthesized_statements': {
      const inner = node.namedChildren[0];
      return rubyString(inner, heredocs);
    }
    default:
      return undefined;
  }
}

const isArelSql = (call: Node): boolean =>
  call.childForFieldName('method')?.text === 'sql' &&
  call.childForFieldName('receiver')?.text === 'Arel' &&
  call.childForFieldName('arguments')?.namedChildren.length === 1;

/** Methods that give a string back with the same SQL in it: `<<~SQL.squish` (whitespace), `.freeze`. */
const SAME_SQL = new Set(['squish', 'strip', 'strip_heredoc', 'freeze', 'dup', 'chomp', 'lstrip', 'rstrip']);

export type RubyValue =
  | { kind: 'symbol' | 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'nil' }
  | { kind: 'array'; items: RubyValue[] }
  | { kind: 'hash'; entries: Map<string, RubyValue>; node: Node }
  | { kind: 'other'; node: Node };

/**
 * Block parameters while a loop's block is read once per element (`%i[a b].each do |col| remove_column
 * :users, col end`, rails/reader.ts): `rubyValue()` of such a name is the element's. Reading is
 * synchronous, so one map serves.
 */
const bound = new LoopVars<RubyValue>();

/** `read()` with `name` standing for `v` (as a block parameter does for one element). */
export const withBound = <T>(name: string, v: RubyValue, read: () => T): T => bound.with(name, v, read);

/** `read()` with only `names` bound (a method's parameters to the values it is called with): the caller's block parameters hidden. */
export const withScope = <T>(names: [string, RubyValue][], read: () => T): T => bound.scope(names, read);

/** A value written out in full: a symbol, string, number, true/false/nil, or a list of them (`%i[a b]`). */
export const isLiteral = (v: RubyValue): boolean =>
  v.kind === 'symbol' ||
  v.kind === 'string' ||
  v.kind === 'number' ||
  v.kind === 'bool' ||
  v.kind === 'nil' ||
  (v.kind === 'array' && v.items.every(isLiteral));

export function rubyValue(node: Node, heredocs: Map<number, Node>): RubyValue {
  if (node.type === 'identifier') {
    const known = bound.get(node.text);
    if (known) return known;
  }
  switch (node.type) {
    case 'simple_symbol':
      return { kind: 'symbol', value: node.text.slice(1) };
    case 'delimited_symbol': {
      const { text } = stringParts(node);
      return { kind: 'symbol', value: text };
    }
    case 'hash_key_symbol':
    case 'identifier':
    case 'constant':
      return node.type === 'hash_key_symbol' ? { kind: 'symbol', value: node.text } : { kind: 'other', node };
    case 'string':
    case 'chained_string':
    case 'heredoc_beginning': {
      const s = rubyString(node, heredocs);
      return s && !s.inexact ? { kind: 'string', value: s.text } : { kind: 'other', node };
    }
    case 'call': {
      // `<<~SQL.squish` given as an argument (hack club's `add_check_constraint :ledgers, <<~SQL.squish, name: …`), `Arel.sql("…")`
      const s = isArelSql(node) || SAME_SQL.has(node.childForFieldName('method')?.text ?? '') ? rubyString(node, heredocs) : undefined;
      return s && !s.inexact && !node.childForFieldName('block') && (isArelSql(node) || !node.childForFieldName('arguments'))
        ? { kind: 'string', value: s.text }
        : { kind: 'other', node };
    }
    case 'integer':
    case 'float': {
      const n = Number(node.text.replace(/_/g, ''));
      return Number.isFinite(n) ? { kind: 'number', value: n } : { kind: 'other', node };
    }
    case 'true':
      return { kind: 'bool', value: true };
    case 'false':
      return { kind: 'bool', value: false };
    case 'nil':
      return { kind: 'nil' };
    case 'array':
      return { kind: 'array', items: node.namedChildren.filter((c) => c.type !== 'comment').map((c) => rubyValue(c, heredocs)) };
    case 'splat_argument': {
      // `*%i[a b]`, `*[:a, :b]`: the splatted list's items, as if written one by one.
      const inner = node.namedChildren[0];
      return inner ? rubyValue(inner, heredocs) : { kind: 'other', node };
    }
    case 'string_array':
    case 'symbol_array':
      return {
        kind: 'array',
        items: node.namedChildren.map((c) => ({ kind: node.type === 'symbol_array' ? 'symbol' : 'string', value: c.text }) as RubyValue),
      };
    case 'hash': {
      const entries = new Map<string, RubyValue>();
      for (const p of node.namedChildren) if (p.type === 'pair') addPair(entries, p, heredocs);
      return { kind: 'hash', entries, node };
    }
    default:
      return { kind: 'other', node };
  }
}

function addPair(entries: Map<string, RubyValue>, pair: Node, heredocs: Map<number, Node>): void {
  const k = pair.childForFieldName('key');
  const v = pair.childForFieldName('value');
  // `name:` alone (Ruby 3.1) passes the variable of that name (hcb's `remove_index TABLE, name:, …`).
  if (k?.type === 'hash_key_symbol' && !v) entries.set(k.text, bound.get(k.text) ?? { kind: 'other', node: k });
  if (!k || !v) return;
  const key = rubyValue(k, heredocs);
  if (key.kind === 'symbol' || key.kind === 'string') entries.set(key.value, rubyValue(v, heredocs));
}

/** A name given as a symbol or string. */
export const nameOf = (v: RubyValue | undefined): string | undefined => (v && (v.kind === 'symbol' || v.kind === 'string') ? v.value : undefined);

export const namesOf = (v: RubyValue | undefined): string[] => {
  if (!v) return [];
  if (v.kind === 'array') return v.items.map(nameOf).filter((x): x is string => x !== undefined);
  const n = nameOf(v);
  return n === undefined ? [] : [n];
};

export interface RubyArgs {
  positional: RubyValue[];
  positionalNodes: Node[];
  options: Map<string, RubyValue>;
}

/** Split a call's arguments into positional values and keyword options. */
export function rubyArgs(call: Node, heredocs: Map<number, Node>): RubyArgs {
  const positional: RubyValue[] = [];
  const positionalNodes: Node[] = [];
  const options = new Map<string, RubyValue>();
  const list = call.childForFieldName('arguments');
  if (list) {
    for (const a of list.namedChildren) {
      if (a.type === 'comment') continue;
      if (a.type === 'pair') addPair(options, a, heredocs);
      else if (a.type === 'hash' && a === list.namedChildren[list.namedChildren.length - 1]) {
        const h = rubyValue(a, heredocs);
        if (h.kind === 'hash') for (const [k, v] of h.entries) options.set(k, v);
      } else {
        positional.push(rubyValue(a, heredocs));
        positionalNodes.push(a);
      }
    }
  }
  return { positional, positionalNodes, options };
}

/**
 * What `#{…}` renders when the reader knows it: a name bound to a value (a loop's element, a
 * method's parameter given a literal), a constant the file gives a value once (`TABLE = "events"`),
 * or a local the method assigns once, before, to a literal (`name = "audits"`); also with `.to_s`.
 * Ruby renders a symbol as its name, a string as itself, an integer in decimal. Anything else (a
 * method call, an expression) is known only at run time: undefined.
 */
function interpolated(interp: Node): string | undefined {
  const parts = interp.namedChildren.filter((c) => c.type !== 'comment');
  if (parts.length !== 1) return undefined;
  let expr = parts[0]!;
  if (expr.type === 'call' && callName(expr) === 'to_s' && !expr.childForFieldName('arguments') && !expr.childForFieldName('block')) {
    const recv = callReceiver(expr);
    if (!recv) return undefined;
    expr = recv;
  }
  const v = expr.type === 'identifier' ? (bound.get(expr.text) ?? localLiteral(expr)) : expr.type === 'constant' ? constantLiteral(expr) : undefined;
  if (v?.kind === 'symbol' || v?.kind === 'string') return v.value;
  if (v?.kind === 'number' && Number.isInteger(v.value)) return String(v.value);
  return undefined;
}

const SCOPES = new Set(['method', 'singleton_method', 'class', 'module', 'program']);
const BLOCKS = new Set(['block', 'do_block', 'lambda']);
const NO_HEREDOCS = new Map<number, Node>();

/** A value written out as one token (a symbol, a string without `#{…}`, a number). */
function literalOf(n: Node | null): RubyValue | undefined {
  if (!n) return undefined;
  if (n.type === 'call' && callName(n) === 'freeze' && !n.childForFieldName('arguments')) n = callReceiver(n);
  if (!n || !['simple_symbol', 'string', 'integer'].includes(n.type) || reading.has(n.id)) return undefined;
  // `A = "#{A}x"` reads itself: known only at run time (and never read forever).
  reading.add(n.id);
  try {
    const v = rubyValue(n, NO_HEREDOCS);
    return v.kind === 'other' ? undefined : v;
  } finally {
    reading.delete(n.id);
  }
}
const reading = new Set<number>();

/**
 * The literal a local is assigned once in its method, before `use` (`name = "audits"` then
 * `"#{name}"`); undefined when assigned more than once, by `+=`, or shadowed by a block's parameter.
 */
function localLiteral(use: Node): RubyValue | undefined {
  let scope: Node | null = use.parent;
  while (scope && !SCOPES.has(scope.type)) {
    const params = BLOCKS.has(scope.type) ? scope.namedChildren.find((c) => c.type === 'block_parameters' || c.type === 'lambda_parameters') : undefined;
    if (params?.descendantsOfType('identifier').some((p) => p.text === use.text)) return undefined;
    scope = scope.parent;
  }
  if (!scope) return undefined;
  const writes = scope
    .descendantsOfType(['assignment', 'operator_assignment'])
    .filter((a) => a.childForFieldName('left')?.type === 'identifier' && a.childForFieldName('left')?.text === use.text);
  const only = writes.length === 1 ? writes[0]! : undefined;
  return only?.type === 'assignment' && only.endIndex <= use.startIndex ? literalOf(only.childForFieldName('right')) : undefined;
}

/** The literal a constant is given once in the file (`TABLE = "events"`, with `.freeze` or without). */
function constantLiteral(use: Node): RubyValue | undefined {
  let root: Node = use;
  while (root.parent) root = root.parent;
  const writes = root
    .descendantsOfType(['assignment', 'operator_assignment'])
    .filter((a) => a.childForFieldName('left')?.type === 'constant' && a.childForFieldName('left')?.text === use.text);
  return writes.length === 1 && writes[0]!.type === 'assignment' ? literalOf(writes[0]!.childForFieldName('right')) : undefined;
}

/** The method name of a call node (`identifier`, `constant` or operator-ish). */
export const callName = (call: Node): string => call.childForFieldName('method')?.text ?? '';
export const callReceiver = (call: Node): Node | null => call.childForFieldName('receiver');
