// Reading JS/TS migrations (Knex, Sequelize, TypeORM, node-pg-migrate) with tree-sitter: where
// the up/down functions are, call chains in source order, string/template/object values.
import { firstErrorNode, lineOf, parseCode, type Node, type OwnedTree } from '../../parsers/tree-sitter';
import type { Hit } from '../../types';
import { hit, parseErrorHit, type DslPiece, type DslTranslation } from './common';
import { bindingOf, FUNCTION_TYPES } from './js-bindings';
import { IGNORE_HINT, PLACEHOLDER } from './binds';

export { PLACEHOLDER } from './binds';

/** Helpers named as reads (`hasColumn(queryRunner, …)`, `isPostgres(db)`, `get…`, opencollective-api's `doesColumnExist(queryInterface, …)`): passed a migration's connection, they change nothing. */
export const READ_HELPER = /^(has|get|is|does)[A-Z_]/;
/** A parsed JS/TS file: hold it with `using` (see parseCode). */
export async function parseJs(path: string, source: string): Promise<OwnedTree> {
  const ts = /\.(c|m)?tsx?$/.test(path);
  return parseCode(ts ? 'typescript' : 'javascript', source);
}

export interface JsString {
  text: string;
  line: number;
  inexact: boolean;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '"': '"', "'": "'", '\\': '\\', r: '\r', '`': '`', $: '$' };

export function jsString(node: Node | null | undefined): JsString | undefined {
  return readString(node, 0);
}

/** A call of a function of the file being read: its parameters, named by the arguments the call gives. */
interface CallFrame {
  fn: Node;
  args: Map<string, Node>;
}

/** How deep constants may refer to constants (`const A = B + C`) before the reading gives up. */
const MAX_DEPTH = 8;

function readString(node: Node | null | undefined, depth: number, frame?: CallFrame): JsString | undefined {
  if (!node || depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case 'string':
    case 'template_string': {
      let text = '';
      let inexact = false;
      for (const c of node.namedChildren) {
        if (c.type === 'string_fragment') text += c.text;
        else if (c.type === 'escape_sequence') text += ESCAPES[c.text.slice(1)] ?? c.text.slice(1);
        else if (c.type === 'template_substitution') {
          // `${OTHER_CONSTANT}` is its text; anything else is known only at run time.
          const part = substitution(c.namedChildren[0], depth + 1, frame);
          text += part?.text ?? PLACEHOLDER;
          inexact ||= part?.inexact ?? true;
        }
      }
      return { text, line: lineOf(node), inexact };
    }
    case 'parenthesized_expression':
    case 'as_expression':
    case 'satisfies_expression':
    case 'non_null_expression':
      return readString(node.namedChildren[0], depth, frame);
    case 'binary_expression': {
      // 'a' + 'b', SQL + ';'
      if (node.childForFieldName('operator')?.text !== '+') return undefined;
      const l = readString(node.childForFieldName('left'), depth, frame);
      const r = readString(node.childForFieldName('right'), depth, frame);
      if (!l || !r) return undefined;
      return { text: l.text + r.text, line: l.line, inexact: l.inexact || r.inexact };
    }
    case 'identifier': {
      // `const SQL = \`…\`` of this file (never assigned again), read where it is written.
      const b = bindingOf(node);
      // A loop's variable while its body is read for one element of a literal list (see eachBinding).
      const known = boundValue(node, b);
      if (known) return readString(known, depth + 1);
      if (b.kind === 'value') return readString(b.value, depth + 1, frame);
      // A parameter of the function whose template is being read: the argument its call gives.
      if (b.kind === 'parameter' && frame && b.fn.id === frame.fn.id) return readString(frame.args.get(node.text), depth + 1);
      return undefined;
    }
    case 'member_expression': {
      // `SQL.up` of `const SQL = { up: '…', down: '…' }`.
      const obj = node.childForFieldName('object');
      const b = obj?.type === 'identifier' ? bindingOf(obj) : undefined;
      const key = node.childForFieldName('property')?.text;
      return b?.kind === 'value' && key ? readString(objectEntries(b.value).get(key), depth + 1) : undefined;
    }
    case 'call_expression': {
      // A tagged template is its text: sql`…`, dedent`…`, String.raw`…`.
      const args = node.childForFieldName('arguments');
      if (args?.type === 'template_string') return readString(args, depth);
      const fn = node.childForFieldName('function');
      const name = fn?.type === 'member_expression' ? fn.childForFieldName('property')?.text : fn?.text;
      // dedent(`…`), sql(`…`): helpers that give back their argument's text.
      if (name && TEXT_HELPERS.has(name)) {
        const first = args?.namedChildren[0];
        return first ? readString(first, depth) : undefined;
      }
      // Any other call's argument is its input, not the SQL (`getBackfillSQL('Orders')`): a function
      // of this file that returns a template gives that template, each parameter the argument the call
      // gives it where that is a constant (stacks-blockchain-api's `writeDeltas(\`INSERT …\`)`), else
      // named at run time.
      const found = fn?.type === 'identifier' ? returnedTemplate(fn.text, node) : undefined;
      return found ? readString(found.template, depth + 1, { fn: found.fn, args: argumentsByParameter(found.fn, callArgs(node)) }) : undefined;
    }
    default:
      return undefined;
  }
}

