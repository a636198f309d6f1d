import type { ColumnDef, TypeName } from 'libpg-query';
import type { Hit } from '../../types';
import { hit, isExisting, type PendingTypeChange, type SqlContext } from '../context';
import { swapHow, type ColumnSwap } from '../column-swap';
import { enumSpelling, lastPart, nameOf, relKey, relLabel, quote, typeBaseName, typeLabel, typeMods } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';
import { UNKNOWN_TYPE_WHY } from './restated';

/**
 * Target types of the usual widenings (`varchar(n) → text`, `varchar(n) → varchar(m > n)`,
 * `numeric(p,s) → numeric(p2 > p,s)`): Postgres changes them without a rewrite and old code keeps
 * working. Without the old type such a change is a warning, not an error: the up is safe if it
 * widens, but the down narrows the column back.
 */
const WIDENING_TARGETS = new Set(['text', 'varchar', 'numeric', 'citext', 'mediumtext', 'longtext']);

function isWideningTarget(def: ColumnDef | undefined): boolean {
  if (!def || def.raw_default) return false; // USING expr: a real conversion
  return WIDENING_TARGETS.has(typeBaseName(def.typeName));
}

/**
 * `ALTER TYPE e RENAME VALUE 'a' TO 'b'` changes what every column of the enum accepts: old code
 * (still running, or back after a rollback) that sends 'a' is rejected, like a type change's.
 */
const enumValueRenamed: SqlCheck = (stmt, ctx) => {
  if (!('AlterEnumStmt' in stmt)) return [];
  const s = stmt.AlterEnumStmt;
  if (s.oldVal === undefined || s.newVal === undefined) return [];
  const type = (s.typeName ?? []).map(nameOf).join('.');
  if (ctx.createdTypes.has(lastPart(type))) return [];
  return [
    hit(
      'change-column-type',
      ctx,
      `Renaming value '${s.oldVal}' of enum ${quote(type)} to '${s.newVal}' changes what every column of that type accepts: the old code (still running, or back after a rollback) that sends '${s.oldVal}' fails, and the rows hold the new spelling. ` +
        `Add '${s.newVal}' instead (ALTER TYPE … ADD VALUE), move the code and the rows over, and keep '${s.oldVal}'.`,
    ),
  ];
};

export const changeColumnType: SqlCheck = (stmt, ctx) => {
  if ('AlterEnumStmt' in stmt) return enumValueRenamed(stmt, ctx);
  if ('RenameStmt' in stmt) return swapped(ctx.swaps.completedBy(stmt), relLabel(stmt.RenameStmt.relation), ctx);
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (cmd.subtype !== 'AT_AlterColumnType' || !isExisting(ctx, relKey(table))) continue;
    const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
    const column = cmd.name ?? '?';
    const key = `${relKey(table)}.${column}`;
    const label = relLabel(table);
    // What this file already set the column to (ADD COLUMN or an earlier TYPE change) is its old type
    // (unless the tolerant reading could not read it: then it is as unknown as one from elsewhere).
    if (ctx.columnTypes.get(key) !== undefined) {
      const before = ctx.columnTypes.get(key);
      ctx.columnTypes.set(key, def?.typeName);
      if (widens(before, def?.typeName, ctx.dialect) || relabels(before, def?.typeName, ctx.utcSession, ctx.dialect)) continue;
      const message = holdsAll(before, def?.typeName, ctx.dialect)
        ? rewriteMessage(column, label, typeLabel(def?.typeName), typeLabel(before), timeZoneSensitive(before, def?.typeName))
        : changeTypeMessage(column, label, typeLabel(def?.typeName), typeLabel(before), undefined, newEnumValues(ctx, def?.typeName));
      hits.push(hit('change-column-type', ctx, message));
      continue;
    }
    ctx.columnTypes.set(key, def?.typeName);
    // A type this file creates (chef/chef-server's enum swap: `ALTER TYPE t RENAME TO old_t`,
    // `CREATE TYPE t AS ENUM (…)`, `ALTER COLUMN c TYPE t`) is one no earlier migration's column
    // had, whatever its name: a type change, never settled as "the same type" by the look back.
    if (def?.typeName && ctx.createdTypes.has(typeBaseName(def.typeName))) {
      hits.push(
        hit('change-column-type', ctx, changeTypeMessage(column, label, typeLabel(def.typeName), undefined, undefined, newEnumValues(ctx, def.typeName))),
      );
      continue;
    }
    const provisional: Hit = isWideningTarget(def)
      ? { ...hit('change-column-type', ctx, unknownWideningMessage(column, label, typeLabel(def?.typeName))), severity: 'warning' }
      : hit('change-column-type', ctx, changeTypeMessage(column, label, typeLabel(def?.typeName)));
    // Looked up in the earlier migrations under the names it had before this file renamed it.
    const pending: PendingTypeChange = {
      kind: 'type',
      ...(ctx.dialect ? { dialect: ctx.dialect } : {}),
      table: ctx.origins.get(relKey(table)) ?? relKey(table),
      tableLabel: label,
      column: ctx.origins.get(key) ?? column,
      columnLabel: column,
      type: def?.typeName,
      line: ctx.line,
      ...(ctx.utcSession ? { utc: true } : {}),
      hit: provisional,
    };
    ctx.columnChanges.push(pending);
    hits.push(provisional);
  }
  return hits;
};

