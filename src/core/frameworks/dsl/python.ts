// Reading Python values out of a tree-sitter-python tree: strings (triple-quoted, f-strings,
// implicit concatenation), numbers, names, calls and keyword arguments.
import type { Node } from '../../parsers/tree-sitter';
import { LoopVars } from './loop-vars';

export const PLACEHOLDER = '__interp__';

export interface PyString {
  text: string;
  line: number;
  inexact: boolean;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '"': '"', "'": "'", '\\': '\\', r: '\r' };

/**
 * Loop variables while a loop's body is read once per element (Alembic's `for col in ("a", "b"):
 * op.drop_column("users", col)`, alembic.ts): `pyString()` of such a name is the element's.
 * Reading is synchronous, so one map serves.
 */
const bound = new LoopVars<Node>();

/** `read()` with the name `name` standing for the literal `v` (as a loop's variable does for one element). */
export const withBound = <T>(name: string, v: Node, read: () => T): T => bound.with(name, v, read);

/** `read()` with each of `pairs` bound, in order. */
export const withAllBound = <T>(pairs: readonly (readonly [string, Node])[], read: () => T): T => bound.withAll(pairs, read);

/** `read()` with the names `names` not bound (a helper's parameters given values known only at run time). */
export const withoutBound = <T>(names: string[], read: () => T): T =>
  names.length ? bound.without(names[0]!, () => withoutBound(names.slice(1), read)) : read();

/** The literal a loop's variable (or a constant) stands for while it is bound. */
export const boundValue = (name: string): Node | undefined => bound.get(name);