/** A template's `${…}` part: a constant's text, a number as written; undefined when known only at run time. */
function substitution(node: Node | undefined, depth: number, frame?: CallFrame): JsString | undefined {
  if (node?.type === 'number') return { text: node.text, line: lineOf(node), inexact: false };
  if (node?.type === 'identifier' || node?.type === 'member_expression' || node?.type === 'binary_expression') return readString(node, depth, frame);
  return undefined;
}

/** `(table, column)` called with `('Orders', col)`: table → 'Orders', column → col (plain parameters only). */
function argumentsByParameter(fn: Node, args: Node[]): Map<string, Node> {
  const out = new Map<string, Node>();
  const single = fn.childForFieldName('parameter');
  const params = single ? [single] : (fn.childForFieldName('parameters')?.namedChildren.filter((c) => c.type !== 'comment') ?? []);
  params.forEach((p, i) => {
    const id = p.type === 'required_parameter' || p.type === 'optional_parameter' ? p.childForFieldName('pattern') : p;
    const arg = args[i];
    if (id?.type === 'identifier' && arg && arg.type !== 'spread_element') out.set(id.text, arg);
  });
  return out;
}

/**
 * The SQL texts a raw-SQL call's argument holds: one string as `jsString` reads it, or each
 * string of a constant array the call runs in a loop (`for (const sql of UP) await
 * queryRunner.query(sql)`). Undefined when the SQL is built in code (see `builtInCode`).
 */
export function sqlTexts(node: Node | null | undefined): JsString[] | undefined {
  const one = jsString(node);
  if (one) return [one];
  if (node?.type !== 'identifier') return undefined;
  const b = bindingOf(node);
  if (b.kind !== 'loop') return undefined;
  let over = b.over;
  for (let i = 0; over?.type === 'identifier' && i < MAX_DEPTH; i++) {
    const ob = bindingOf(over);
    over = ob.kind === 'value' ? ob.value : undefined;
  }
  if (over?.type !== 'array') return undefined;
  const texts = over.namedChildren.filter((c) => c.type !== 'comment').map((c) => jsString(c));
  return texts.length && texts.every((t) => t !== undefined) ? (texts as JsString[]) : undefined;
}

/** A loop over a list of strings the file holds, whose body is read once per element. */
interface LiteralLoop {
  /** The `for…of` statement or the callback function that binds the variable. */
  scope: Node;
  name: string;
  items: Node[];
}

/**
 * Names bound while a call is read for one run: a loop's variable for one element of a literal
 * list (`for (const col of ['a', 'b'])`, `['a', 'b'].forEach((col) => …)`), a helper's parameters
 * for one call of it (see bindArguments): the scope's id → name → value. Reading is synchronous,
 * so one map serves.
 */
const bound = new Map<number, ReadonlyMap<string, Node>>();

function boundValue(id: Node, b: ReturnType<typeof bindingOf>): Node | undefined {
  const scope = b.kind === 'loop' ? b.loop : b.kind === 'parameter' ? b.fn : undefined;
  return scope ? bound.get(scope.id)?.get(id.text) : undefined;
}

/** Runs `read` with the names of `scope` bound to `values`, then restores what was bound before. */
function withBound(scope: Node, values: ReadonlyMap<string, Node>, read: () => void): void {
  const before = bound.get(scope.id);
  bound.set(scope.id, values);
  try {
    read();
  } finally {
    if (before) bound.set(scope.id, before);
    else bound.delete(scope.id);
  }
}

/**
 * Runs `read` (the reading of a helper function of the file, `fn`, for one call of it) with each
 * plain parameter bound to the argument the call gives it: `dropLegacy(queryInterface, 'users',
 * ['a', 'b'])` reads the helper's `table` as 'users' and its `for (const column of columns)` once
 * per column. An argument known only at run time stays so (named "…" where it names something).
 */
export function bindArguments(fn: Node, call: Node, read: () => void): void {
  withBound(fn, argumentsByParameter(fn, callArgs(call)), read);
}