/**
 * A column swap (src/core/sql/column-swap.ts) completed by this RENAME COLUMN: the drop of the old
 * column is withdrawn (its values were copied), and the swap is judged as a type change of the column
 * from the type it had (in this file, else looked up in the earlier migrations) to the copy's.
 */
function swapped(swap: ColumnSwap | undefined, label: string, ctx: SqlContext): Hit[] {
  const key = swap ? `${swap.table}.${swap.column}` : '';
  const dropped = ctx.columnDrops.get(key);
  // Not a swap, or one of a column this file added (no old code reads it, no old values).
  if (!swap || !dropped) return [];
  ctx.withdrawn.add(dropped.hit);
  const how = swapHow(swap);
  if (dropped.type !== undefined) {
    const settled = judgeSwap(
      swap.column,
      label,
      dropped.type,
      typeLabel(dropped.type),
      swap.type,
      { how, converts: swap.converts },
      ctx.line,
      ctx.dialect,
      ctx.utcSession,
    );
    return settled ? [settled] : [];
  }
  const to = typeLabel(swap.type);
  const provisional: Hit =
    !swap.converts && WIDENING_TARGETS.has(typeBaseName(swap.type))
      ? { ...hit('change-column-type', ctx, unknownWideningMessage(swap.column, label, to, undefined, how)), severity: 'warning' }
      : hit('change-column-type', ctx, changeTypeMessage(swap.column, label, to, undefined, how));
  ctx.columnChanges.push({
    kind: 'type',
    ...(ctx.dialect ? { dialect: ctx.dialect } : {}),
    table: ctx.origins.get(swap.table) ?? swap.table,
    tableLabel: label,
    column: dropped.origin,
    columnLabel: swap.column,
    type: swap.type,
    line: ctx.line,
    ...(ctx.utcSession ? { utc: true } : {}),
    hit: provisional,
    swap: { how, converts: swap.converts },
  });
  return [provisional];
}

/**
 * A swap whose old type is known (`from`: how messages name it), judged as ALTER COLUMN … TYPE is: a
 * widening is no finding (unless the copy converted the values: they are rewritten, which is a data
 * change), a type that holds every old value a warning (nothing breaks, but the down narrows it back),
 * anything else an error.
 */
