// goose's Go migrations: a `.go` file whose `init()` registers an up and a down function with
// `goose.AddMigrationContext(up, down)` (or `AddMigration`, `AddMigrationNoTx…`,
// `AddNamedMigration…`: pressly/goose register.go; goose by the name its import gives it). The
// functions run SQL through the transaction or database goose hands them (`tx.ExecContext(ctx,
// "…")`); the strings they run are read, in order, and analysed as a `.sql` goose file's sections
// are: literals and what Go computes from constants alone (`+`, `fmt.Sprintf` of constants:
// go-sprintf.ts; a loop over a `[]string{…}`; a helper given literals). What the reader cannot see
// (SQL built at run time, a helper's or an ORM's calls, a data migration in Go) is a `not-analysed`
// notice on its line, never silence.
import type { Hit } from '../types';
import type { SqlPiece } from '../sql/lint-sql';
import type { DialectSource } from '../sql/dialect';
import type { DownStatus, MigrationAnalysis, MigrationInput } from './framework';
import { firstErrorNode, lineOf, parseCode, type Node, type OwnedTree } from '../parsers/tree-sitter';
import { fillBinds } from './dsl/binds';
import { goInt, sprintf, type GoConst } from './go-sprintf';
import { errorText } from './history-index';
import { analyseUp, emptyDownHit, isEmptySql, missingDownHit, sections, sqlOptions, type SectionedFormat, type SqlHistory } from './shared-sql';

/** goose's registration functions (pressly/goose register.go); `NoTx` ones run without a transaction. */
const REGISTER = /^Add(Named)?Migration(NoTx)?(Context)?$/;

/** database/sql methods whose first SQL argument (after the context in `…Context`) is run. */
const RUNS_SQL = new Set(['Exec', 'ExecContext', 'Query', 'QueryContext', 'QueryRow', 'QueryRowContext', 'Prepare', 'PrepareContext']);
const PREPARE = new Set(['Prepare', 'PrepareContext']);
/** Methods of rows, results and statements that change nothing. */
const READS = new Set(['Scan', 'Next', 'NextResultSet', 'Err', 'Close', 'RowsAffected', 'LastInsertId', 'Columns', 'ColumnTypes']);
/** errgroup's and sync's methods: they run the functions they are given, which are read in place. */
const CONCURRENCY = new Set(['Go', 'Wait', 'TryGo', 'SetLimit', 'Add', 'Done', 'Lock', 'Unlock', 'Do']);
/** Standard-library packages whose functions touch no database. */
const PURE_PACKAGES = new Set([
  'fmt',
  'errors',
  'strings',
  'strconv',
  'log',
  'slog',
  'time',
  'json',
  'bytes',
  'sort',
  'slices',
  'maps',
  'math',
  'utf8',
  'unicode',
  'regexp',
  'filepath',
  'path',
]);
/** Go's builtins and conversions. */
const BUILTINS = new Set([
  'len',
  'cap',
  'append',
  'make',
  'new',
  'copy',
  'delete',
  'panic',
  'recover',
  'min',
  'max',
  'string',
  'int',
  'int64',
  'int32',
  'float64',
  'byte',
  'rune',
  'bool',
]);

/** Pieces run with values for their placeholders (`tx.QueryContext(ctx, "… where id=?", key)`). */
const BOUND = new WeakSet<SqlPiece>();

/** Pieces with their bind placeholders read as values, where that makes them parse (as Sequelize's and Knex's are). */
const withBinds = (pieces: SqlPiece[]): Promise<SqlPiece[]> =>
  Promise.all(
    pieces.map(async (p) => {
      if (!BOUND.has(p)) return p;
      const filled = await fillBinds(p.sql);
      return filled.error ? p : { ...p, sql: filled.sql };
    }),
  );

const bodyWithBinds = async (body: Body): Promise<Body> => ({ ...body, pieces: await withBinds(body.pieces) });

/** A thing the reader did not read, and where. */
interface Unread {
  line: number;
  what: string;
}

interface Body {
  pieces: SqlPiece[];
  unread: Unread[];
}

/**
 * The folder's earlier goose migrations, `.sql` and Go, for a column's earlier type: navidrome's
 * schema is created by a Go migration (`20200130083147_create_schema.go`), and its later `.sql` and
 * Go migrations change those columns.
 */
export const gooseHistory = (input: MigrationInput, format: SectionedFormat): SqlHistory => ({
  input,
  isMigration: (name) => name.toLowerCase().endsWith('.sql') || (name.endsWith('.go') && !name.endsWith('_test.go')),
  upPieces: (content, path) => (path.endsWith('.go') ? gooseGoUpPieces(content) : sections(content, format).upPieces),
});

/** The SQL a Go migration's up runs, as far as the file holds it (none for a Go file that registers nothing). */
export async function gooseGoUpPieces(content: string): Promise<SqlPiece[]> {
  using tree = await parseCode('go', content);
  const file = readGoFile(tree.rootNode);
  const up = file.reg && resolve(file.args[0], file.functions);
  const { file: go } = file;
  return up?.fn ? withBinds(readBody(up.fn, go).pieces) : [];
}