/** Methods that run a callback once per element of the array they are called on. */
const EACH = new Set(['forEach', 'map', 'flatMap']);

/** The strings of a list the file holds (`['a', 'b']`, a `const COLS = […]`), else undefined. */
function literalList(node: Node | null | undefined): Node[] | undefined {
  const list = constantValue(node);
  if (list?.type !== 'array') return undefined;
  const items = list.namedChildren.filter((c) => c.type !== 'comment');
  return items.length && items.every((c) => jsStr(c) !== undefined) ? items : undefined;
}

/** The loop over a literal list that `n` (an ancestor of the call, `child` the node below it) is, when it is one. */
function literalLoopAt(n: Node, child: Node): LiteralLoop | undefined {
  if (n.type === 'for_in_statement' && child.id === n.childForFieldName('body')?.id && n.children.some((c) => c.type === 'of')) {
    let left = n.childForFieldName('left');
    if (left?.type === 'lexical_declaration' || left?.type === 'variable_declaration') left = left.namedChildren[0]?.childForFieldName('name') ?? null;
    const items = literalList(n.childForFieldName('right'));
    return left?.type === 'identifier' && items && !stopsEarly(n) ? { scope: n, name: left.text, items } : undefined;
  }
  if (isFunction(n) && child.id === n.childForFieldName('body')?.id) {
    const call = n.parent?.type === 'arguments' ? n.parent.parent : undefined;
    if (call?.type !== 'call_expression' || !EACH.has(methodName(call)) || callArgs(call)[0]?.id !== n.id) return undefined;
    const name = paramName(n);
    const items = literalList(calleeObject(call));
    return name && items ? { scope: n, name, items } : undefined;
  }
  return undefined;
}

const BREAKABLE = new Set(['for_statement', 'for_in_statement', 'while_statement', 'do_statement', 'switch_statement']);

/**
 * A `for…of` whose body may leave the loop before its last element (a `return` of its function, a
 * `break` of the loop): outline's cascade-delete tries `for (const constraintName of [...]) { try {
 * …; return; } catch … }` until one name works. Such a loop is read once, its variable named at run time.
 */
function stopsEarly(loop: Node): boolean {
  const fn = enclosingFunction(loop);
  const body = loop.childForFieldName('body');
  if (!body) return false;
  if (body.descendantsOfType('return_statement').some((r) => enclosingFunction(r)?.id === fn?.id)) return true;
  return body.descendantsOfType('break_statement').some((b) => {
    if (b.namedChildren.length) return true; // a labelled break may leave this loop
    let p = b.parent;
    while (p && !BREAKABLE.has(p.type)) p = p.parent;
    return p?.id === loop.id;
  });
}

/** How many times a call is read at most (nested loops multiply). */
const MAX_RUNS = 64;

/**
 * Runs `read` for a call once per element of each loop over a literal list around it, inside
 * `within` (`['a', 'b'].forEach((col) => table.dropColumn(col))` is two drops), the loop's variable
 * bound to the element for `jsString`/`jsStr`; once when there is no such loop. A loop over
 * anything else is read once, its variable named at run time.
 */
export function eachBinding(call: Node, within: Node, read: () => void): void {
  const loops: LiteralLoop[] = [];
  for (let child = call, n = call.parent; n && n.id !== within.id; child = n, n = n.parent) {
    const loop = literalLoopAt(n, child);
    if (loop) loops.unshift(loop);
  }
  if (loops.reduce((k, l) => k * l.items.length, 1) > MAX_RUNS) return read();
  const run = (i: number): void => {
    const loop = loops[i];
    if (!loop) return read();
    for (const value of loop.items) withBound(loop.scope, new Map([[loop.name, value]]), () => run(i + 1));
  };
  run(0);
}

/** How a notice names an argument built in code: `buildQuery(…)`, `sqlText`, `rows.map(…).join(…)`, `…`. */
export function codeLabel(node: Node | undefined): string {
  const label = labelOf(node);
  return label.length <= 60 ? label : '…';
}

function labelOf(node: Node | undefined): string {
  switch (node?.type) {
    case 'identifier':
    case 'this':
      return node.text;
    case 'member_expression':
      return `${labelOf(node.childForFieldName('object') ?? undefined)}.${node.childForFieldName('property')?.text ?? '…'}`;
    case 'call_expression':
      return `${labelOf(node.childForFieldName('function') ?? undefined)}(…)`;
    case 'await_expression':
      return `await ${labelOf(node.namedChildren[0])}`;
    default:
      return '…';
  }
}

