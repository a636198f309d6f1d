// Rails (Active Record) migrations: read with tree-sitter-ruby, DSL calls synthesised into
// Postgres SQL, `execute` strings linted as written, reversibility judged from up/down/change.
//
// Decisions: `up_only { … }` runs only forward by Rails' design and a rollback does not fail,
// so it is not an irreversible operation (its SQL is still linted). `reversible do |dir|` blocks:
// `dir.up` contents are the up direction, `dir.down` contents are ignored for the up lint.
import type { Framework, MigrationAnalysis, MigrationInput } from './framework';
import type { Dialect } from '../types';
import { dialectOfPath } from '../sql/dialect';
import { rails as meta } from './meta/index';
import { firstErrorNode, lineOf, parseCode, type Node } from '../parsers/tree-sitter';
import { dslFramework, hit, parseErrorHit, type DslTranslation } from './dsl/common';
import { callName, callReceiver, heredocMap, rubyArgs, rubyString } from './dsl/ruby';
import { RailsReader } from './rails/reader';
import { withAppDialect } from './app-dialect';
import { settleForcedCreates, type TableEvent } from './rails/force';
import { withWrittenNames } from './rails/expression-names';
import { sqlAnalyser } from '../sql/lazy';

/** Statements of a method body, comments left out. */
function statements(method: Node): Node[] {
  const body = method.childForFieldName('body');
  if (!body) return [];
  return body.namedChildren.filter((c) => c.type !== 'comment' && c.type !== 'heredoc_body');
}

function isRaise(n: Node): boolean {
  const name = n.type === 'call' ? callName(n) : n.type === 'identifier' ? n.text : '';
  return (name === 'raise' || name === 'fail') && (n.type !== 'call' || !callReceiver(n));
}

function findMigrationClass(root: Node): Node | undefined {
  const classes = root.descendantsOfType('class');
  return classes.find((c) => (c.childForFieldName('superclass')?.text ?? '').includes('Migration')) ?? classes[0];
}

/**
 * Where the migration's methods are defined: its class body, and `<Class>.class_eval do … end`
 * (acts-as-taggable-on's templates, which apps copy: the class is declared empty under an `if` on
 * the Rails version, then given its methods so). Read there, they were missed: a false
 * `missing-down-migration` and their operations unread.
 */
function methodScopes(root: Node, cls: Node | undefined): Node[] {
  const scopes = [cls?.childForFieldName('body') ?? root];
  const name = cls?.childForFieldName('name')?.text;
  for (const call of root.descendantsOfType('call')) {
    if (!['class_eval', 'class_exec'].includes(callName(call)) || (name && callReceiver(call)?.text !== name)) continue;
    const body = call.childForFieldName('block')?.childForFieldName('body');
    if (body) scopes.push(body);
  }
  return scopes;
}

/**
 * A rollback of a migration with `up` and no `down` runs Active Record's own `down`, which does
 * nothing (`return unless self.class.respond_to?(:down)`, migration.rb): the rollback succeeds,
 * deletes the version, and leaves the changes. Only a `down` that raises stops it.
 */
const MISSING_DOWN =
  "The migration defines `up` but no `down`. Rails' own `down` does nothing: a rollback reports the migration reverted and deletes its version, but every change `up` made stays, and the next `db:migrate` runs `up` again over it. " +
  'Write a `down` that undoes `up`; if it cannot be undone, raise `ActiveRecord::IrreversibleMigration` in `down` (the rollback then stops there) and declare the stage forward-only in the rollback plan with its backup and restore procedure.';

/** Calls that validate a constraint, and those that run SQL (read to see whether it only validates). */
const VALIDATES = new Set(['validate_foreign_key', 'validate_check_constraint', 'validate_constraint']);
const RUNS_SQL = new Set(['execute', 'exec_query', 'exec_update']);