/** A Go file's first goose registration, its up and down arguments, and what the file defines. */
function readGoFile(root: Node, pkg?: Package) {
  const packages = new Set<string>();
  // The names goose's package goes by in the file: `goose`, an alias (`g "github.com/pressly/goose/v3"`), `.` for a dot import.
  const gooseNames = new Set<string>();
  for (const spec of root.descendantsOfType('import_spec')) {
    const alias = spec?.childForFieldName('name')?.text;
    const importPath = spec?.childForFieldName('path')?.text.slice(1, -1) ?? '';
    // The package's name is the import path's last element, bar a major-version suffix (`goose/v3`).
    const parts = importPath.split('/').filter((p) => !/^v[0-9]+$/.test(p));
    const name =
      alias ??
      parts
        .at(-1)
        ?.replace(/^go-/, '')
        .replace(/[.-].*$/, '');
    if (parts.at(-1) === 'goose' && name && name !== '_') gooseNames.add(name);
    if (name && name !== '_' && name !== '.') packages.add(name);
  }
  // A goose client the package makes registers as goose does: fleet's `var MigrationClient =
  // goose.New("migration_status_tables", goose.MySqlDialect{})` (its fork of goose, server/goose),
  // `MigrationClient.AddMigration(Up_…, Down_…)` in each migration.
  const clients = new Set<string>();
  for (const spec of root.descendantsOfType('var_spec')) {
    if (!spec || insideFunction(spec)) continue;
    const values = spec.childForFieldName('value')?.namedChildren ?? [];
    spec.childrenForFieldName('name').forEach((n, i) => {
      const fn = values[i]?.type === 'call_expression' ? values[i].childForFieldName('function') : undefined;
      if (
        n &&
        fn?.type === 'selector_expression' &&
        fn.childForFieldName('field')?.text === 'New' &&
        gooseNames.has(fn.childForFieldName('operand')?.text ?? '')
      )
        clients.add(n.text);
    });
  }
  const registers = new Set([...gooseNames, ...clients, ...(pkg?.clients ?? [])]);
  const registrations = root.descendantsOfType('call_expression').filter((c): c is Node => !!c && registerName(c, registers) !== undefined);
  const reg = registrations[0];
  const name = reg ? registerName(reg, registers)! : '';
  const args = reg ? argumentsOf(reg).slice(name.startsWith('AddNamed') ? 1 : 0) : [];
  const functions = new Map<string, Node>();
  for (const f of root.namedChildren) if (f?.type === 'function_declaration') functions.set(f.childForFieldName('name')?.text ?? '', f);
  const file: GoFile = { functions, consts: fileStrings(root), packages, pkg: pkg?.strings ?? new Map(), pkgFunctions: pkg?.functions ?? new Map() };
  return { registrations, reg, name, args, functions, file, registers, clients };
}

/** What a Go file defines that its functions' bodies use. */
interface GoFile {
  functions: Map<string, Node>;
  /** Top-level strings never assigned again. */
  consts: Map<string, Node>;
  /** Names of the packages it imports. */
  packages: Set<string>;
  /** Top-level strings of the package's other files in the folder (hatchet's `v1RunsOlapTable`). */
  pkg: Map<string, string>;
  /** What the functions of the package's other files run (navidrome's `notice(ctx, tx, msg)` of its migration.go). */
  pkgFunctions: Map<string, PackageFunction>;
}

/** A function of the package's other files: what it runs, and what it runs given its parameters' strings. */
interface PackageFunction {
  body: Body;
  /** Read with each parameter a placeholder (`PARAM(i)`), filled in at a call that gives it a string. */
  withParams: Body;
}

/** A parameter's placeholder: printable, so `%s`, `%v` and `%q` keep it as it is, and never in Go source's SQL. */
const PARAM = (i: number): string => `\u2983${i}\u2984`;

/** The folder's Go package as the reader needs it: its top-level strings, and what its functions run. */
interface Package {
  strings: Map<string, string>;
  functions: Map<string, PackageFunction>;
  /** Goose clients its files make (fleet's `MigrationClient = goose.New(…)`). */
  clients: Set<string>;
  /** Why the package's Go files could not be read (an API error, a file that does not parse as Go). */
  failure?: string;
}

/** A scope's strings: nodes of the file that hold one, and values already read (a function's parameters). */
interface Scope {
  nodes: Map<string, Node>;
  strings?: Map<string, string>;
  /** Names the function binds to a value known only at run time (a parameter, a loop's variable), hiding a const of that name. */
  hidden?: Set<string>;
}

const notice = (line: number, what: string): Hit => ({
  rule: 'not-analysed',
  line,
  message: `This goose Go migration ${what}, which rollback-ready does not read: review it by hand, or write the SQL it runs as a string in the up or down function (or in a .sql migration).`,
});