/** Where SQL the reader cannot read comes from, as a notice says it. */
type SqlOrigin =
  | { kind: 'file'; file?: string }
  | { kind: 'import'; module: string; call?: string }
  | { kind: 'loop' }
  | { kind: 'parameter'; name: string }
  | { kind: 'call'; name: string }
  | { kind: 'code' };

const FILE_READS = new Set(['readFileSync', 'readFile']);

/** Where the SQL of an argument comes from, when `sqlTexts` cannot read it. */
function sqlOrigin(node: Node | null | undefined, depth = 0): SqlOrigin {
  if (!node || depth > MAX_DEPTH) return { kind: 'code' };
  switch (node.type) {
    case 'await_expression':
    case 'parenthesized_expression':
    case 'as_expression':
    case 'satisfies_expression':
    case 'non_null_expression':
      return sqlOrigin(node.namedChildren[0], depth);
    case 'identifier': {
      const b = bindingOf(node);
      if (b.kind === 'value') return sqlOrigin(b.value, depth + 1);
      if (b.kind === 'import') return { kind: 'import', module: b.module };
      if (b.kind === 'loop') return { kind: 'loop' };
      if (b.kind === 'parameter') {
        // fs.readFile(file, (err, data) => db.runSql(data)): the callback's data is the file's text.
        const call = b.fn.parent?.type === 'arguments' ? b.fn.parent.parent : undefined;
        if (call?.type === 'call_expression' && FILE_READS.has(methodName(call))) return { kind: 'file', ...fileNamed(call) };
        return { kind: 'parameter', name: node.text };
      }
      return { kind: 'code' };
    }
    case 'member_expression': {
      const root = rootIdentifier(node);
      const b = root ? bindingOf(root) : undefined;
      if (b?.kind === 'import') return { kind: 'import', module: b.module };
      if (b?.kind === 'value') return sqlOrigin(b.value, depth + 1);
      return { kind: 'code' };
    }
    case 'call_expression': {
      // fs.readFileSync(path.join(__dirname, 'sql', '001.sql'), 'utf8'), also with .toString() after it.
      const read = [node, ...node.descendantsOfType('call_expression')].find((c) => FILE_READS.has(methodName(c)));
      if (read) return { kind: 'file', ...fileNamed(read) };
      const fn = node.childForFieldName('function');
      // require('./sql-file')(__filename).up, viewsQuery('Orders') of another module.
      if (fn?.type === 'call_expression' && fn.childForFieldName('function')?.text === 'require') {
        const module = callArgs(fn)[0];
        return { kind: 'import', module: jsString(module)?.text ?? '…' };
      }
      const root = fn ? rootIdentifier(fn) : undefined;
      const b = root ? bindingOf(root) : undefined;
      if (b?.kind === 'import') return { kind: 'import', module: b.module, call: codeLabel(fn ?? undefined) };
      return { kind: 'call', name: codeLabel(fn ?? undefined) };
    }
    default:
      return { kind: 'code' };
  }
}

function rootIdentifier(node: Node): Node | undefined {
  let n: Node | null = node;
  while (n?.type === 'member_expression' || n?.type === 'call_expression' || n?.type === 'subscript_expression')
    n = n.type === 'call_expression' ? n.childForFieldName('function') : n.childForFieldName('object');
  return n?.type === 'identifier' ? n : undefined;
}

/** The `.sql` file a file read names (`'sql/001_learn.sql'`, `\`${name}-up.sql\``), looking into constants it uses once. */
function fileNamed(read: Node): { file?: string } {
  const args = read.childForFieldName('arguments');
  if (!args) return {};
  const candidates = [
    args,
    ...args
      .descendantsOfType('identifier')
      .map((i) => bindingOf(i))
      .flatMap((b) => (b.kind === 'value' ? [b.value] : [])),
  ];
  for (const c of candidates) {
    for (const s of [c, ...c.descendantsOfType(['string', 'template_string'])]) {
      if (s.type !== 'string' && s.type !== 'template_string') continue;
      const text = jsString(s)?.text;
      if (text && /\.sql$/i.test(text)) return { file: text.replaceAll(PLACEHOLDER, '…') };
    }
  }
  return {};
}

/**
 * SQL the migration builds in code the reader cannot read (a file read at run time, a loop, an
 * import, a function's result): a notice on the call that says where it comes from and what to do.
 */