function judgeSwap(
  column: string,
  label: string,
  before: TypeName | undefined,
  from: string,
  after: TypeName | undefined,
  swap: { how: string; converts: boolean },
  line: number,
  dialect: string | undefined,
  utc: boolean,
): Hit | undefined {
  const to = typeLabel(after);
  if (widens(before, after, dialect) || relabels(before, after, utc, dialect)) {
    if (!swap.converts) return undefined;
    return {
      rule: 'data-backfill',
      line,
      message:
        `Rewriting the values of column ${quote(column)} of ${label}${swap.how}: the copy converts every value and the old column is dropped, so a rollback does not restore the old values. ` +
        'Keep data changes out of schema migrations: run them as a separate, idempotent, batched job, and note in the rollback plan how to undo them.',
    };
  }
  if (holdsAll(before, after, dialect))
    return {
      rule: 'change-column-type',
      line,
      severity: 'warning',
      message:
        `Changing column ${quote(column)} of ${label} from ${from} to ${to}${swap.how} keeps every value the old code writes, but the copy rewrites every row in one transaction, ` +
        `and a down that swaps it back fails once values ${typeLabel(before)} cannot hold were written. For a large table, fill the new column in batches, and make the down deal with those values.`,
    };
  return { rule: 'change-column-type', line, message: changeTypeMessage(column, label, to, from, swap.how) };
}

/** The values of the enum `type` when the file creates it (not an array of it), else undefined. */
function newEnumValues(ctx: SqlContext, type: TypeName | undefined): string[] | undefined {
  if (!type || type.arrayBounds?.length) return undefined;
  return ctx.createdTypes.get(typeBaseName(type));
}

/**
 * The finding's message; `from` when the old type is known (from the file or earlier migrations);
 * `how` when a swap made the change (see `swapHow`); `enumValues` when the new type is an enum the
 * same file creates (Prisma's way of removing enum values: create `E_new`, move the columns to it,
 * rename it into place, drop the old type).
 */
export function changeTypeMessage(column: string, tableLabel: string, to: string, from?: string, how?: string, enumValues?: string[]): string {
  if (enumValues && !how)
    return (
      `Changing column ${quote(column)} of ${tableLabel}${from ? ` from ${from}` : ''} to ${to}, an enum this migration creates (${enumValues.map((v) => `'${v}'`).join(', ')}; re-creating an enum is how values are removed or renamed): ` +
      `the cast fails while any row holds a value it lacks, the table is rewritten under an exclusive lock, and the old code (still running, or back after a rollback) that writes a removed value fails. ` +
      'Stop writing the values and move the rows off them first; remove them in a later release.'
    );
  if (how)
    return (
      `Changing column ${quote(column)} of ${tableLabel}${from ? ` from ${from}` : ''} to ${to}${how}: the old code (still running, or back after a rollback) reads and writes ${quote(column)} as ${to} ` +
      `and may send values ${to} rejects, and only a down that swaps it back, converting every value, restores the old type. ` +
      'Keep the old column instead: add the new one under its own name, write to both, backfill in batches, switch reads, then drop the old column in a later release.'
    );
  return (
    `Changing column ${quote(column)} of ${tableLabel}${from ? ` from ${from}` : ''} to ${to} rewrites the table under an exclusive lock, ` +
    'and the old code (still running, or back after a rollback) may send values the new type rejects. ' +
    'Add a column of the new type, write to both, backfill, switch reads, then drop the old column in a later release.'
  );
}

/** A change to a widening type whose old type could not be found (`how`: made by a swap). */
export function unknownWideningMessage(column: string, tableLabel: string, to: string, why = UNKNOWN_TYPE_WHY, how = ''): string {
  return (
    `Changing column ${quote(column)} of ${tableLabel} to ${to}${how}: ${why}, so this may or may not be a widening. ` +
    'A widening (varchar(n) → text, more numeric precision) is safe going forward, but the down migration narrows the column back, ' +
    'which fails or truncates once longer or wider values were written. Check the old type, and make sure the down can hold what the up lets in.'
  );
}

/**
 * An up's change to a type that holds more, whose down changes the column back to one that holds
 * less (`down`: where, e.g. `000002_b.down.sql, line 1`).
 */