/** Analyse a goose Go migration (`format`: the `.sql` files' format, for the folder's history). */
export async function analyseGooseGo(input: MigrationInput, format: SectionedFormat, dialect?: DialectSource): Promise<MigrationAnalysis> {
  using tree = await parseCode('go', input.content);
  const root = tree.rootNode;
  const bad = firstErrorNode(root);
  if (bad)
    return {
      framework: 'goose',
      role: 'up',
      down: 'not-analysed',
      hits: [
        {
          rule: 'parse-error',
          line: lineOf(bad),
          message: `This Go file does not parse (line ${lineOf(bad)}), so its goose migration was not analysed: check it compiles.`,
        },
      ],
    };
  const pkg = await packageOf(input);
  const { registrations, reg, name, args, functions, file, registers } = readGoFile(root, pkg);
  if (!reg) return { framework: 'goose', role: 'up', down: 'not-analysed', hits: [notice(1, 'registers no up or down function with goose.AddMigration…')] };
  const regLine = lineOf(reg);
  const noTx = name.includes('NoTx');
  const extra: Hit[] = registrations.slice(1).map((r) => notice(lineOf(r), `registers a second migration here (goose.${registerName(r, registers)})`));
  // Fail closed: helpers and constants of the package's other files are then unknown here.
  if (pkg.failure)
    extra.push(
      notice(
        regLine,
        `is read without the package's other Go files, which could not be read (${pkg.failure}), so their helpers and constants are unknown here`,
      ),
    );

  const up = resolve(args[0], functions);
  // A nil up runs nothing: goose records the version and moves on (pressly/goose's tests/gomigrations "down only").
  const upBody: Body = up.fn
    ? await bodyWithBinds(readBody(up.fn, file))
    : args[0]?.type === 'nil'
      ? { pieces: [], unread: [] }
      : { pieces: [], unread: [{ line: regLine, what: `runs an up function the file does not define (${args[0]?.text ?? 'none'})` }] };

  const downArg = args[1];
  const down = resolve(downArg, functions);
  let status: DownStatus;
  const reversibility: Hit[] = [];
  let downBody: Body | undefined;
  if (!downArg || downArg.type === 'nil') {
    status = 'missing';
    reversibility.push(missingDownHit(regLine, `goose.${name} is given ${downArg ? 'nil' : 'no function'} as its down`));
  } else if (!down.fn) {
    status = 'not-analysed';
    extra.push(notice(regLine, `runs a down function the file does not define (${downArg.text})`));
  } else {
    downBody = await bodyWithBinds(readBody(down.fn, file));
    if (!downBody.unread.length && (await isEmptySql(downBody.pieces))) {
      status = 'empty';
      reversibility.push(emptyDownHit(lineOf(down.fn), `${down.name} runs no SQL`));
    } else status = 'present';
  }

  const options = sqlOptions({ ...input, ...(dialect ? { dialect } : {}) }, { transactional: !noTx });
  const history = gooseHistory({ ...input, ...(dialect ? { dialect } : {}) }, format);
  const downSql =
    status === 'present' && downBody && !downBody.unread.length ? { pieces: downBody.pieces, name: `the down function ${down.name}`, inFile: true } : undefined;
  const analysis = await analyseUp('goose', upBody.pieces, options, status, reversibility, history, downSql);
  // An up of Go code the reader did not read is not an empty up: its empty down stays empty.
  if (status === 'empty' && upBody.unread.length && analysis.down !== 'empty') {
    analysis.down = 'empty';
    analysis.hits.push(...reversibility);
  }
  // A helper read at each of its calls says what it leaves unread once.
  const seenUnread = new Set<string>();
  const unread = [...upBody.unread, ...(downBody?.unread ?? [])]
    .filter((u) => !seenUnread.has(`${u.line} ${u.what}`) && !!seenUnread.add(`${u.line} ${u.what}`))
    .map((u) => notice(u.line, u.what));
  analysis.hits = [...analysis.hits, ...unread, ...extra].sort((a, b) => a.line - b.line);
  return analysis;
}

/**
 * `AddMigrationContext` for a `goose.AddMigrationContext(…)` call, else undefined: goose by the
 * name its import gives it (`registers`: github.com/pressly/goose, /v2, /v3, aliased or dot-imported;
 * `.` for a dot import), or a goose client the package makes (fleet's `MigrationClient`).
 */
function registerName(call: Node, registers: Set<string>): string | undefined {
  const fn = call.childForFieldName('function');
  const called =
    fn?.type === 'selector_expression' && registers.has(fn.childForFieldName('operand')?.text ?? '')
      ? fn.childForFieldName('field')?.text
      : fn?.type === 'identifier' && registers.has('.')
        ? fn.text
        : undefined;
  return called && REGISTER.test(called) ? called : undefined;
}

const argumentsOf = (call: Node): Node[] => (call.childForFieldName('arguments')?.namedChildren ?? []).filter((n): n is Node => !!n && n.type !== 'comment');

/** The function an up or down argument names: a function of the file, or a literal. */
function resolve(arg: Node | undefined, functions: Map<string, Node>): { fn?: Node; name: string } {
  if (!arg) return { name: 'none' };
  if (arg.type === 'func_literal') return { fn: arg, name: `at line ${lineOf(arg)}` };
  if (arg.type === 'identifier') return { fn: functions.get(arg.text), name: arg.text };
  return { name: arg.text };
}

/** Top-level `const`/`var` names bound to a string the file holds, never assigned again. */
function fileStrings(root: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const spec of [...root.descendantsOfType('const_spec'), ...root.descendantsOfType('var_spec')]) {
    if (!spec || insideFunction(spec)) continue;
    const names = spec.childrenForFieldName('name');
    const values = spec.childForFieldName('value')?.namedChildren ?? [];
    names.forEach((n, i) => {
      const v = values[i];
      if (n && v) out.set(n.text, v);
    });
  }
  for (const name of assignedNames(root)) out.delete(name);
  return out;
}