export function builtInCode(line: number, call: string, arg?: Node): Hit {
  const origin = sqlOrigin(arg);
  const from = {
    file: () => `read from a file at run time${origin.kind === 'file' && origin.file ? ` (\`${origin.file}\`)` : ''}`,
    import: () =>
      origin.kind === 'import' && origin.call
        ? `that \`${origin.call}(…)\` of \`${origin.module}\` returns at run time, which is not read with the migration`
        : `imported from \`${origin.kind === 'import' ? origin.module : ''}\`, which is not read with the migration`,
    loop: () => 'from a loop, one value at a time known only at run time',
    parameter: () => `given to its function at run time (\`${origin.kind === 'parameter' ? origin.name : ''}\`)`,
    call: () => `that \`${origin.kind === 'call' ? origin.name : ''}(…)\` returns at run time`,
    code: () => 'built in code',
  }[origin.kind]();
  const todo =
    origin.kind === 'file'
      ? `write that SQL in the migration, or review the file by hand and ${IGNORE_HINT}`
      : `write the SQL in the migration (a string, or a \`const\` of this file), or review it by hand and ${IGNORE_HINT}`;
  return hit('not-analysed', line, `\`${call}\` runs SQL ${from}, so what it does was not judged: ${todo}.`);
}

/** Functions that give back the text of their argument, unindented or tagged as SQL. */
const TEXT_HELPERS = new Set(['dedent', 'outdent', 'stripIndent', 'stripIndents', 'oneLine', 'oneLineTrim', 'sql', 'SQL', 'raw']);

/**
 * The template a function of the file returns: `const f = (t) => \`UPDATE "${t}" …\``, or a
 * `function f(t) { return \`…\`; }` (its only return). Undefined for anything else.
 */
function returnedTemplate(name: string, from: Node): { template: Node; fn: Node } | undefined {
  let root = from;
  while (root.parent) root = root.parent;
  for (const d of root.descendantsOfType(['function_declaration', 'variable_declarator'])) {
    if (d.childForFieldName('name')?.text !== name) continue;
    const fn = d.type === 'function_declaration' ? d : d.childForFieldName('value');
    let body = isFunction(fn) ? fn!.childForFieldName('body') : null;
    while (body?.type === 'parenthesized_expression') body = body.namedChildren[0] ?? null;
    if (body?.type === 'template_string' || body?.type === 'string') return { template: body, fn: fn! };
    if (body?.type !== 'statement_block') return undefined;
    const returns = body.descendantsOfType('return_statement').filter((r) => enclosingFunction(r)?.id === fn!.id);
    const value = returns.length === 1 ? returns[0]!.namedChildren[0] : undefined;
    return value?.type === 'template_string' || value?.type === 'string' ? { template: value, fn: fn! } : undefined;
  }
  return undefined;
}

/** A function of the module by name: declared, or assigned to a const (`const f = async (…) => …`). */
export function functionIn(root: Node, name: string): Node | undefined {
  for (const d of root.descendantsOfType(['function_declaration', 'variable_declarator'])) {
    if (d.childForFieldName('name')?.text !== name) continue;
    const v = d.type === 'function_declaration' ? d : d.childForFieldName('value');
    if (v && isFunction(v)) return v;
  }
  return undefined;
}

function enclosingFunction(n: Node): Node | undefined {
  for (let p = n.parent; p; p = p.parent) if (isFunction(p)) return p;
  return undefined;
}

export function jsStr(node: Node | null | undefined): string | undefined {
  const s = jsString(node);
  return s && !s.inexact ? s.text : undefined;
}

export function jsStrList(node: Node | null | undefined): string[] {
  node = constantValue(node);
  if (!node) return [];
  if (node.type === 'array') return node.namedChildren.map((c) => jsStr(c)).filter((x): x is string => x !== undefined);
  const s = jsStr(node);
  return s === undefined ? [] : [s];
}

export function jsBool(node: Node | null | undefined): boolean | undefined {
  if (node?.type === 'true') return true;
  if (node?.type === 'false') return false;
  return undefined;
}

