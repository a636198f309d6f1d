// Shared plumbing for the migration DSL frameworks: the translation shape every framework's
// `xToPieces` returns, tiny SQL synthesis helpers, and the step that hands pieces to `lintSql`.
import { lintSqlLazily } from '../../sql/lazy';
import type { FrameworkId, Hit } from '../../types';
import type { DownStatus, Framework, MigrationAnalysis, MigrationInput } from '../framework';
import type { FrameworkMeta } from '../meta/index';
import type { SqlPiece } from '../../sql/lint-sql';
import { dialectOfPath, type DialectSource } from '../../sql/dialect';
import { settleColumnChanges, type SqlHistory } from '../shared-sql';
import { judgeDown } from '../down-types';
import { fillBinds, unreadTemplateHit, type TemplateLanguage } from './binds';

// The SQL analyser (and its rule checks) loads on the first migration, not with the registry.
const lintSql = lintSqlLazily;

/** A piece with bookkeeping the SQL engine does not need. */
export interface DslPiece extends SqlPiece {
  /** Built from a string with interpolation replaced by placeholders: parse errors are ours, not the user's. */
  inexact?: boolean;
  /** Written for another database than the file's (Liquibase's `dbms` on a changeset or change). */
  dialect?: DialectSource;
  /**
   * The SQL holds a driver's bind placeholders (Sequelize's `replacements`, `:name` or `?`;
   * db-migrate's `runSql(sql, [params])`, `?`): read with a value in each one's place (binds.ts).
   */
  binds?: boolean;
  /**
   * The raw-SQL call of a migration that runs the piece (its label and line): a piece with binds
   * or interpolated parts that still does not parse is said there (a `not-analysed` notice), not
   * passed in silence. Without it, such a piece's parse error is dropped (see `inexact`). `lang`:
   * how the file's language writes an interpolation (JS's `${…}` when absent).
   */
  call?: { label: string; line: number; lang?: TemplateLanguage };
}

export interface DslTranslation {
  /** Up direction, in file order: embedded SQL and synthesised SQL. */
  up: DslPiece[];
  /** Down direction (best effort; used to tell an SQL-only down that does nothing). */
  down: DslPiece[];
  downStatus: DownStatus;
  /** Reversibility and parse-error hits found while reading the DSL. */
  hits: Hit[];
  /** The framework wraps this migration in a transaction. */
  transactional: boolean;
  /** The DSL itself changes data (RunPython, bulkInsert, UPDATE helpers…). */
  changesData: boolean;
  postDeploy?: boolean;
  /**
   * The down direction as the reader translates it (DSL calls and SQL alike), where the reader reads
   * its down: an up's type change that the down narrows back is said (see down-types.ts).
   */
  downSql?: DslPiece[];
  /** How findings name the down: the `down` method, `downgrade()`. */
  downName?: string;
  /** The framework derives the down from the up (Django's reverse of an AlterField): its lines are the up's. */
  downDerived?: boolean;
  /** The down consists only of raw SQL pieces: if they do nothing, the down is empty. */
  downOnlySql?: boolean;
  /** Line to report `empty-down-migration` on when the SQL-only down turns out empty. */
  downLine?: number;
  /** Column types known from the framework's own history (Django's previous field), for type changes. */
  knownTypes?: { table: string; column: string; type: string }[];
  /** Whether columns allowed NULL before the migration, as the migration itself says (Alembic's `existing_nullable`). */
  knownNullable?: { table: string; column: string; nullable: boolean }[];
}

export const newTranslation = (transactional: boolean): DslTranslation => ({
  up: [],
  down: [],
  downStatus: 'present',
  hits: [],
  transactional,
  changesData: false,
});

const SIMPLE_IDENT = /^[a-z_][a-z0-9_$]*$/;
/**
 * Postgres' reserved and type/function-name keywords (its kwlist.h, RESERVED_KEYWORD and
 * TYPE_FUNC_NAME_KEYWORD, as of Postgres 18): a column or table the DSL names so is quoted, as the
 * frameworks quote it. Unquoted, `sa.Column("window", …)` or Laravel's `$table->boolean('create')`
 * made SQL the parser rejects: a syntax notice about SQL the user never wrote, and the statement's
 * rules lost. Checked against libpg-query's scanner by test/core/frameworks/ident.test.ts.
 */