export function downNarrowsMessage(column: string, tableLabel: string, to: string, back: string, down: string, dialect?: string): string {
  const fails = dialect === 'mysql' ? 'rolling back fails on them (or, outside strict mode, cuts them)' : 'rolling back fails on them';
  return (
    `Changing column ${quote(column)} of ${tableLabel} to ${to} is safe going forward, but the down migration (${down}) changes it back to ${back}, which holds less: ` +
    `once values ${back} cannot hold are written, ${fails}. ` +
    `Make the down deal with those values first, or leave the column at ${to} in the down (the old code reads it fine).`
  );
}

/**
 * A pending type change settled against the column's old type, found in an earlier migration
 * (`where`: the file that set it): undefined when the change is the same type or a widening (no
 * finding), else the error naming the old type.
 */
export function settleTypeChange(change: PendingTypeChange, before: TypeName | undefined, where: string): Hit | undefined {
  if (change.swap)
    return judgeSwap(
      change.columnLabel,
      change.tableLabel,
      before,
      `${typeLabel(before)} (${where})`,
      change.type,
      change.swap,
      change.line,
      change.dialect,
      change.utc === true,
    );
  if (widens(before, change.type, change.dialect) || relabels(before, change.type, change.utc === true, change.dialect)) return undefined;
  const from = `${typeLabel(before)} (${where})`;
  const to = typeLabel(change.type);
  return {
    rule: 'change-column-type',
    line: change.line,
    message: holdsAll(before, change.type, change.dialect)
      ? rewriteMessage(change.columnLabel, change.tableLabel, to, from, timeZoneSensitive(before, change.type))
      : changeTypeMessage(change.columnLabel, change.tableLabel, to, from),
  };
}

// Maps, not objects: a column's type may be named anything (`constructor`, `toString`).
const INTEGER_RANK: ReadonlyMap<string, number> = new Map([
  ['int2', 1],
  ['int4', 2],
  ['int8', 3],
]);
const fractionalDigits = (t: TypeName | undefined): number => typeMods(t)?.[0] ?? 6;

/** timestamp ↔ timestamptz (as many fractional digits or more): the values read alike, stored as they were. */
function timeZoneSensitive(from: TypeName | undefined, to: TypeName | undefined): boolean {
  const [a, b] = [typeBaseName(from), typeBaseName(to)];
  return ((a === 'timestamp' && b === 'timestamptz') || (a === 'timestamptz' && b === 'timestamp')) && fractionalDigits(to) >= fractionalDigits(from);
}

/**
 * Postgres 12+ changes timestamp ↔ timestamptz without rewriting the table when the session's time
 * zone is UTC ("Allow ALTER TABLE … SET DATA TYPE changing between timestamp and timestamptz to
 * avoid a table rewrite when the session time zone is UTC", the 12.0 release notes): no finding.
 */
function relabels(from: TypeName | undefined, to: TypeName | undefined, utc: boolean, dialect: string | undefined): boolean {
  return utc && !dialect && timeZoneSensitive(from, to);
}

/**
 * A change Postgres makes by rewriting the table, after which every value the old code writes
 * still fits: a wider integer (int4 → int8), an integer to unbounded numeric, real to double
 * precision, date to a timestamp, timestamp ↔ timestamptz. On Postgres only: MySQL's are read as
 * they are today.
 */
export function holdsAll(from: TypeName | undefined, to: TypeName | undefined, dialect: string | undefined): boolean {
  if (dialect || (from?.arrayBounds?.length ?? 0) !== (to?.arrayBounds?.length ?? 0)) return false;
  const [a, b] = [storedBase(from), storedBase(to)];
  const [ra, rb] = [INTEGER_RANK.get(a), INTEGER_RANK.get(b)];
  if (ra && rb) return rb > ra;
  if (ra && b === 'numeric') return !typeMods(to);
  if (a === 'float4' && b === 'float8') return true;
  if (a === 'date' && (b === 'timestamp' || b === 'timestamptz')) return true;
  return timeZoneSensitive(from, to);
}