function insideFunction(node: Node): boolean {
  for (let p = node.parent; p; p = p.parent) if (p.type === 'function_declaration' || p.type === 'method_declaration' || p.type === 'func_literal') return true;
  return false;
}

/** Names an `=` assignment changes anywhere under `node`. */
function assignedNames(node: Node): Set<string> {
  const out = new Set<string>();
  for (const a of node.descendantsOfType('assignment_statement')) for (const n of a?.childForFieldName('left')?.namedChildren ?? []) if (n) out.add(n.text);
  return out;
}

/**
 * The SQL a function runs, in order, and what it does that is not read. Locals bound once to a
 * string (`query := "…"`) are read where they are used; a statement prepared from a string
 * (`stmt, err := tx.Prepare("…")`) is read at the `Prepare`, its `stmt.Exec(values…)` passed.
 */
function readBody(fn: Node, file: GoFile, seen = new Set<Node>(), params?: Map<string, string>): Body {
  const body = fn.childForFieldName('body');
  const pieces: SqlPiece[] = [];
  const unread: Unread[] = [];
  if (!body) return { pieces, unread };
  const fileConsts = file.consts;
  seen.add(fn);
  const locals = new Map(fileConsts);
  // The transaction or database goose hands the function (`tx *sql.Tx`, `db *sql.DB`).
  const handles = new Set<string>();
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    const type = p?.childForFieldName('type');
    if (p && type && isDatabaseType(type)) for (const n of p.childrenForFieldName('name')) if (n && n.text !== '_') handles.add(n.text);
  }
  const reassigned = assignedNames(body);
  const bound = new Map<string, number>();
  const prepared = new Set<string>();
  // A `const` of the function too (fleet's `const updateStmt = \`UPDATE app_config_json …\``).
  for (const d of body.descendantsOfType(['short_var_declaration', 'var_spec', 'const_spec'])) {
    if (!d) continue;
    const spec = d.type !== 'short_var_declaration';
    const left = spec ? d.childrenForFieldName('name') : (d.childForFieldName('left')?.namedChildren ?? []);
    const right = (spec ? d.childForFieldName('value') : d.childForFieldName('right'))?.namedChildren ?? [];
    left.forEach((n, i) => {
      if (!n) return;
      bound.set(n.text, (bound.get(n.text) ?? 0) + 1);
      const v = right.length === left.length ? right[i] : undefined;
      if (v) locals.set(n.text, v);
      else locals.delete(n.text);
      const call = right.length === 1 ? right[0] : undefined;
      if (i === 0 && call?.type === 'call_expression' && PREPARE.has(methodOf(call) ?? '')) prepared.add(n.text);
    });
  }
  for (const [name, count] of bound) if (count > 1 && !fileConsts.has(name)) locals.delete(name);
  for (const name of reassigned) locals.delete(name);
  // A parameter or a loop's variable (`for _, table := range tables`) holds a value of run time,
  // never the file's or the package's const of the same name.
  const hidden = new Set<string>([...reassigned, ...[...bound.keys()].filter((n) => !locals.has(n))]);
  const runTime = [
    ...fn.descendantsOfType(['parameter_declaration', 'variadic_parameter_declaration']).flatMap((p) => p?.childrenForFieldName('name') ?? []),
    ...body.descendantsOfType('range_clause').flatMap((r) => r?.childForFieldName('left')?.namedChildren ?? []),
  ];
  for (const n of runTime) {
    if (!n || n.type !== 'identifier') continue;
    hidden.add(n.text);
    if (!bound.has(n.text)) locals.delete(n.text);
  }

  const calls = body.descendantsOfType('call_expression').filter((c): c is Node => !!c);
  calls.sort((a, b) => a.startIndex - b.startIndex);
  // Calls inside an argument of a call already judged are its own business (`fmt.Sprintf` in an Exec).
  let skipUntil = -1;
  for (const call of calls) {
    if (call.startIndex < skipUntil) continue;
    const fnNode = call.childForFieldName('function');
    if (!fnNode) continue;
    const method = methodOf(call);
    if (method !== undefined) {
      const operand = fnNode.childForFieldName('operand');
      const recv = operand?.type === 'identifier' ? operand.text : undefined;
      if (RUNS_SQL.has(method)) {
        skipUntil = call.endIndex;
        if (recv && prepared.has(recv)) continue;
        const at = method.endsWith('Context') ? 1 : 0;
        const arg = argumentsOf(call)[at];
        const scope: Scope = { nodes: locals, hidden, ...(params ? { strings: params } : {}) };
        const one = arg && (stringOf(arg, scope, file) ?? (arg.type === 'identifier' ? lastAssigned(arg.text, call, body, scope, file) : undefined));
        const sqls = one ? [one] : arg ? perElement(arg, call, body, scope, reassigned, file) : undefined;
        // Values after the SQL fill its placeholders (`?`, `$1`): read as values (fillBinds).
        if (sqls && argumentsOf(call).length > at + 1) for (const sql of sqls) BOUND.add(sql);
        if (sqls) pieces.push(...sqls);
        else unread.push({ line: lineOf(call), what: `runs SQL built at run time (\`${short(call.text)}\`)` });
        continue;
      }
      if (READS.has(method) || CONCURRENCY.has(method)) continue;
      // A package's function handed no database handle computes (`str.SanitizeText(s)`,
      // `time.Unix(0, 0).UTC()`); a method of anything else (an ORM's `m.CreateTable(…)`) may
      // change the database. (The calls in its arguments are read on their own: an errgroup's
      // `eg.Go(func() error { … db.ExecContext(…) … })`.)
      const root = rootOf(fnNode);
      if (root && (PURE_PACKAGES.has(root) || file.packages.has(root)) && !locals.has(root) && !handles.has(root) && !passesHandle(call, handles)) continue;
      unread.push({ line: lineOf(call), what: `calls \`${short(fnNode.text)}(…)\`` });
      continue;
    }
    if (fnNode.type !== 'identifier' || BUILTINS.has(fnNode.text)) continue; // a conversion (`[]byte(x)`), a func literal read in place
    // A function of the file is read where it is called (navidrome's `upAddUserPrefs(ctx, tx)`).
    const own = file.functions.get(fnNode.text);
    const scope: Scope = { nodes: locals, hidden, ...(params ? { strings: params } : {}) };
    if (own && !seen.has(own)) {
      // Its parameters given strings of the file are read as those (goose's `createTable(tx, "alpha")`).
      const given = new Map<string, string>();
      for (const [i, a] of paramNames(own).entries()) {
        const v = argumentsOf(call)[i];
        const str = v && a !== undefined && stringOf(v, scope, file);
        if (str && a) given.set(a, str.sql);
      }
      const inner = readBody(own, file, seen, given);
      pieces.push(...inner.pieces);
      unread.push(...inner.unread);
      continue;
    }
    // A function handed no database handle computes (`quoteIdent(name)`); one handed the
    // transaction or database (`forceFullRescan(ctx, tx)` of another file) may run anything.
    // A function of the package's other files: what it runs, said on this call's line.
    const found = file.pkgFunctions.get(fnNode.text);
    if (found) {
      const other = withArguments(found, argumentsOf(call), scope, file);
      for (const p of other.pieces) {
        const q = { ...p, line: lineOf(call) };
        if (BOUND.has(p)) BOUND.add(q);
        pieces.push(q);
      }
      if (other.unread.length)
        unread.push({ line: lineOf(call), what: `calls \`${fnNode.text}(…)\` (in another file of the package), which ${other.unread[0]!.what}` });
      continue;
    }
    if (!passesHandle(call, handles)) continue;
    unread.push({ line: lineOf(call), what: `calls \`${short(fnNode.text)}(…)\`` });
  }
  seen.delete(fn);
  return { pieces, unread };
}