export function pyString(node: Node | null | undefined): PyString | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'identifier': {
      const known = bound.get(node.text);
      return known ? pyString(known) : undefined;
    }
    case 'string': {
      const start = node.children.find((c) => c.type === 'string_start')?.text ?? '';
      const raw = /r/i.test(start.replace(/["']/g, ''));
      let text = '';
      let inexact = false;
      for (const c of node.children) {
        if (c.type === 'string_content') text += c.text;
        else if (c.type === 'escape_sequence') text += raw ? c.text : (ESCAPES[c.text.slice(1)] ?? c.text.slice(1));
        else if (c.type === 'interpolation') {
          const v = interpolated(c);
          text += v ?? PLACEHOLDER;
          inexact ||= v === undefined;
        }
      }
      // string_content of tree-sitter-python includes escapes as children of string_content.
      if (!raw && node.descendantsOfType('escape_sequence').length && !node.children.some((c) => c.type === 'escape_sequence')) {
        text = '';
        for (const c of node.children) {
          if (c.type !== 'string_content') {
            if (c.type === 'interpolation') text += interpolated(c) ?? PLACEHOLDER;
            continue;
          }
          let pos = c.startIndex;
          for (const e of c.children) {
            if (e.type !== 'escape_sequence') continue;
            text += sliceText(c, pos, e.startIndex) + (ESCAPES[e.text.slice(1)] ?? e.text.slice(1));
            pos = e.endIndex;
          }
          text += sliceText(c, pos, c.endIndex);
        }
      }
      return { text, line: node.startPosition.row + 1, inexact };
    }
    case 'concatenated_string': {
      let text = '';
      let inexact = false;
      for (const s of node.namedChildren) {
        const p = pyString(s);
        if (!p) continue;
        text += p.text;
        inexact ||= p.inexact;
      }
      return { text, line: node.startPosition.row + 1, inexact };
    }
    case 'parenthesized_expression':
      return pyString(node.namedChildren.find((c) => c.type !== 'comment'));
    case 'call': {
      // sa.text("..."), text("..."), dedent("""..."""), "...".strip(), textwrap.dedent(...)
      const fn = node.childForFieldName('function');
      const last = fn ? lastName(fn) : '';
      // Alembic's op.f('ix_name') (and batch_op.f, prefect) marks a name as final: it is the string itself.
      if (fn?.type === 'attribute' && last === 'f' && fn.childForFieldName('object')?.type === 'identifier') return pyString(firstPositional(node));
      // sa.text("UPDATE … WHERE id = :id").params(id=1): the SQL, with bind parameters in it.
      if (fn?.type === 'attribute' && ['params', 'bindparams', 'execution_options'].includes(last)) {
        const s = pyString(fn.childForFieldName('object'));
        return s && { ...s, inexact: true };
      }
      if (['text', 'dedent', 'strip', 'lstrip', 'rstrip', 'format_sql'].includes(last)) {
        if (fn?.type === 'attribute' && ['strip', 'lstrip', 'rstrip'].includes(last)) return pyString(fn.childForFieldName('object'));
        return pyString(firstPositional(node));
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * An f-string's `{t}` whose name is bound (a loop's variable over literal names, a helper's
 * parameter given a literal, a module constant): that literal as written. Undefined for any other
 * field (`{t!r}`, `{t:>10}`, `{x.name}`, a name known only at run time), which stays a placeholder.
 */
function interpolated(field: Node): string | undefined {
  const [expr] = field.namedChildren;
  if (field.childCount !== 3 || expr?.type !== 'identifier') return undefined;
  const v = bound.get(expr.text);
  if (v?.type === 'integer' || v?.type === 'float') return v.text;
  const s = pyString(v);
  return s && !s.inexact ? s.text : undefined;
}

function sliceText(node: Node, from: number, to: number): string {
  return node.text.slice(from - node.startIndex, to - node.startIndex);
}

/** `migrations.RemoveField` → `RemoveField`; `op.drop_column` → `drop_column`. */
export function lastName(node: Node): string {
  if (node.type === 'attribute') return node.childForFieldName('attribute')?.text ?? '';
  if (node.type === 'identifier') return node.text;
  return '';
}

/** Dotted name of an expression (`migrations.RunPython.noop`), or '' when not a plain name. */
export function dotted(node: Node | null | undefined): string {
  if (!node) return '';
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') {
    const o = dotted(node.childForFieldName('object'));
    const a = node.childForFieldName('attribute')?.text ?? '';
    return o ? `${o}.${a}` : '';
  }
  return '';
}

export interface PyArgs {
  positional: Node[];
  keywords: Map<string, Node>;
}

export function pyArgs(call: Node): PyArgs {
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  const list = call.childForFieldName('arguments');
  for (const a of list?.namedChildren ?? []) {
    if (a.type === 'comment') continue;
    if (a.type === 'keyword_argument') {
      const k = a.childForFieldName('name')?.text;
      const v = a.childForFieldName('value');
      if (k && v) keywords.set(k, v);
    } else positional.push(a);
  }
  return { positional, keywords };
}

export const firstPositional = (call: Node): Node | undefined => pyArgs(call).positional[0];

/** An argument by position or keyword. */
export function arg(a: PyArgs, index: number, keyword: string): Node | undefined {
  return a.keywords.get(keyword) ?? a.positional[index];
}

export function pyStr(node: Node | undefined): string | undefined {
  const s = pyString(node);
  return s && !s.inexact ? s.text : undefined;
}

export function pyBool(node: Node | undefined): boolean | undefined {
  if (!node) return undefined;
  if (node.type === 'true') return true;
  if (node.type === 'false') return false;
  return undefined;
}

export function pyNumber(node: Node | undefined): number | undefined {
  if (!node || (node.type !== 'integer' && node.type !== 'float')) return undefined;
  const n = Number(node.text.replace(/_/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** Strings of a list/tuple literal (or a single string). */
export function pyStrList(node: Node | undefined): string[] {
  if (!node) return [];
  if (node.type === 'list' || node.type === 'tuple' || node.type === 'set') {
    return node.namedChildren.map((c) => pyStr(c)).filter((x): x is string => x !== undefined);
  }
  const s = pyStr(node);
  return s === undefined ? [] : [s];
}

/** A Python literal rendered as an SQL constant default. */
export function pyDefault(node: Node): string {
  switch (node.type) {
    case 'integer':
    case 'float':
      return node.text.replace(/_/g, '');
    case 'true':
      return 'true';
    case 'false':
      return 'false';
    case 'none':
      return 'NULL';
    default: {
      const s = pyStr(node);
      return `'${(s ?? node.text).replace(/'/g, "''")}'`;
    }
  }
}

/** Statements of a function body, comments and docstrings left out. */
export function bodyStatements(fn: Node): Node[] {
  const body = fn.childForFieldName('body');
  if (!body) return [];
  return body.namedChildren.filter((c) => {
    if (c.type === 'comment') return false;
    if (c.type === 'expression_statement' && c.namedChildren.length === 1 && c.namedChildren[0]!.type === 'string') return false;
    return true;
  });
}

/** `pass`, `...`, or only `raise …`: a body that does nothing useful. */
export function isNoopBody(stmts: Node[]): { empty: boolean; raises: boolean } {
  if (!stmts.length) return { empty: true, raises: false };
  const trivial = (s: Node) => s.type === 'pass_statement' || (s.type === 'expression_statement' && s.namedChildren[0]?.type === 'ellipsis');
  if (stmts.every(trivial)) return { empty: true, raises: false };
  if (stmts.every((s) => trivial(s) || s.type === 'raise_statement')) return { empty: true, raises: true };
  return { empty: false, raises: false };
}