/** The message of a change that holds every old value but rewrites the table (see `holdsAll`); `utcHint`: timestamp ↔ timestamptz. */
export function rewriteMessage(column: string, tableLabel: string, to: string, from: string, utcHint: boolean): string {
  return (
    `Changing column ${quote(column)} of ${tableLabel} from ${from} to ${to} keeps every value the old code writes, but rewrites the table under an exclusive lock that blocks reads and writes until it is done` +
    (utcHint
      ? " (with the session's time zone set to UTC first, `SET timezone = 'UTC'`, Postgres 12 and later change it without a rewrite). "
      : '. A down migration that changes it back fails once values the old type cannot hold were written. ') +
    'For a large table, add a column of the new type, write to both, backfill in batches, switch reads, then drop the old column in a later release.'
  );
}

/**
 * The type a column of `serial`, `bigserial`… holds: Postgres makes those an integer column with a
 * sequence default (and a DSL's `bigIncrements` is MySQL's BIGINT AUTO_INCREMENT): `bigserial` →
 * `bigint` changes no type.
 */
const SERIAL_STORED: ReadonlyMap<string, string> = new Map([
  ['smallserial', 'int2'],
  ['serial2', 'int2'],
  ['serial', 'int4'],
  ['serial4', 'int4'],
  ['bigserial', 'int8'],
  ['serial8', 'int8'],
]);
const storedBase = (t: TypeName | undefined): string => {
  const base = typeBaseName(t);
  return SERIAL_STORED.get(base) ?? base;
};

/**
 * The type affinity SQLite gives a declared type (https://www.sqlite.org/datatype3.html, 3.1): what
 * it stores. It ignores lengths and the name's other words: `char(36)` and `varchar(36)` are both
 * TEXT, `integer` and `bigint` both INTEGER, so a change between them stores every value as it was
 * (ory/kratos' 20250505150900000000_code_address_type.sqlite.up.sql swaps char(36) for varchar(36)).
 * Read from the parser's name (`int8`, `bpchar`, `float8`), which keeps the words the rules look for.
 */
export function sqliteAffinity(t: TypeName | undefined): 'INTEGER' | 'TEXT' | 'BLOB' | 'REAL' | 'NUMERIC' {
  const name = typeBaseName(t).toUpperCase();
  if (name.includes('INT')) return 'INTEGER';
  if (name.includes('CHAR') || name.includes('CLOB') || name.includes('TEXT')) return 'TEXT';
  if (name.includes('BLOB') || name === '') return 'BLOB';
  if (name.includes('REAL') || name.includes('FLOA') || name.includes('DOUB')) return 'REAL';
  return 'NUMERIC';
}

/** Two spellings of one type (`int4`/`integer`, `varchar`/`character varying`, `bigserial`/`bigint`) read alike. */
function sameType(a: TypeName | undefined, b: TypeName | undefined): boolean {
  const [ea, eb] = [enumSpelling(a), enumSpelling(b)];
  if (ea !== undefined || eb !== undefined) return (ea ?? typeBaseName(a)).toLowerCase() === (eb ?? typeBaseName(b)).toLowerCase();
  return (
    storedBase(a) === storedBase(b) &&
    JSON.stringify(typeMods(a)) === JSON.stringify(typeMods(b)) &&
    (a?.arrayBounds?.length ?? 0) === (b?.arrayBounds?.length ?? 0)
  );
}

/**
 * What a text type holds (characters, or MySQL's byte limits for its TEXT types); Infinity when
 * unbounded; undefined for a type that is not text. MySQL's TEXT holds 64 KiB, Postgres's any length.
 */