/**
 * The SQL a call in a loop over a list of strings the file holds runs, once per string, in order:
 * navidrome's `for _, table := range []string{"media_file_fts", …} { tx.ExecContext(ctx, "DROP TABLE IF
 * EXISTS "+table) }`, a migration's `for _, s := range upStatements { tx.ExecContext(ctx, s) }`. Only
 * the innermost `range` loop's value (`_, v`) is filled in: a value of an outer loop, or a list
 * built at run time, leaves the call unread.
 */
function perElement(arg: Node, call: Node, body: Node, scope: Scope, reassigned: Set<string>, file: GoFile): SqlPiece[] | undefined {
  let loop: Node | null = call.parent;
  while (loop && loop.type !== 'for_statement' && loop.id !== body.id) loop = loop.parent;
  const range = loop?.type === 'for_statement' ? loop.namedChildren.find((n) => n?.type === 'range_clause') : undefined;
  const left = range?.childForFieldName('left')?.namedChildren ?? [];
  const value = left.length === 2 && left[1]?.type === 'identifier' ? left[1].text : undefined;
  if (!range || !value || reassigned.has(value)) return undefined;
  const elements = stringList(range.childForFieldName('right'), scope, file);
  if (!elements) return undefined;
  const out: SqlPiece[] = [];
  for (const element of elements) {
    // The loop's value itself keeps its string's own line (a statement of the list).
    const strings = new Map([...(scope.strings ?? []), [value, element.sql]]);
    const sql = arg.type === 'identifier' && arg.text === value ? element : stringOf(arg, { ...scope, strings }, file);
    if (!sql) return undefined;
    out.push(sql);
  }
  return out;
}

/** The strings of a `[]string{…}` the file holds (a literal, or a name bound once to one). */
function stringList(node: Node | null | undefined, scope: Scope, file: GoFile, depth = 0): SqlPiece[] | undefined {
  if (!node || depth > 12) return undefined;
  if (node.type === 'identifier') {
    if (scope.hidden?.has(node.text)) return undefined;
    return stringList(scope.nodes.get(node.text), scope, file, depth + 1);
  }
  const type = node.childForFieldName('type');
  if (node.type !== 'composite_literal' || type?.type !== 'slice_type' || type.childForFieldName('element')?.text !== 'string') return undefined;
  const out: SqlPiece[] = [];
  for (const el of node.childForFieldName('body')?.namedChildren ?? []) {
    if (!el || el.type === 'comment') continue;
    const expr = el.type === 'literal_element' ? el.namedChildren[0] : undefined;
    const str = expr && stringOf(expr, scope, file, depth + 1);
    if (!str) return undefined;
    out.push(str);
  }
  return out;
}