export const QUOTED_KEYWORDS = new Set(
  (
    'all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create ' +
    'current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc ' +
    'distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral ' +
    'leading limit localtime localtimestamp not null offset on only or order placing primary references returning ' +
    'select session_user some symmetric system_user table then to trailing true union unique user using variadic when ' +
    'where window with ' +
    'authorization binary collation concurrently cross current_schema freeze full ilike inner is isnull join left like ' +
    'natural notnull outer overlaps right similar tablesample verbose'
  ).split(' '),
);
/** Other words quoted as before (harmless: a quoted lower-case name is the same name). */
const KEYWORDS = new Set([...QUOTED_KEYWORDS, 'index', 'key', 'type', 'name', 'values']);

/** Quote an SQL identifier when needed (a dotted `schema.table` is quoted per part). */
export function ident(name: string): string {
  if (name.includes('.') && !name.startsWith('"')) return name.split('.').map(ident).join('.');
  if (SIMPLE_IDENT.test(name) && !KEYWORDS.has(name)) return name;
  return `"${name.replace(/"/g, '""')}"`;
}

export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A constant SQL default from a literal in the DSL (number, bool, string, null) or an opaque one. */
export function sqlDefault(value: string | number | boolean | null | { raw: string }): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return sqlString(value);
  return value.raw;
}

/**
 * CREATE TABLE for columns read from a JS object literal, then each column's foreign key (the
 * shape Sequelize and node-pg-migrate share). No columns: the tools' implicit serial id.
 */
export function createTableWithForeignKeys(table: string, cols: (ColumnDef & { fk?: string })[]): string[] {
  const statements = [sql.createTable(table, cols.length ? cols : [{ name: 'id', type: 'serial', primaryKey: true }])];
  for (const c of cols) if (c.fk) statements.push(sql.addForeignKey(table, [c.name], c.fk, ['id']));
  return statements;
}

export interface ColumnDef {
  name: string;
  type: string;
  notNull?: boolean;
  /** SQL text of the default, already rendered. */
  default?: string;
  primaryKey?: boolean;
  unique?: boolean;
  references?: { table: string; column?: string };
  /** Filled by the database (Liquibase's `autoIncrement`): an identity column. */
  identity?: boolean;
  /** SQL text of a CHECK written in the column (Django's `PositiveIntegerField`: `"n" >= 0`). */
  check?: string;
}

export function columnSql(c: ColumnDef): string {
  let s = `${ident(c.name)} ${c.type}`;
  if (c.primaryKey) s += ' PRIMARY KEY';
  if (c.notNull && !c.primaryKey) s += ' NOT NULL';
  if (c.default !== undefined) s += ` DEFAULT ${c.default}`;
  else if (c.identity) s += ' GENERATED BY DEFAULT AS IDENTITY';
  if (c.unique) s += ' UNIQUE';
  if (c.references) s += ` REFERENCES ${ident(c.references.table)} (${ident(c.references.column ?? 'id')})`;
  if (c.check) s += ` CHECK (${c.check})`;
  return s;
}