/**
 * Whether `up` only validates constraints (`validate_foreign_key`, `validate_check_constraint`, or SQL
 * that is only `ALTER TABLE … VALIDATE CONSTRAINT`, read by the Postgres parser): a validation
 * changes no schema and no row, so a `down` that does nothing undoes it completely (casa's
 * validate_constraint_* migrations: `def down; # cannot un-validate a constraint; end`).
 */
async function onlyValidates(up: Node, t: DslTranslation): Promise<boolean> {
  const stmts = statements(up);
  if (!stmts.length || t.changesData || !t.up.length || t.hits.some((h) => h.rule === 'not-analysed')) return false;
  if (!stmts.every((s) => s.type === 'call' && (VALIDATES.has(callName(s)) ? !callReceiver(s) : RUNS_SQL.has(callName(s))))) return false;
  const pg = await (await sqlAnalyser()).loadPgParser();
  return t.up.every((piece) => {
    try {
      const parsed = pg.parse(piece.sql).stmts ?? [];
      return (
        parsed.length > 0 &&
        parsed.every(({ stmt }) => {
          const cmds = stmt && 'AlterTableStmt' in stmt ? (stmt.AlterTableStmt.cmds ?? []) : [];
          return cmds.length > 0 && cmds.every((c) => 'AlterTableCmd' in c && c.AlterTableCmd.subtype === 'AT_ValidateConstraint');
        })
      );
    } catch {
      return false;
    }
  });
}

/** Translate a Rails migration into SQL pieces and a reversibility verdict, for `dialect`'s branches. */
export async function railsToPieces(source: string, path = '', dialect: Dialect = 'postgres'): Promise<DslTranslation> {
  return (await readRails(source, path, dialect)).t;
}

/** The translation, and what the up does to tables (for later migrations' force-creates). */
async function readRails(source: string, path: string, dialect: Dialect): Promise<{ t: DslTranslation; events: TableEvent[] }> {
  using tree = await parseCode('ruby', source);
  const root = tree.rootNode;
  const cls = findMigrationClass(root);
  const methods = new Map<string, Node>();
  let transactional = true;
  for (const c of methodScopes(root, cls).flatMap((scope) => scope.namedChildren)) {
    if (c.type === 'method' || c.type === 'singleton_method') {
      // `def self.up` / `def self.down`: the Rails 2/3 style
      const n = c.childForFieldName('name')?.text;
      if (n && !methods.has(n)) methods.set(n, c);
    } else if ((c.type === 'call' || c.type === 'identifier') && (c.type === 'identifier' ? c.text : callName(c)) === 'disable_ddl_transaction!') {
      transactional = false;
    }
  }
  const newReader = () => Object.assign(new RailsReader(root, transactional, dialect), { methods });
  const reader = newReader();
  const t = reader.t;
  if (path.includes('db/post_migrate/')) t.postDeploy = true;
  const err = firstErrorNode(root);
  if (err) t.hits.push(parseErrorHit(lineOf(err), 'Ruby'));

  const change = methods.get('change');
  const up = methods.get('up');
  const down = methods.get('down');
  if (change) {
    reader.walk(change.childForFieldName('body') ?? change, { mode: 'change', guarded: false });
    t.downStatus = t.hits.some((h) => h.rule === 'irreversible-operation') ? 'irreversible' : 'present';
    if (reader.downPieces.length) {
      t.downSql = reader.downPieces;
      t.downName = 'its `dir.down`';
    }
  } else if (up) {
    reader.walk(up.childForFieldName('body') ?? up, { mode: 'up', guarded: false });
    if (!down) {
      t.downStatus = 'missing';
      t.hits.push(hit('missing-down-migration', lineOf(up), MISSING_DOWN));
    } else {
      const stmts = statements(down);
      // An up that does nothing (on the app's database: `if using_mysql?` on Postgres) has nothing to undo.
      if (!stmts.length && statements(up).every((s) => reader.skipped.has(s.id))) {
        // an empty down is complete
      } else if (!stmts.length && (await onlyValidates(up, t))) {
        // nothing to undo: a validation changes no schema and no row (strong_migrations' second step)
      } else if (!stmts.length || stmts.every(isRaise)) {
        t.downStatus = 'empty';
        const raises = stmts.length > 0;
        t.hits.push(
          hit(
            'empty-down-migration',
            lineOf(down),
            raises ? 'The `down` method raises instead of undoing the migration (irreversible).' : 'The `down` method is empty: rolling back does nothing.',
          ),
        );
      } else {
        // What the down does, translated as the up is: a type change it narrows back is said.
        const downReader = newReader();
        downReader.walk(down.childForFieldName('body') ?? down, { mode: 'down', guarded: false });
        t.downSql = downReader.t.up;
        t.downName = 'the `down` method';
        if (stmts.every((s) => s.type === 'call' && callName(s) === 'execute' && !callReceiver(s))) {
          const heredocs = heredocMap(root);
          for (const s of stmts) {
            const str = rubyString(rubyArgs(s, heredocs).positionalNodes[0], heredocs);
            if (str) t.down.push({ sql: str.text, line: str.line });
          }
          t.downOnlySql = t.down.length === stmts.length;
          t.downLine = lineOf(down);
        }
      }
    }
  } else if (err) {
    // The syntax error hid the method structure: read every call as up, conservatively.
    reader.walk(root, { mode: 'up', guarded: false });
    t.downStatus = 'missing';
  } else if (cls || source.trim()) {
    t.downStatus = 'missing';
    t.hits.push(hit('missing-down-migration', cls ? lineOf(cls) : 1, 'No `change` or `up`/`down` methods were found in this migration.'));
  } else {
    t.downStatus = 'missing';
  }
  return { t, events: reader.tableEvents };
}