/**
 * The string a local holds where a call uses it, from its last assignment before the call in the
 * statements that lead to it: fleet's `sql := \`UPDATE users …\`; tx.Exec(sql); sql = \`ALTER TABLE users
 * DROP COLUMN username\`; tx.Exec(sql)`, hatchet's `stmt := fmt.Sprintf(…)` after a loop with a `stmt`
 * of its own. An assignment in a branch or a loop between them, or in a loop around the call, leaves
 * it unknown.
 */
function lastAssigned(name: string, use: Node, body: Node, scope: Scope, file: GoFile): SqlPiece | undefined {
  for (let node: Node = use, parent = use.parent; parent && node.id !== body.id; node = parent, parent = parent.parent) {
    if (parent.type === 'statement_list') {
      const before = parent.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment' && n.endIndex <= node.startIndex);
      for (const s of before.reverse()) {
        const value = assignedValue(s, name);
        // Another assignment between it and the use (in a `case`, a nested block) is a value not read.
        if (value) return assignedBetween(body, name, s.endIndex, use.startIndex) ? undefined : stringOf(value, scope, file);
        if (value === null || assigns(s, name)) return undefined;
      }
    }
    if ((parent.type === 'for_statement' || parent.type === 'func_literal') && assigns(parent, name)) return undefined;
  }
  return undefined;
}

/** The value a statement gives `name` (`name := v`, `name = v`, `var name = v`), null where it gives one not read (`name += v`). */
function assignedValue(s: Node, name: string): Node | null | undefined {
  const specs = s.type === 'var_declaration' ? s.namedChildren.filter((n): n is Node => n?.type === 'var_spec') : [];
  for (const spec of specs) {
    const i = spec.childrenForFieldName('name').findIndex((n) => n?.text === name);
    if (i >= 0) return spec.childForFieldName('value')?.namedChildren[i] ?? null;
  }
  if (s.type !== 'short_var_declaration' && s.type !== 'assignment_statement') return undefined;
  const left = s.childForFieldName('left')?.namedChildren ?? [];
  const i = left.findIndex((n) => n?.text === name);
  if (i < 0) return undefined;
  const right = s.childForFieldName('right')?.namedChildren ?? [];
  const plain = s.type === 'short_var_declaration' || s.childForFieldName('operator')?.text === '=';
  return plain && right.length === left.length ? (right[i] ?? null) : null;
}

/** Whether `name` is assigned or declared anywhere under `node` between two offsets. */
function assignedBetween(node: Node, name: string, from: number, to: number): boolean {
  return node
    .descendantsOfType(['assignment_statement', 'short_var_declaration', 'inc_statement', 'dec_statement', 'var_spec'])
    .some(
      (a) =>
        !!a &&
        a.startIndex >= from &&
        a.startIndex < to &&
        (a.type === 'var_spec'
          ? a.childrenForFieldName('name')
          : a.type.endsWith('_statement') && a.type !== 'assignment_statement'
            ? a.namedChildren.slice(0, 1)
            : (a.childForFieldName('left')?.namedChildren ?? [])
        ).some((t) => t?.text === name),
    );
}

/** Whether `name` is assigned anywhere under `node` (`=`, `+=`, `++`): a `:=` in a nested block declares another. */
function assigns(node: Node, name: string): boolean {
  const assigned = node.descendantsOfType(['assignment_statement', 'inc_statement', 'dec_statement']);
  return assigned.some((a) => {
    const targets = a?.type === 'assignment_statement' ? (a.childForFieldName('left')?.namedChildren ?? []) : (a?.namedChildren.slice(0, 1) ?? []);
    return targets.some((t) => t?.text === name);
  });
}

/** A function's parameter names, in order (`_` and unnamed ones as undefined); none for a variadic one. */
function paramNames(fn: Node): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!p || p.type === 'comment') continue;
    if (p.type !== 'parameter_declaration') return [];
    const names = p.childrenForFieldName('name');
    if (!names.length) out.push(undefined);
    for (const n of names) out.push(n && n.text !== '_' ? n.text : undefined);
  }
  return out;
}

/**
 * What a function of the package's other files runs at a call: where every parameter its SQL uses
 * is given a string of the file (pressly/goose's `createTable(tx, "bravo")`), its SQL with those
 * strings; else what it runs with its parameters unknown. A string Go would quote differently than
 * it is (`"`, `\`, a control character) is not filled in.
 */
