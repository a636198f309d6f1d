// What a name in a JS/TS migration stands for where it is used: the value of a declaration of the
// file that is never assigned again (`const SQL = \`…\``), a loop's variable, a function's
// parameter, an import. Read from the tree-sitter tree alone, scope by scope outward.
import type { Node } from '../../parsers/tree-sitter';

export type Binding =
  /** `const x = value` (or a `let`/`var` never assigned again): `x` is `value`. */
  | { kind: 'value'; value: Node }
  /** `for (const x of over)`: `x` is each element of `over` in turn. */
  | { kind: 'loop'; over: Node | undefined; loop: Node }
  /** A parameter of the function `fn`: its callers give it. */
  | { kind: 'parameter'; fn: Node }
  /** `import { x } from 'module'`, `const { x } = require('module')`. */
  | { kind: 'import'; module: string }
  /** Anything else: assigned more than once, declared without a value, a global. */
  | { kind: 'unknown' };

export const FUNCTION_TYPES = ['function_expression', 'function', 'arrow_function', 'function_declaration', 'method_definition', 'generator_function'];

const SCOPES = new Set(['program', 'statement_block', 'switch_case', 'switch_default']);
const UNKNOWN: Binding = { kind: 'unknown' };

/** The binding of the identifier `id` (a use of a name, not its declaration). */
export function bindingOf(id: Node): Binding {
  const name = id.text;
  for (let child: Node = id, n = id.parent; n; child = n, n = n.parent) {
    if (FUNCTION_TYPES.includes(n.type)) {
      const params = n.childForFieldName('parameters') ?? n.childForFieldName('parameter');
      if (params && params.id !== child.id && declares(params, name)) return { kind: 'parameter', fn: n };
    } else if (n.type === 'for_in_statement') {
      const left = n.childForFieldName('left');
      if (left && child.id === n.childForFieldName('body')?.id && declares(left, name)) {
        const of = n.children.some((c) => c.type === 'of');
        return of ? { kind: 'loop', over: n.childForFieldName('right') ?? undefined, loop: n } : UNKNOWN;
      }
    } else if (n.type === 'for_statement' || n.type === 'catch_clause') {
      const own = n.childForFieldName('initializer') ?? n.childForFieldName('parameter');
      if (own && own.id !== child.id && declares(own, name)) return UNKNOWN;
    } else if (SCOPES.has(n.type)) {
      const found = declaredIn(n, name, id);
      if (found) return found;
    }
  }
  return UNKNOWN;
}

/** A declaration of `name` among the statements of the scope `scope`, judged for a use at `use`. */
function declaredIn(scope: Node, name: string, use: Node): Binding | undefined {
  for (const s of scope.namedChildren) {
    if (s.type === 'import_statement') {
      const module = s.childForFieldName('source')?.namedChildren[0]?.text ?? '';
      const clause = s.namedChildren.find((c) => c.type === 'import_clause');
      if (clause && declares(clause, name)) return { kind: 'import', module };
      continue;
    }
    if (s.type === 'function_declaration' || s.type === 'class_declaration') {
      if (s.childForFieldName('name')?.text === name) return UNKNOWN;
      continue;
    }
    const decl = s.type === 'export_statement' ? s.childForFieldName('declaration') : s;
    if (decl?.type !== 'lexical_declaration' && decl?.type !== 'variable_declaration') continue;
    for (const d of decl.namedChildren) {
      if (d.type !== 'variable_declarator') continue;
      const target = d.childForFieldName('name');
      const value = d.childForFieldName('value');
      if (!target || !declares(target, name)) continue;
      if (target.type !== 'identifier') {
        // const { x } = require('module')
        const module = requiredModule(value);
        return module !== undefined ? { kind: 'import', module } : UNKNOWN;
      }
      const module = requiredModule(value);
      if (module !== undefined) return { kind: 'import', module };
      if (!value || assignedIn(scope, name)) return UNKNOWN;
      // Used before its declaration in the same run of statements: not yet that value.
      if (scope.type !== 'program' && d.startIndex > use.startIndex) return UNKNOWN;
      return { kind: 'value', value };
    }
  }
  return undefined;
}

/** `require('module')` → `module`. */
function requiredModule(value: Node | null): string | undefined {
  if (value?.type !== 'call_expression' || value.childForFieldName('function')?.text !== 'require') return undefined;
  const arg = value.childForFieldName('arguments')?.namedChildren[0];
  return arg?.type === 'string' ? (arg.namedChildren[0]?.text ?? '') : undefined;
}

/** Whether a pattern or parameter list binds `name` (not as a default value or a key). */
function declares(pattern: Node, name: string): boolean {
  switch (pattern.type) {
    case 'identifier':
    case 'shorthand_property_identifier_pattern':
      return pattern.text === name;
    case 'pair_pattern':
      return declares(pattern.childForFieldName('value') ?? pattern, name);
    case 'assignment_pattern':
    case 'object_assignment_pattern':
      return declares(pattern.childForFieldName('left') ?? pattern, name);
    case 'required_parameter':
    case 'optional_parameter':
      return declares(pattern.childForFieldName('pattern') ?? pattern.namedChildren[0] ?? pattern, name);
    case 'import_specifier':
      return (pattern.childForFieldName('alias') ?? pattern.childForFieldName('name'))?.text === name;
    case 'lexical_declaration':
    case 'variable_declaration':
      return pattern.namedChildren.some((d) => d.type === 'variable_declarator' && declares(d.childForFieldName('name') ?? d, name));
    default:
      if (pattern.type === 'variable_declarator' || pattern.type === 'type_annotation') return false;
      return pattern.namedChildren.some((c) => declares(c, name));
  }
}

/** Whether `name` is assigned, incremented or has a property set anywhere in `scope`. */
function assignedIn(scope: Node, name: string): boolean {
  const rooted = (n: Node | null): boolean => {
    while (n?.type === 'member_expression' || n?.type === 'subscript_expression') n = n.childForFieldName('object');
    return n?.type === 'identifier' && n.text === name;
  };
  for (const a of scope.descendantsOfType(['assignment_expression', 'augmented_assignment_expression'])) {
    if (rooted(a.childForFieldName('left'))) return true;
  }
  return scope.descendantsOfType('update_expression').some((u) => rooted(u.childForFieldName('argument')));
}