const isRubyFile = (name: string) => name.endsWith('.rb');

/** The database a migration is read for: as configured (config/database.yml) or as its path says, else Postgres. */
const dialectOf = (input: MigrationInput): Dialect => (input.dialect ?? dialectOfPath(input.path))?.dialect ?? 'postgres';

/** What earlier migrations do to tables, by content and database (each read once per run). */
const eventsRead = new Map<string, Promise<TableEvent[]>>();
const EVENTS_LIMIT = 2_000;

function tableEventsOf(content: string, path: string, dialect: Dialect): Promise<TableEvent[]> {
  const key = `${dialect}\u0000${content}`;
  let found = eventsRead.get(key);
  if (!found) {
    found = readRails(content, path, dialect).then((r) => r.events);
    if (eventsRead.size >= EVENTS_LIMIT) eventsRead.delete(eventsRead.keys().next().value as string);
    eventsRead.set(key, found);
  }
  return found;
}

const translated = dslFramework(meta, 'Rails migration', (input) => railsToPieces(input.content, input.path, dialectOf(input)), 'missing', {
  isMigration: isRubyFile,
  translate: (content, path, input) => railsToPieces(content, path, dialectOf(input)),
  variant: async (input) => dialectOf(input),
});

/**
 * The analysis with its force-creates judged against the folder's earlier migrations, and the tables
 * named by Ruby code shown as written. Never throws: a look back that fails leaves the findings as they were.
 */
async function analyse(input: MigrationInput): Promise<MigrationAnalysis> {
  const a = await translated.analyse(input);
  let hits = a.hits;
  try {
    hits = await settleForcedCreates(hits, input, isRubyFile, (content, path) => tableEventsOf(content, path, dialectOf(input)));
  } catch {
    // the findings stand as the file alone gives them
  }
  return {
    ...a,
    hits: hits.map((h) => {
      const message = withWrittenNames(h.message);
      return message === h.message ? h : { ...h, message };
    }),
  };
}

export const rails: Framework = withAppDialect({ ...translated, analyse }, 'rails');

export default rails;