function withArguments(fn: PackageFunction, args: Node[], scope: Scope, file: GoFile): Body {
  const { withParams } = fn;
  if (withParams.unread.length || !withParams.pieces.length) return fn.body;
  const values = args.map((a) => stringOf(a, scope, file)?.sql);
  let whole = true;
  const fill = (sql: string): string =>
    sql.replace(/\u2983([0-9]+)\u2984/g, (_, i: string) => {
      const v = values[Number(i)];
      if (v === undefined || /["\\\p{C}]/u.test(v)) whole = false;
      return v ?? '';
    });
  const pieces = withParams.pieces.map((p) => {
    const q = { ...p, sql: fill(p.sql) };
    if (BOUND.has(p)) BOUND.add(q);
    return q;
  });
  return whole ? { pieces, unread: [] } : fn.body;
}

/** The identifier a selector chain starts from: `time` of `time.Unix(0, 0).UTC`. */
function rootOf(node: Node): string | undefined {
  let n: Node | null = node;
  while (n && n.type !== 'identifier')
    n = n.type === 'selector_expression' ? n.childForFieldName('operand') : n.type === 'call_expression' ? n.childForFieldName('function') : null;
  return n?.text;
}

/**
 * Whether a parameter's type is a database handle: database/sql's `*sql.Tx`, `*sql.DB`, `*sql.Conn`,
 * pgx's `pgx.Tx`, `*pgxpool.Pool`, goose's `database.DBTxConn`, an interface named for it (`Querier`, `Execer`).
 */
function isDatabaseType(type: Node): boolean {
  const name = type.descendantsOfType('type_identifier').at(-1)?.text ?? (type.type === 'type_identifier' ? type.text : '');
  return ['Tx', 'DB', 'Conn', 'Pool', 'DBTxConn'].includes(name) || /Querier|Queryer|Execer|Executor/.test(name);
}

const passesHandle = (call: Node, handles: Set<string>): boolean => argumentsOf(call).some((a) => a.type === 'identifier' && handles.has(a.text));

/** `ExecContext` of `tx.ExecContext(…)`. */
function methodOf(call: Node): string | undefined {
  const fn = call.childForFieldName('function');
  return fn?.type === 'selector_expression' ? fn.childForFieldName('field')?.text : undefined;
}

const short = (text: string): string => {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
};

/** A string the file holds, as Go evaluates it, with the line its text starts on. */
function stringOf(node: Node, scope: Scope, file: GoFile, depth = 0): SqlPiece | undefined {
  if (depth > 12) return undefined;
  switch (node.type) {
    case 'raw_string_literal':
      return { sql: node.text.slice(1, -1).replaceAll('\r', ''), line: lineOf(node) };
    case 'interpreted_string_literal': {
      let sql = '';
      for (const part of node.namedChildren) {
        if (!part) continue;
        if (part.type === 'escape_sequence') {
          const e = unescape(part.text);
          if (e === undefined) return undefined;
          sql += e;
        } else sql += part.text;
      }
      return { sql, line: lineOf(node) };
    }
    case 'parenthesized_expression':
      return node.namedChildren[0] ? stringOf(node.namedChildren[0], scope, file, depth) : undefined;
    case 'binary_expression': {
      if (node.childForFieldName('operator')?.text !== '+') return undefined;
      const l = node.childForFieldName('left');
      const r = node.childForFieldName('right');
      // A long `+` chain nests deep, but the tree is finite: only names and calls count as depth.
      const a = l && stringOf(l, scope, file, depth);
      const b = r && stringOf(r, scope, file, depth);
      return a && b ? { sql: a.sql + b.sql, line: a.line } : undefined;
    }
    case 'identifier': {
      const known = scope.strings?.get(node.text);
      if (known !== undefined) return { sql: known, line: lineOf(node) };
      const v = scope.nodes.get(node.text);
      if (v) return stringOf(v, scope, file, depth + 1);
      if (scope.hidden?.has(node.text)) return undefined;
      const pkg = file.pkg.get(node.text);
      return pkg === undefined ? undefined : { sql: pkg, line: lineOf(node) };
    }
    case 'call_expression':
      return isSprintf(node, scope) ? sprintfOf(node, scope, file, depth) : returnedString(node, scope, file, depth);
    default:
      return undefined;
  }
}

/** `fmt.Sprintf(…)`, `fmt` the standard library's (not a local of that name). */
function isSprintf(call: Node, scope: Scope): boolean {
  const fn = call.childForFieldName('function');
  const operand = fn?.type === 'selector_expression' ? fn.childForFieldName('operand') : undefined;
  return operand?.text === 'fmt' && fn?.childForFieldName('field')?.text === 'Sprintf' && !scope.nodes.has('fmt') && !scope.hidden?.has('fmt');
}

/** What `fmt.Sprintf(format, args…)` returns where the format and every argument are constants of the file (go-sprintf.ts). */
function sprintfOf(call: Node, scope: Scope, file: GoFile, depth: number): SqlPiece | undefined {
  const [format, ...rest] = argumentsOf(call);
  const f = format && stringOf(format, scope, file, depth + 1);
  if (!f || rest.some((a) => a.type === 'variadic_argument')) return undefined;
  const args: GoConst[] = [];
  for (const a of rest) {
    const v = constOf(a, scope, file, depth + 1);
    if (!v) return undefined;
    args.push(v);
  }
  const sql = sprintf(f.sql, args);
  return sql === undefined ? undefined : { sql, line: f.line };
}

/** A constant argument: a string the file holds, or an integer literal (or a name bound to one). */
function constOf(node: Node, scope: Scope, file: GoFile, depth: number): GoConst | undefined {
  const str = stringOf(node, scope, file, depth);
  if (str) return { kind: 'string', value: str.sql };
  if (depth > 12) return undefined;
  switch (node.type) {
    case 'int_literal': {
      const value = goInt(node.text);
      return value === undefined ? undefined : { kind: 'int', value };
    }
    case 'parenthesized_expression':
      return node.namedChildren[0] ? constOf(node.namedChildren[0], scope, file, depth) : undefined;
    case 'unary_expression': {
      const operand = node.childForFieldName('operand');
      const v = node.childForFieldName('operator')?.text === '-' && operand ? constOf(operand, scope, file, depth) : undefined;
      return v?.kind === 'int' ? { kind: 'int', value: -v.value } : undefined;
    }
    case 'identifier': {
      if (scope.strings?.has(node.text) || scope.hidden?.has(node.text)) return undefined;
      const v = scope.nodes.get(node.text);
      return v ? constOf(v, scope, file, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * What a function of the file returns, where its body is one `return` of a string built from its
 * parameters and the file's strings (hatchet's `buildCreateMirrorTableSQL(old, new, cols)`), each
 * parameter the string the call gives it.
 */
function returnedString(call: Node, scope: Scope, file: GoFile, depth: number): SqlPiece | undefined {
  const fnNode = call.childForFieldName('function');
  const fn = fnNode?.type === 'identifier' ? file.functions.get(fnNode.text) : undefined;
  const statements = fn
    ?.childForFieldName('body')
    ?.namedChildren.find((n) => n?.type === 'statement_list')
    ?.namedChildren.filter((n) => n?.type !== 'comment');
  const ret = statements?.length === 1 && statements[0]?.type === 'return_statement' ? statements[0].namedChildren[0] : undefined;
  const value = ret?.type === 'expression_list' ? (ret.namedChildren.length === 1 ? ret.namedChildren[0] : undefined) : ret;
  if (!fn || !value) return undefined;
  const names = (fn.childForFieldName('parameters')?.namedChildren ?? []).flatMap((p) => p?.childrenForFieldName('name') ?? []);
  const args = argumentsOf(call);
  if (names.length !== args.length) return undefined;
  const strings = new Map<string, string>();
  for (const [i, n] of names.entries()) {
    const a = stringOf(args[i]!, scope, file, depth + 1);
    if (!n || !a) return undefined;
    strings.set(n.text, a.sql);
  }
  return stringOf(value, { nodes: file.consts, strings }, file, depth + 1);
}

/** Per reader, each folder's Go package. */
const packageCache = new WeakMap<object, Map<string, Promise<Package>>>();

/**
 * The other Go files of the migration's folder (its package), read once per folder: a name one
 * file defines is used by the next (hatchet's `v1RunsOlapTable`), and a helper one file defines
 * is called by the others (navidrome's `notice(ctx, tx, msg)` and `forceFullRescan(ctx, tx)`).
 */
function packageOf(input: MigrationInput): Promise<Package> {
  const empty = (): Package => ({ strings: new Map(), functions: new Map(), clients: new Set() });
  const { listDir, readFile } = input;
  if (!listDir || !readFile) return Promise.resolve(empty());
  const dir = input.path.slice(0, input.path.lastIndexOf('/') + 1);
  let byDir = packageCache.get(readFile);
  if (!byDir) packageCache.set(readFile, (byDir = new Map()));
  let found = byDir.get(dir);
  if (!found) {
    found = (async () => {
      const pkg = empty();
      const trees: OwnedTree[] = [];
      try {
        const names = (await listDir(dir)) ?? [];
        for (const name of names) {
          if (!name.endsWith('.go') || name.endsWith('_test.go')) continue;
          const content = await readFile(dir + name);
          if (content !== undefined) trees.push(await parseCode('go', content));
        }
        const read = trees.map((t) => readGoFile(t.rootNode, pkg));
        for (const r of read) for (const c of r.clients) pkg.clients.add(c);
        const files = read.map((r) => r.file);
        for (const file of files)
          for (const [k, v] of file.consts) {
            const str = stringOf(v, { nodes: file.consts }, file);
            if (str) pkg.strings.set(k, str.sql);
          }
        // Read once the strings are known; a function that is a migration's own up or down is read the same way.
        for (const file of files)
          for (const [name, fn] of file.functions) {
            const params = new Map<string, string>();
            for (const [i, n] of paramNames(fn).entries()) if (n) params.set(n, PARAM(i));
            pkg.functions.set(name, { body: readBody(fn, file), withParams: readBody(fn, file, undefined, params) });
          }
        return pkg;
      } finally {
        for (const t of trees) t[Symbol.dispose]();
      }
    })().catch((error: unknown) => ({ ...empty(), failure: errorText(error) }));
    byDir.set(dir, found);
  }
  return found;
}

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };

/** A Go escape sequence's character (the Go spec's interpreted string literals). */
function unescape(seq: string): string | undefined {
  const c = seq[1] ?? '';
  if (c in ESCAPES) return ESCAPES[c];
  if (c === 'x' || c === 'u' || c === 'U') return String.fromCodePoint(parseInt(seq.slice(2), 16));
  if (/[0-7]/.test(c)) return String.fromCodePoint(parseInt(seq.slice(1), 8));
  return undefined;
}