export const sql = {
  /**
   * A query builder's write as the SQL it runs (Laravel's `DB::table('t')->delete()`, Knex's
   * `knex('t').update(…)`, SQLAlchemy's `sa.update(t)`): `filtered` when a where… narrows it. The
   * values written are not the point, only that rows of `t` change (or all go).
   */
  dataWrite: (kind: 'delete' | 'truncate' | 'update', t: string, filtered: boolean) =>
    kind === 'truncate'
      ? `TRUNCATE ${ident(t)};`
      : `${kind === 'delete' ? `DELETE FROM ${ident(t)}` : `UPDATE ${ident(t)} SET id = id`}${filtered ? ' WHERE true' : ''};`,
  createTable: (t: string, cols: ColumnDef[]) => `CREATE TABLE ${ident(t)} (${cols.map(columnSql).join(', ')});`,
  dropTable: (t: string, ifExists = false) => `DROP TABLE ${ifExists ? 'IF EXISTS ' : ''}${ident(t)};`,
  renameTable: (a: string, b: string) => `ALTER TABLE ${ident(a)} RENAME TO ${ident(b)};`,
  addColumn: (t: string, c: ColumnDef) => `ALTER TABLE ${ident(t)} ADD COLUMN ${columnSql(c)};`,
  dropColumn: (t: string, c: string) => `ALTER TABLE ${ident(t)} DROP COLUMN ${ident(c)};`,
  renameColumn: (t: string, a: string, b: string) => `ALTER TABLE ${ident(t)} RENAME COLUMN ${ident(a)} TO ${ident(b)};`,
  changeType: (t: string, c: string, type: string) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} TYPE ${type};`,
  setNotNull: (t: string, c: string) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} SET NOT NULL;`,
  dropNotNull: (t: string, c: string) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} DROP NOT NULL;`,
  setDefault: (t: string, c: string, d: string) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} SET DEFAULT ${d};`,
  dropDefault: (t: string, c: string) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} DROP DEFAULT;`,
  backfillNulls: (t: string, c: string, d: string) => `UPDATE ${ident(t)} SET ${ident(c)} = ${d} WHERE ${ident(c)} IS NULL;`,
  createIndex: (t: string, cols: string[], o: { name?: string; unique?: boolean; concurrently?: boolean } = {}) =>
    `CREATE ${o.unique ? 'UNIQUE ' : ''}INDEX ${o.concurrently ? 'CONCURRENTLY ' : ''}${ident(
      o.name ?? indexName(t, cols),
    )} ON ${ident(t)} (${cols.map(indexColumn).join(', ')});`,
  dropIndex: (name: string, o: { concurrently?: boolean } = {}) => `DROP INDEX ${o.concurrently ? 'CONCURRENTLY ' : ''}${ident(name)};`,
  // Unnamed, a foreign key gets Postgres' own name (`<table>_<columns>_fkey`), as Alembic's
  // create_foreign_key(None, …), Ecto's references and inline REFERENCES leave it to.
  addForeignKey: (t: string, cols: string[], ref: string, refCols: string[], o: { name?: string; notValid?: boolean } = {}) =>
    `ALTER TABLE ${ident(t)} ADD CONSTRAINT ${ident(o.name ?? `${t.slice(t.lastIndexOf('.') + 1)}_${cols.join('_')}_fkey`)} FOREIGN KEY (${cols
      .map(ident)
      .join(', ')}) REFERENCES ${ident(ref)} (${refCols.map(ident).join(', ')})${o.notValid ? ' NOT VALID' : ''};`,
  addUnique: (t: string, cols: string[], name?: string) =>
    `ALTER TABLE ${ident(t)} ADD CONSTRAINT ${ident(name ?? `${t}_${cols.join('_')}_key`.replace(/\./g, '_'))} UNIQUE (${cols.map(ident).join(', ')});`,
  addCheck: (t: string, expr: string, name?: string, notValid = false) =>
    `ALTER TABLE ${ident(t)} ADD CONSTRAINT ${ident(name ?? `${t}_check`.replace(/\./g, '_'))} CHECK (${expr})${notValid ? ' NOT VALID' : ''};`,
  addPrimaryKey: (t: string, cols: string[], name?: string) =>
    `ALTER TABLE ${ident(t)} ADD ${name ? `CONSTRAINT ${ident(name)} ` : ''}PRIMARY KEY (${cols.map(ident).join(', ')});`,
  validateConstraint: (t: string, name: string) => `ALTER TABLE ${ident(t)} VALIDATE CONSTRAINT ${ident(name)};`,
  dropConstraint: (t: string, name: string) => `ALTER TABLE ${ident(t)} DROP CONSTRAINT ${ident(name)};`,
};

function indexColumn(c: string): string {
  // Expression indexes (`lower(email)`) come through as written.
  return SIMPLE_IDENT.test(c) || /^[A-Za-z_][A-Za-z0-9_]*$/.test(c) ? ident(c) : c;
}

export const indexName = (t: string, cols: string[]): string => `index_${t}_on_${cols.join('_and_')}`.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 63);

export function hit(rule: string, line: number, message: string): Hit {
  return { rule, line, message };
}

/** A call a DSL reader does not know (`queryRunner.reshape(…)`): a notice on its line, never silence. */
export const unknownCallHit = (line: number, call: string): Hit =>
  hit('not-analysed', line, `\`${call}\` is not a call rollback-ready reads, so what it does to the schema was not judged: review it by hand.`);

export const parseErrorHit = (line: number, lang: string): Hit =>
  hit('parse-error', line, `The ${lang} code has a syntax error near this line; the rest of the file was read as far as possible.`);

function hitKey(h: Hit): string {
  return `${h.rule}\u0000${h.line}\u0000${h.message}`;
}

function inexactRanges(pieces: DslPiece[]): Array<[number, number]> {
  return pieces.filter((p) => p.inexact).map((p) => [p.line, p.line + p.sql.split('\n').length - 1] as [number, number]);
}

/**
 * Lint a translation's SQL with the shared engine and fold the result into a MigrationAnalysis.
 * Never throws: if the SQL engine fails, the DSL-level hits still stand.
 */
