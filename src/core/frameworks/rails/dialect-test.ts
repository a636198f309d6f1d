// Conditions on the database a Rails migration runs on: `if ActsAsTaggableOn::Utils.using_mysql?`,
// `if connection.adapter_name == 'Mysql2'`, `=~ /mysql/i`, `adapter_name.downcase.include?('mysql')`,
// `/sqlite/i.match?(connection.adapter_name)`; in branches and in guard clauses (`return unless
// Gitlab::Database.postgresql?`: the rest of the method runs only on Postgres).
// Only the branch the app's database runs is read (chatwoot's acts-as-taggable-on migration ran a
// MySQL `ALTER TABLE tags MODIFY …` on Postgres: a false type change and a parse notice).
import type { Node } from '../../parsers/tree-sitter';
import type { Dialect } from '../../types';
import { callName, callReceiver } from '../dsl/ruby';
import { handlerFor } from '../dispatch';

/** Rails' adapter names (`adapter_name`, `database.yml`'s `adapter:`), lower-cased, by database. */
const ADAPTER_NAMES: Readonly<Record<string, Dialect>> = {
  mysql: 'mysql',
  mysql2: 'mysql',
  trilogy: 'mysql',
  mariadb: 'mysql',
  postgresql: 'postgres',
  postgres: 'postgres',
  postgis: 'postgres',
  sqlite: 'sqlite',
  sqlite3: 'sqlite',
  sqlserver: 'sqlserver',
  oracle: 'oracle',
  oracleenhanced: 'oracle',
  cockroachdb: 'cockroachdb',
};

/** Each database by a part of its adapter's name, for patterns (`/mysql/i`, `include?('postgres')`). */
const NAME_PARTS: readonly [RegExp, Dialect][] = [
  [/mysql|mariadb|trilogy/, 'mysql'],
  [/postg/, 'postgres'],
  [/sqlite/, 'sqlite'],
  [/sqlserver|mssql/, 'sqlserver'],
  [/oracle/, 'oracle'],
  [/cockroach/, 'cockroachdb'],
];

/** A helper named for one database, with no arguments: `using_mysql?`, `postgresql?`, `sqlite?`. */
const HELPER = /^(?:using_|is_|on_)?(mysql2?|mariadb|trilogy|postgres|postgresql|postgis|sqlite3?|sqlserver|oracle|cockroachdb)\?$/;

/** The one database a literal names: a string or symbol by its adapter name, a regex or part by a fragment of it. */
function named(n: Node | null | undefined, part: boolean): Dialect | undefined {
  if (!n) return undefined;
  const literal = n.type === 'string' || n.type === 'simple_symbol' || n.type === 'regex';
  if (!literal || n.namedChildren.some((c) => c.type === 'interpolation')) return undefined;
  const text = (n.type === 'simple_symbol' ? n.text.slice(1) : n.namedChildren.map((c) => c.text).join('')).toLowerCase();
  if (!part && n.type !== 'regex') return handlerFor(ADAPTER_NAMES, text);
  const found = NAME_PARTS.filter(([re]) => re.test(text));
  return found.length === 1 ? found[0]![1] : undefined;
}

/** Code that reads the adapter's name (`connection.adapter_name`, `connection_db_config.adapter`). */
const readsAdapter = (n: Node | null | undefined): boolean => !!n && /adapter/i.test(n.text);

/**
 * Whether a condition on the database holds when the migration runs on `dialect`; undefined when
 * the condition is not such a test (then every branch is read, as before).
 */
export function dialectTest(node: Node, dialect: Dialect): boolean | undefined {
  switch (node.type) {
    case 'parenthesized_statements':
      return node.namedChildren.length === 1 ? dialectTest(node.namedChildren[0]!, dialect) : undefined;
    case 'unary': {
      const op = node.childForFieldName('operator')?.text;
      const v = (op === '!' || op === 'not') && node.childForFieldName('operand') ? dialectTest(node.childForFieldName('operand')!, dialect) : undefined;
      return v === undefined ? undefined : !v;
    }
    case 'binary': {
      const op = node.childForFieldName('operator')?.text ?? '';
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (['&&', 'and', '||', 'or'].includes(op)) {
        // Either side decides alone when it is false under `&&` (true under `||`): `postgresql? &&
        // extension_enabled?("vector")` is false on MySQL whatever the other side says.
        const [l, r] = [left ? dialectTest(left, dialect) : undefined, right ? dialectTest(right, dialect) : undefined];
        const and = op === '&&' || op === 'and';
        if (l === !and || r === !and) return !and;
        return l === undefined || r === undefined ? undefined : and;
      }
      const pattern = op === '=~' || op === '!~';
      if (!pattern && !['==', '!=', '==='].includes(op)) return undefined;
      const [db, other] = named(right, pattern) ? [named(right, pattern), left] : [named(left, pattern), right];
      if (!db || !readsAdapter(other)) return undefined;
      return op === '!=' || op === '!~' ? db !== dialect : db === dialect;
    }
    case 'call': {
      const name = callName(node);
      const args = node.childForFieldName('arguments')?.namedChildren ?? [];
      const helper = HELPER.exec(name);
      if (helper && !args.length) return handlerFor(ADAPTER_NAMES, helper[1]!) === dialect;
      // `adapter_name.downcase.include?('mysql')`, `.start_with?('postgres')`, `.match?(/mysql/)`
      if (['include?', 'start_with?', 'starts_with?', 'match?'].includes(name) && args.length === 1) {
        const recv = callReceiver(node);
        const db = named(args[0], true);
        if (db && readsAdapter(recv)) return db === dialect;
        // `/sqlite/i.match?(ActiveRecord::Base.connection.adapter_name)` (redmine)
        const byPattern = name === 'match?' && recv?.type === 'regex' ? named(recv, true) : undefined;
        if (byPattern && readsAdapter(args[0])) return byPattern === dialect;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