function textCapacity(base: string, mods: number[] | undefined, dialect: string | undefined): number | undefined {
  // A varchar without a length comes from a DSL (Rails' and Laravel's `string`): 255 on MySQL, where it must have one.
  if (base === 'varchar') return mods?.[0] ?? (dialect === 'mysql' ? 255 : Infinity);
  if (base === 'citext') return Infinity;
  if (base === 'text') return dialect === 'mysql' ? 0xffff : Infinity;
  return MYSQL_TEXTS.get(base);
}
const MYSQL_TEXTS: ReadonlyMap<string, number> = new Map([
  ['tinytext', 0xff],
  ['mediumtext', 0xffffff],
  ['longtext', 0xffffffff],
]);
/** MySQL's byte strings by the bytes they hold: BLOB → MEDIUMBLOB (temporalio/temporal's `blob_size.sql`) is a widening. */
const MYSQL_BLOBS: ReadonlyMap<string, number> = new Map([
  ['tinyblob', 0xff],
  ['blob', 0xffff],
  ['mediumblob', 0xffffff],
  ['longblob', 0xffffffff],
]);

/** Date and time types whose modifier is the fractional seconds kept. */
export const TEMPORAL = new Set(['timestamp', 'timestamptz', 'time', 'timetz', 'datetime']);

/** A MySQL `enum('a','b')` or `set(…)` type (named by its spelling): which of the two, and its values; else undefined. */
function enumValues(base: string): { kind: string; values: string[] } | undefined {
  const m = /^(enum|set)\((.*)\)$/s.exec(base);
  return m ? { kind: m[1]!, values: m[2]!.match(/'(?:[^']|'')*'/g) ?? [] } : undefined;
}

/**
 * Whether changing a column from `from` to `to` is a widening the database does without a rewrite
 * (on Postgres) and old code reads fine: to a text type that holds at least as much (varchar(n) →
 * text, varchar, longer varchar or citext; text → citext; MySQL's TEXT → MEDIUMTEXT → LONGTEXT, and
 * BLOB → MEDIUMBLOB → LONGBLOB);
 * numeric(p,s) → numeric or numeric(p2 ≥ p, s); more fractional seconds (`timestamp(3)` →
 * `timestamp(6)`; without a precision Postgres keeps 6 digits, MySQL none); a MySQL enum or set
 * with values added at the end. The same type is no change at all, and on SQLite any type of the
 * same affinity (`sqliteAffinity`).
 */
export function widens(from: TypeName | undefined, to: TypeName | undefined, dialect?: string): boolean {
  if (sameType(from, to)) return true;
  if (dialect === 'sqlite' && from && to) return sqliteAffinity(from) === sqliteAffinity(to);
  const a = typeBaseName(from);
  const b = typeBaseName(to);
  const am = typeMods(from);
  const bm = typeMods(to);
  if ((from?.arrayBounds?.length ?? 0) !== (to?.arrayBounds?.length ?? 0)) return false;
  const [ac, bc] = [textCapacity(a, am, dialect), textCapacity(b, bm, dialect)];
  if (ac !== undefined && bc !== undefined) return bc >= ac; // text → varchar(n), or a shorter one: a narrowing
  const [ab, bb] = [MYSQL_BLOBS.get(a), MYSQL_BLOBS.get(b)];
  if (ab !== undefined && bb !== undefined) return bb >= ab;
  if (a === 'numeric' && b === 'numeric') {
    if (!bm) return true;
    if (!am) return false; // unbounded → bounded
    return (bm[1] ?? 0) === (am[1] ?? 0) && (bm[0] ?? 0) >= (am[0] ?? 0);
  }
  if (TEMPORAL.has(a) && a === b) {
    const digits = dialect === 'mysql' ? 0 : 6;
    return (bm?.[0] ?? digits) >= (am?.[0] ?? digits);
  }
  const [ae, be] = [enumValues(enumSpelling(from) ?? a), enumValues(enumSpelling(to) ?? b)];
  if (ae && be && ae.kind === be.kind) return be.values.length >= ae.values.length && ae.values.every((v, i) => be.values[i] === v);
  return false;
}