export async function finishAnalysis(framework: FrameworkId, t: DslTranslation, dialect?: DialectSource, history?: SqlHistory): Promise<MigrationAnalysis> {
  const hits: Hit[] = [...t.hits];
  let changesData = t.changesData;
  let down = t.downStatus;
  let foreign: DialectSource | undefined;
  const up = await Promise.all(t.up.map((p) => readTemplated(p, hits, (p.dialect ?? dialect)?.dialect)));
  // The file's own SQL first, then SQL written for another database, each read in its dialect (it
  // runs on another database: what one creates is not new to the other).
  for (const group of byDialect(up, dialect)) {
    try {
      const res = await lintSql(group.pieces.map(stripPiece), {
        transactional: t.transactional,
        ...(group.dialect ? { dialect: group.dialect } : {}),
        ...(t.knownTypes && group.own ? { columnTypes: t.knownTypes } : {}),
        ...(t.knownNullable && group.own ? { columnNullable: t.knownNullable } : {}),
      });
      if (res.dialect && group.own) foreign = res.dialect;
      const loose = inexactRanges(group.pieces);
      // A type change the translation could not judge alone is looked up in the folder's earlier migrations.
      const groupDialect = res.dialect ?? group.dialect;
      let settled = history ? await settleColumnChanges(res.columnChanges, res.hits, history, groupDialect) : res.hits;
      if (group.own && t.downSql?.length && down === 'present') {
        const downSql = { pieces: t.downSql.map(stripPiece), name: t.downName ?? 'the down', inFile: true, ...(t.downDerived ? { derived: true } : {}) };
        settled = await judgeDown(group.pieces.map(stripPiece), settled, downSql, groupDialect?.dialect);
      }
      for (const h of settled) {
        // A string we rebuilt around `#{…}` placeholders may not parse: that is not the user's error.
        if (h.rule === 'parse-error' && loose.some(([a, b]) => h.line >= a && h.line <= b)) continue;
        hits.push(h);
      }
      changesData ||= res.changesData;
    } catch (e) {
      // The SQL engine failed: keep the DSL findings and say the SQL was not checked.
      hits.push(hit('parse-error', group.pieces[0]!.line, `The migration's SQL could not be checked: ${(e as Error).message}`));
    }
  }
  if (down === 'present' && t.downOnlySql && t.down.length) {
    try {
      const res = await lintSql(t.down.map(stripPiece), { transactional: t.transactional });
      if (res.empty) {
        down = 'empty';
        hits.push(
          hit('empty-down-migration', t.downLine ?? t.down[0]!.line, 'The down migration runs SQL that does nothing: the migration cannot be rolled back.'),
        );
      }
    } catch {
      // ignore
    }
  }
  const seen = new Set<string>();
  const unique = hits.filter((h) => {
    const k = hitKey(h);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  unique.sort((a, b) => a.line - b.line);
  const analysis: MigrationAnalysis = { framework, role: 'up', down, hits: unique };
  if (t.postDeploy) analysis.postDeploy = true;
  if (foreign) analysis.dialect = foreign;
  if (changesData) analysis.changesData = true;
  return analysis;
}

/**
 * A JS raw-SQL call's piece with bind placeholders or `${…}` parts (`call` set): its placeholders
 * read as values where that makes it parse (opencollective-api's `VALUES (…, :data)`, Unleash's
 * `VALUES (?, ?)`); SQL that still does not parse gets a `not-analysed` notice on the call (pushed
 * to `hits`), and its parse error is the notice's, not repeated (the piece is marked inexact).
 */
async function readTemplated(p: DslPiece, hits: Hit[], dialect: string | undefined): Promise<DslPiece> {
  if (!p.call || !(p.binds || p.inexact)) return p;
  let read;
  try {
    read = await fillBinds(p.sql, p.binds === true);
  } catch {
    return p;
  }
  if (!read.error) return { ...p, sql: read.sql };
  // Written for another database, or showing its marks: read in that dialect, whose reading says
  // what it cannot read (a parse error there is the placeholder's), not this notice.
  if (read.foreign || (dialect && dialect !== 'postgres')) return { ...p, inexact: true };
  hits.push(
    unreadTemplateHit(
      p.call.label,
      p.call.line,
      { binds: read.filled === true, interpolated: p.inexact === true },
      read.error,
      p.line + read.error.lineOffset,
      p.call.lang,
    ),
  );
  return { ...p, sql: read.sql, inexact: true };
}

/**
 * A translation's up pieces by the dialect they are written for: the file's own (`own`, in
 * the file's dialect), then one group per other dialect a piece names, each in file order.
 */
function byDialect(up: DslPiece[], dialect: DialectSource | undefined): { own: boolean; dialect?: DialectSource; pieces: DslPiece[] }[] {
  const own = up.filter((p) => !p.dialect);
  const groups: { own: boolean; dialect?: DialectSource; pieces: DslPiece[] }[] = own.length
    ? [{ own: true, ...(dialect ? { dialect } : {}), pieces: own }]
    : [];
  for (const p of up) {
    if (!p.dialect) continue;
    const group = groups.find((g) => !g.own && g.dialect!.dialect === p.dialect!.dialect);
    if (group) group.pieces.push(p);
    else groups.push({ own: false, dialect: p.dialect, pieces: [p] });
  }
  return groups;
}

function stripPiece(p: DslPiece): SqlPiece {
  const out: SqlPiece = { sql: p.sql, line: p.line };
  if (p.synthetic) out.synthetic = true;
  if (p.unit !== undefined) out.unit = p.unit;
  return out;
}

/**
 * How a DSL framework's earlier migrations are read for a column's old type: which files of the
 * folder are migrations, and each one's up translated into SQL (Rails `change_column :users,
 * :name, :string, null: false` restates the type of `t.string :name`: no type change).
 */
export interface DslHistory {
  /** A module-level function (the listing is filtered by it once per run). */
  isMigration(name: string): boolean;
  /** An earlier migration's translation (`input`: the migration being analysed, of the same app). */
  translate(content: string, path: string, input: MigrationInput): Promise<DslTranslation>;
  /** The listing in run order, where the names do not give it (Alembic): see SqlHistory.order. */
  order?(names: readonly string[], dir: string, input: MigrationInput): Promise<readonly string[]>;
  /** Tells apart translations of one content that differ by the app (Laravel's version, Alembic's database). */
  variant?(input: MigrationInput): Promise<string>;
}

/** Translations of earlier migrations by content: every later type change reads the same few files. */
const translated = new Map<string, Promise<SqlPiece[]>>();
const TRANSLATED_LIMIT = 2_000;

function translatedUp(history: DslHistory, input: MigrationInput): (content: string, path: string) => Promise<SqlPiece[]> {
  return async (content, path) => {
    const variant = history.variant ? await history.variant(input) : '';
    const key = variant ? `${variant}\u0000${content}` : content;
    let found = translated.get(key);
    if (!found) {
      found = history.translate(content, path, input).then(
        (t) => t.up.map(stripPiece),
        () => [],
      );
      if (translated.size >= TRANSLATED_LIMIT) translated.delete(translated.keys().next().value as string);
      translated.set(key, found);
    }
    return found;
  };
}

/** Analysis for input we could not read at all. */
export function failedAnalysis(framework: FrameworkId, down: DownStatus, message: string): MigrationAnalysis {
  return { framework, role: 'up', down, hits: [hit('parse-error', 1, message)] };
}

/** The analysis of a migration file whose code could not be read at all (a `parse-error` notice). */
/**
 * A DSL framework: its translation into SQL pieces, analysed; a file that cannot be read is said so
 * (`what`: how findings name it, "Rails migration"), never a throw.
 */
export function dslFramework(
  meta: FrameworkMeta,
  what: string,
  translate: (input: MigrationInput) => Promise<DslTranslation>,
  unreadableDown: DownStatus = 'missing',
  history?: DslHistory,
): Framework {
  return {
    ...meta,
    async analyse(input) {
      try {
        const order = history?.order;
        const sqlHistory = history
          ? {
              input,
              isMigration: history.isMigration,
              upPieces: translatedUp(history, input),
              ...(order ? { order: (names: readonly string[], dir: string) => order(names, dir, input) } : {}),
            }
          : undefined;
        return await finishAnalysis(meta.id, await translate(input), input.dialect ?? dialectOfPath(input.path), sqlHistory);
      } catch (e) {
        return unreadable(meta.id, what, e, unreadableDown);
      }
    },
  };
}

export function unreadable(framework: FrameworkId, what: string, error: unknown, down: DownStatus = 'missing'): MigrationAnalysis {
  const message = error instanceof Error ? error.message : String(error);
  return { framework, role: 'up', down, hits: [hit('parse-error', 1, `The ${what} could not be read: ${message}`)] };
}