export function jsNumber(node: Node | null | undefined): number | undefined {
  if (node?.type !== 'number') return undefined;
  const n = Number(node.text.replace(/_/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** A JS literal as an SQL constant default. */
export function jsDefault(node: Node): string {
  switch (node.type) {
    case 'number':
      return node.text;
    case 'true':
    case 'false':
      return node.type;
    case 'null':
      return 'NULL';
    default: {
      const s = jsStr(node);
      return `'${(s ?? node.text).replace(/'/g, "''")}'`;
    }
  }
}

/**
 * What a name of the file stands for where it is used (`const column = new TableColumn({…})` never
 * assigned again, nor a property of it): its value; any other node is itself.
 */
export function constantValue(node: Node | null | undefined): Node | undefined {
  let n = node ?? undefined;
  for (let i = 0; n?.type === 'identifier' && i < MAX_DEPTH; i++) {
    const b = bindingOf(n);
    // A loop's variable or a helper's parameter while it is bound (see eachBinding, bindArguments).
    const known = boundValue(n, b);
    if (known) {
      n = known;
      continue;
    }
    if (b.kind !== 'value') break;
    n = b.value;
  }
  return n;
}

/** Keys of an object literal (or a constant holding one) → value nodes (shorthand `{ up }` maps to the identifier; a spread of such an object gives its keys). */
export function objectEntries(node: Node | null | undefined): Map<string, Node> {
  node = constantValue(node);
  const out = new Map<string, Node>();
  if (node?.type !== 'object') return out;
  for (const p of node.namedChildren) {
    if (p.type === 'pair') {
      const k = p.childForFieldName('key');
      const v = p.childForFieldName('value');
      const key = k ? (k.type === 'property_identifier' || k.type === 'number' ? k.text : jsStr(k)) : undefined;
      if (key !== undefined && v) out.set(key, v);
    } else if (p.type === 'shorthand_property_identifier') out.set(p.text, p);
    // `{ ...fixedColumnParams, allowNull: false }` (opencollective-api): the constant's keys, then the ones after.
    else if (p.type === 'spread_element') for (const [k, v] of objectEntries(p.namedChildren[0])) out.set(k, v);
    else if (p.type === 'method_definition') {
      const n = p.childForFieldName('name')?.text;
      if (n) out.set(n, p);
    }
  }
  return out;
}

export const isFunction = (n: Node | null | undefined): boolean => !!n && FUNCTION_TYPES.includes(n.type);

/** First parameter name of a function (`{ context: qi }` destructuring gives `qi`). */
export function paramName(fn: Node, index = 0): string | undefined {
  const single = fn.childForFieldName('parameter');
  if (single && index === 0) return single.text;
  const params = fn.childForFieldName('parameters');
  const p = params?.namedChildren.filter((c) => c.type !== 'comment')[index];
  if (!p) return undefined;
  const inner = p.type === 'required_parameter' || p.type === 'optional_parameter' ? (p.childForFieldName('pattern') ?? p.namedChildren[0]) : p;
  if (!inner) return undefined;
  if (inner.type === 'identifier') return inner.text;
  if (inner.type === 'object_pattern') {
    for (const prop of inner.namedChildren) {
      if (prop.type === 'pair_pattern' && prop.childForFieldName('key')?.text === 'context') return prop.childForFieldName('value')?.text;
    }
  }
  return undefined;
}

/**
 * The up/down migration functions of a module: `exports.up =`, `module.exports = { up }`,
 * `export async function up`, `export const up =`, `export default { up }`, class methods.
 * Values are the function nodes (or whatever was assigned: `exports.down = false`).
 */
export function findMigrationFunctions(root: Node): Map<string, Node> {
  const found = new Map<string, Node>();
  const fnDecls = new Map<string, Node>();
  for (const d of root.descendantsOfType(['function_declaration', 'variable_declarator'])) {
    const n = d.childForFieldName('name')?.text;
    if (!n) continue;
    const v = d.type === 'function_declaration' ? d : d.childForFieldName('value');
    if (v && !fnDecls.has(n)) fnDecls.set(n, v);
  }
  const resolve = (n: Node): Node => (n.type === 'identifier' || n.type === 'shorthand_property_identifier' ? (fnDecls.get(n.text) ?? n) : n);
  const setIf = (name: string, n: Node) => {
    if ((name === 'up' || name === 'down') && !found.has(name)) found.set(name, resolve(n));
  };
  const fromObject = (obj: Node) => {
    for (const [k, v] of objectEntries(obj)) setIf(k, v);
  };
  for (const a of root.descendantsOfType('assignment_expression')) {
    const left = a.childForFieldName('left');
    const right = a.childForFieldName('right');
    if (!left || !right) continue;
    const lt = left.text.replace(/\s+/g, '');
    if (lt === 'exports.up' || lt === 'module.exports.up') setIf('up', right);
    else if (lt === 'exports.down' || lt === 'module.exports.down') setIf('down', right);
    else if (lt === 'module.exports' && right.type === 'object') fromObject(right);
  }
  for (const e of root.descendantsOfType('export_statement')) {
    for (const c of e.namedChildren) {
      if (c.type === 'function_declaration') setIf(c.childForFieldName('name')?.text ?? '', c);
      else if (c.type === 'lexical_declaration' || c.type === 'variable_declaration') {
        for (const d of c.namedChildren) {
          const v = d.childForFieldName('value');
          if (v) setIf(d.childForFieldName('name')?.text ?? '', v);
        }
      } else if (c.type === 'object') fromObject(c);
      else if (c.type === 'export_clause') {
        for (const s of c.namedChildren) {
          const n = s.childForFieldName('alias')?.text ?? s.childForFieldName('name')?.text;
          const orig = s.childForFieldName('name');
          if (n && orig) setIf(n, orig);
        }
      }
    }
  }
  for (const cls of root.descendantsOfType(['class_declaration', 'class'])) {
    const body = cls.childForFieldName('body');
    for (const m of body?.namedChildren ?? []) {
      if (m.type === 'method_definition') setIf(m.childForFieldName('name')?.text ?? '', m);
    }
  }
  return found;
}

export interface ChainLink {
  name: string;
  args: Node[];
  call: Node;
}

/** Arguments of a call (a tagged template counts as one argument). */
export function callArgs(call: Node): Node[] {
  const a = call.childForFieldName('arguments');
  if (!a) return [];
  if (a.type === 'template_string') return [a];
  return a.namedChildren.filter((c) => c.type !== 'comment');
}

/** `obj.a(1).b(2).c()` from the head call `obj.a(1)`: the links a, b, c, outward. */
export function chainFrom(head: Node): ChainLink[] {
  const links: ChainLink[] = [];
  let call: Node | null = head;
  while (call?.type === 'call_expression') {
    const fn = call.childForFieldName('function');
    const name = fn?.type === 'member_expression' ? (fn.childForFieldName('property')?.text ?? '') : (fn?.text ?? '');
    links.push({ name, args: callArgs(call), call });
    const member: Node | null = call.parent;
    if (member?.type !== 'member_expression' || member.childForFieldName('object')?.id !== call.id) break;
    const next: Node | null = member.parent;
    if (next?.type !== 'call_expression' || next.childForFieldName('function')?.id !== member.id) break;
    call = next;
  }
  return links;
}

/** Root identifier of a member chain (`knex.schema.raw` → `knex`; `this.x` → `this`). */
export function rootName(node: Node | null | undefined): string {
  let n = node;
  while (n) {
    if (n.type === 'identifier' || n.type === 'this') return n.text;
    if (n.type === 'member_expression') n = n.childForFieldName('object');
    else if (n.type === 'call_expression') n = n.childForFieldName('function');
    else if (n.type === 'await_expression' || n.type === 'parenthesized_expression' || n.type === 'non_null_expression') n = n.namedChildren[0] ?? null;
    else return '';
  }
  return '';
}

/** Method name of a call `a.b.c(...)` → `c`; `f(...)` → `f`. */
export function methodName(call: Node): string {
  const fn = call.childForFieldName('function');
  if (fn?.type === 'member_expression') return fn.childForFieldName('property')?.text ?? '';
  return fn?.text ?? '';
}

/** Object of a call's member callee (`a.b.c(...)` → node `a.b`). */
export const calleeObject = (call: Node): Node | null => {
  const fn = call.childForFieldName('function');
  return fn?.type === 'member_expression' ? fn.childForFieldName('object') : null;
};

/** Calls inside a function body in source order (by the position of their method name). */
export function callsInOrder(body: Node): Node[] {
  const calls = body.descendantsOfType('call_expression');
  const key = (c: Node) => {
    const fn = c.childForFieldName('function');
    return (fn?.type === 'member_expression' ? fn.childForFieldName('property') : fn)?.startIndex ?? c.startIndex;
  };
  return calls.sort((a, b) => key(a) - key(b));
}

function unwrapStatement(s: Node): Node | undefined {
  let n: Node | undefined = s;
  while (n) {
    if (n.type === 'expression_statement' || n.type === 'return_statement' || n.type === 'await_expression' || n.type === 'parenthesized_expression')
      n = n.namedChildren.find((c) => c.type !== 'comment');
    else return n;
  }
  return undefined;
}

export type DownShape = { kind: 'empty'; raises: boolean; logs?: boolean } | { kind: 'sql'; pieces: DslPiece[] } | { kind: 'present' };

/** A declaration of strings only (`const sql = \`…\``): it does nothing until a call runs it. */
export function declaresText(s: Node): boolean {
  if (s.type !== 'lexical_declaration' && s.type !== 'variable_declaration') return false;
  return s.namedChildren.every(
    (d) => d.type !== 'variable_declarator' || !d.childForFieldName('value') || jsString(d.childForFieldName('value')) !== undefined,
  );
}

/** Objects whose calls only write a log line (`console.log('No rollback')`, `logger.info(…)`). */
const LOGGERS = new Set(['console', 'logger']);

/** A call that only logs: `console.*(…)` or `logger.*(…)`. Any other call may do work. */
function isLogCall(call: Node): boolean {
  const obj = calleeObject(call);
  return obj?.type === 'identifier' && LOGGERS.has(obj.text);
}

/**
 * What a down function does: nothing (`{}`, comments, `return Promise.resolve()`, only `throw`,
 * only log lines), only raw SQL calls (then the SQL decides), or something.
 */
export function downShape(fn: Node, rawMethods: Set<string>): DownShape {
  if (fn.type === 'false' || fn.type === 'null' || fn.type === 'undefined') return { kind: 'empty', raises: false };
  if (!isFunction(fn)) return { kind: 'present' };
  const body = fn.childForFieldName('body');
  if (!body) return { kind: 'empty', raises: false };
  const stmts = body.type === 'statement_block' ? body.namedChildren.filter((c) => c.type !== 'comment' && c.type !== 'empty_statement') : [body];
  const logs = stmts.some((s) => {
    const u = unwrapStatement(s);
    return u?.type === 'call_expression' && isLogCall(u);
  });
  const trivial = (s: Node) => {
    if (declaresText(s)) return true; // `const sql = 'SELECT 1';`: what it does is the call that runs it
    const u = unwrapStatement(s);
    if (!u) return true; // bare `return;`
    if (u.type === 'call_expression') {
      const t = u.childForFieldName('function')?.text.replace(/\s+/g, '');
      return t === 'Promise.resolve' || isLogCall(u);
    }
    return u.type === 'undefined' || u.type === 'null';
  };
  if (stmts.every(trivial)) return { kind: 'empty', raises: false, logs };
  if (stmts.every((s) => trivial(s) || s.type === 'throw_statement')) return { kind: 'empty', raises: true, logs };
  const pieces: DslPiece[] = [];
  for (const s of stmts) {
    if (declaresText(s)) continue;
    const u = unwrapStatement(s);
    if (u?.type !== 'call_expression' || !rawMethods.has(methodName(u))) return { kind: 'present' };
    const str = jsString(callArgs(u)[0]);
    if (!str) return { kind: 'present' };
    pieces.push({ sql: str.text, line: str.line });
  }
  return { kind: 'sql', pieces };
}

/**
 * The down function translated by a reader of the framework (a fresh one: its findings are not the
 * up's), for a type change the down narrows back; only for a down judged present.
 */
export function readDownSql(
  t: DslTranslation,
  fns: Map<string, Node>,
  newReader: () => { t: DslTranslation; read(body: Node, param: string): void },
  defaultParam: string,
): void {
  const down = fns.get('down');
  const body = fnBody(down);
  if (t.downStatus !== 'present' || !down || !body) return;
  const reader = newReader();
  reader.read(body, paramName(down) ?? defaultParam);
  t.downSql = reader.t.up;
  t.downName = 'the `down` function';
}

/** Apply the conventional-down verdict shared by the JS frameworks. */
export function judgeDown(t: DslTranslation, fns: Map<string, Node>, rawMethods: Set<string>, label: string): void {
  const up = fns.get('up');
  const down = fns.get('down');
  if (!down) {
    t.downStatus = 'missing';
    t.hits.push(hit('missing-down-migration', up ? lineOf(up) : 1, `The migration exports no \`down\`: ${label} cannot roll it back.`));
    return;
  }
  const shape = downShape(down, rawMethods);
  // An up that does nothing needs no down: nothing to undo (uptime-kuma's placeholder migrations).
  const upShape = up ? downShape(up, rawMethods) : undefined;
  if (shape.kind === 'empty' && !shape.raises && upShape?.kind === 'empty' && !upShape.raises) return;
  if (shape.kind === 'empty') {
    t.downStatus = 'empty';
    t.hits.push(
      hit(
        'empty-down-migration',
        lineOf(down),
        down.type === 'false'
          ? 'The migration declares `down = false`: it cannot be rolled back.'
          : shape.raises
            ? 'The `down` function throws instead of undoing the migration.'
            : shape.logs
              ? 'The `down` function only writes a log line: rolling back leaves the change in place.'
              : 'The `down` function does nothing: rolling back leaves the change in place.',
      ),
    );
  } else if (shape.kind === 'sql' && shape.pieces.length) {
    t.down = shape.pieces;
    t.downOnlySql = true;
    t.downLine = lineOf(down);
  }
}

export function addParseError(t: DslTranslation, root: Node, lang: string): void {
  const err = firstErrorNode(root);
  if (err) t.hits.push(parseErrorHit(lineOf(err), lang));
}

/** The function body node of an up/down value (or undefined when it is not a function). */
export function fnBody(fn: Node | undefined): Node | undefined {
  if (!fn || !isFunction(fn)) return undefined;
  return fn.childForFieldName('body') ?? undefined;
}
