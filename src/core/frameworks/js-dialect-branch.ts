// Branches on the database a JS migration runs on: one migration file serving several databases
// (requarks/wiki's `switch (WIKI.config.db.type) { case 'mysql': … case 'mssql': … }`, n8n's
// `if (dbType === 'postgresdb')`, `queryRunner.connection.options.type === 'mysql'`). The
// branches are alternatives, not steps: reading every one as Postgres SQL gave a MySQL
// `LONGTEXT` change followed by an MSSQL `VARCHAR(max)` one as two type changes on Postgres.
// The migrations are read as they run on Postgres: a branch that runs only on other databases
// is not read, and says so once (a notice naming the databases), never silence.
import { hit } from './dsl/common';
import { jsStr } from './dsl/js';
import { lineOf, type Node } from '../parsers/tree-sitter';
import type { Hit } from '../types';

/** Database names as JS migrations and ORMs spell them (Knex clients, TypeORM types, n8n's `dbType`). */
const POSTGRES = new Set(['postgres', 'postgresql', 'pg', 'pg-native', 'postgresdb', 'aurora-postgres']);
const OTHERS = new Set([
  'mysql',
  'mysql2',
  'mysqldb',
  'mariadb',
  'mariadbdb',
  'aurora-mysql',
  'sqlite',
  'sqlite3',
  'better-sqlite3',
  'sqljs',
  'mssql',
  'sqlserver',
  'oracle',
  'oracledb',
  'cockroachdb',
]);

/** Whether a string literal names Postgres (true), another database (false), or no database. */
function namesPostgres(n: Node | null | undefined): boolean | undefined {
  const s = jsStr(n)?.toLowerCase();
  if (s === undefined) return undefined;
  return POSTGRES.has(s) ? true : OTHERS.has(s) ? false : undefined;
}

const not = (v: boolean | undefined) => (v === undefined ? undefined : !v);

/**
 * A name that says which database it tests, `is` and a database (`isSQLite`, `isMySQL`,
 * `isPostgres`): a helper called so (hackmdio/codimd's `isSQLite(queryInterface.sequelize)`) or a
 * flag kept so (thedevs-network/kutt's `isMySQL`). Whether it holds on Postgres; undefined for
 * any other name.
 */
function namedTest(n: Node | null | undefined): boolean | undefined {
  const name = n?.type === 'identifier' ? n.text : n?.type === 'member_expression' ? n.childForFieldName('property')?.text : undefined;
  const db = name?.startsWith('is') ? name.slice(2).toLowerCase() : undefined;
  if (!db) return undefined;
  return POSTGRES.has(db) ? true : OTHERS.has(db) ? false : undefined;
}

/**
 * Whether a condition holds on Postgres, when it only compares the database name with named
 * databases (`db === 'mysql' || db === 'mariadb'`, `db !== 'mssql'`, `['mysql', 'mariadb'].includes(db)`)
 * or tests one by name (`isSQLite(…)`, `isMySQL`); undefined for any other condition.
 */
function holdsOnPostgres(n: Node | null | undefined): boolean | undefined {
  if (!n) return undefined;
  switch (n.type) {
    case 'parenthesized_expression':
      return holdsOnPostgres(n.namedChildren.find((c) => c.type !== 'comment'));
    case 'unary_expression':
      return n.childForFieldName('operator')?.text === '!' ? not(holdsOnPostgres(n.childForFieldName('argument'))) : undefined;
    case 'binary_expression': {
      const op = n.childForFieldName('operator')?.text;
      const left = n.childForFieldName('left');
      const right = n.childForFieldName('right');
      if (op === '&&' || op === '||') {
        const l = holdsOnPostgres(left);
        const r = holdsOnPostgres(right);
        if (op === '&&') return l === false || r === false ? false : l === true && r === true ? true : undefined;
        return l === true || r === true ? true : l === false && r === false ? false : undefined;
      }
      if (!op || !['===', '==', '!==', '!='].includes(op)) return undefined;
      const v = namesPostgres(right) ?? namesPostgres(left);
      return op.startsWith('!') ? not(v) : v;
    }
    case 'identifier':
      return namedTest(n);
    case 'call_expression': {
      // isSQLite(queryInterface.sequelize)
      const fn = n.childForFieldName('function');
      const named = namedTest(fn);
      if (named !== undefined) return named;
      // ['mysql', 'mariadb'].includes(db)
      const list = fn?.type === 'member_expression' ? fn.childForFieldName('object') : undefined;
      if (fn?.childForFieldName('property')?.text !== 'includes' || list?.type !== 'array' || !list.namedChildren.length) return undefined;
      const each = list.namedChildren.map(namesPostgres);
      return each.includes(undefined) ? undefined : each.includes(true);
    }
    default:
      return undefined;
  }
}

/** The case labels of a switch case, with those of the empty cases that fall into it. */
function caseLabels(c: Node): Node[] {
  const labels: Node[] = [];
  for (let n: Node | null = c; n?.type === 'switch_case'; n = n.previousNamedSibling) {
    const hasBody = n.namedChildren.some((s) => s.id !== n!.childForFieldName('value')?.id && s.type !== 'comment');
    if (n.id !== c.id && hasBody) break;
    const v = n.childForFieldName('value');
    if (v) labels.push(v);
  }
  return labels;
}

/** Whether a switch case (or default) runs on Postgres, when every case names a database. */
function caseOnPostgres(c: Node): boolean | undefined {
  const cases = (c.parent?.namedChildren ?? []).filter((s) => s.type === 'switch_case');
  const all = cases.map((s) => namesPostgres(s.childForFieldName('value')));
  if (!all.length || all.includes(undefined)) return undefined;
  if (c.type === 'switch_default') return !all.includes(true);
  return caseLabels(c).some((l) => namesPostgres(l) === true);
}

interface Branch {
  node: Node;
  label: string;
  /** Where the notice goes: the branch, or the first of the cases that fall into it. */
  line: number;
}

const short = (text: string) => {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
};

/** The outermost branch around `node` (inside `stop`) that runs only on databases other than Postgres. */
function otherDatabaseBranch(node: Node, stop: Node): Branch | undefined {
  let found: Branch | undefined;
  for (let child: Node = node, n = node.parent; n && n.id !== stop.id; child = n, n = n.parent) {
    if (n.type === 'if_statement') {
      const cond = n.childForFieldName('condition');
      const holds = holdsOnPostgres(cond);
      const inElse = n.childForFieldName('alternative')?.id === child.id;
      if (holds === undefined || child.id === cond?.id) continue;
      if (inElse ? holds : !holds) found = { node: child, label: `${inElse ? 'the else of ' : ''}\`if ${short(cond!.text)}\``, line: lineOf(child) };
    } else if (n.type === 'ternary_expression') {
      const cond = n.childForFieldName('condition');
      const holds = holdsOnPostgres(cond);
      if (holds === undefined || child.id === cond?.id) continue;
      const inElse = n.childForFieldName('alternative')?.id === child.id;
      if (inElse ? holds : !holds) found = { node: child, label: `\`${short(cond!.text)} ? … : …\``, line: lineOf(child) };
    } else if ((n.type === 'switch_case' || n.type === 'switch_default') && child.id !== n.childForFieldName('value')?.id) {
      if (caseOnPostgres(n) === false) {
        const sw = n.parent?.parent;
        const labels = n.type === 'switch_default' ? [] : caseLabels(n).reverse();
        const named = labels.length ? labels.map((l) => `case ${l.text}`).join(', ') : 'default';
        found = { node: n, label: `\`${named}\` of \`switch ${short(sw?.childForFieldName('value')?.text ?? '')}\``, line: lineOf(labels[0] ?? n) };
      }
    }
  }
  return found;
}

/**
 * Calls in branches for other databases are not read. `skip(call)` says whether to leave a call
 * unread; the first call of each such branch leaves a notice in `hits`.
 */
export class DialectBranches {
  private readonly noticed = new Set<number>();

  constructor(
    private readonly hits: Hit[],
    private readonly stop: Node,
  ) {}

  skip(call: Node): boolean {
    const branch = otherDatabaseBranch(call, this.stop);
    if (!branch) return false;
    if (!this.noticed.has(branch.node.id)) {
      this.noticed.add(branch.node.id);
      this.hits.push(
        hit(
          'not-analysed',
          branch.line,
          `This branch (${branch.label}) runs only on databases other than Postgres, and rollback-ready reads the migration as it runs on Postgres: ` +
            'what the branch changes was not judged. Review it by hand for the databases it serves, or add `// rollback-ready-ignore not-analysed: <reason>` above it.',
        ),
      );
    }
    return true;
  }
}
