// After the checks have seen a statement: what it tells later statements, and what kind it is.
import type { ColumnDef, InsertStmt, Node, UpdateStmt } from 'libpg-query';
import type { Hit } from '../types';
import { getRule } from '../rules/index';
import type { SqlContext } from './context';
import { calledFunctions, cteQueries, insertSelect, lastPart, nameOf, readsTable, relKey } from './ast';
import { alterTableCmds } from './checks/types';
import { definedNotNull, isNotNull, hasDefault, hasRealDefault, isNullConstant } from './checks/column-traits';
import { trackSwaps } from './swaps';
import { notNullTestColumn } from './column-history';

export interface StatementFacts {
  /** Does nothing a rollback would care about (SELECT 1, SET, BEGIN/COMMIT). */
  noop: boolean;
  /** Only adds schema (or touches only tables created in this file). */
  additive: boolean;
  /** Changes rows of existing tables. */
  changesData: boolean;
}

const ADDITIVE_STATEMENTS = new Set([
  'CreateStmt',
  'CreateTableAsStmt',
  'IndexStmt',
  'CreateSeqStmt',
  'ViewStmt',
  'CreateEnumStmt',
  'CompositeTypeStmt',
  'CreateRangeStmt',
  'CreateFunctionStmt',
  'CreateExtensionStmt',
  'CreateSchemaStmt',
  'CreateTrigStmt',
  'CreateDomainStmt',
  'CreatePolicyStmt',
  'DefineStmt',
  'CommentStmt',
  'GrantStmt',
  'VariableSetStmt',
  'TransactionStmt',
]);

const ADDITIVE_ALTER_CMDS = new Set(['AT_AddConstraint', 'AT_ValidateConstraint', 'AT_AddIndex', 'AT_ColumnDefault']);

/** Hits of these categories make a statement more than additive. */
const NON_ADDITIVE_CATEGORIES = new Set(['destructive', 'incompatible', 'data']);

export function isNoop(stmt: Node): boolean {
  if ('TransactionStmt' in stmt || 'VariableSetStmt' in stmt) return true;
  if ('SelectStmt' in stmt) {
    const s = stmt.SelectStmt;
    return !s.fromClause && !s.intoClause && !s.valuesLists && calledFunctions(s).length === 0 && !s.larg;
  }
  return false;
}

function isAdditive(stmt: Node, ctx: SqlContext): boolean {
  const kind = Object.keys(stmt)[0] ?? '';
  if (ADDITIVE_STATEMENTS.has(kind) || isNoop(stmt)) return true;
  if ('InsertStmt' in stmt) return !readsTable(stmt.InsertStmt.selectStmt);
  if ('AlterTableStmt' in stmt) {
    const cmds = alterTableCmds(stmt);
    if (cmds.length === 0) return false;
    return cmds.every(({ table, cmd }) => {
      if (ctx.createdTables.has(relKey(table))) return true;
      if (cmd.subtype === 'AT_AddColumn') {
        const col = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
        return !!col && (!isNotNull(col) || hasDefault(col));
      }
      return ADDITIVE_ALTER_CMDS.has(cmd.subtype ?? '');
    });
  }
  if ('RenameStmt' in stmt) return !!stmt.RenameStmt.relation && ctx.createdTables.has(relKey(stmt.RenameStmt.relation));
  return false;
}

function changesData(stmt: Node): boolean {
  // A data-modifying CTE runs whatever the main statement is (`WITH d AS (DELETE …) SELECT …`).
  if (cteQueries(stmt).some(changesData)) return true;
  if ('UpdateStmt' in stmt || 'DeleteStmt' in stmt || 'TruncateStmt' in stmt || 'MergeStmt' in stmt) return true;
  if ('InsertStmt' in stmt) return readsTable(stmt.InsertStmt.selectStmt);
  if ('CopyStmt' in stmt) return stmt.CopyStmt.is_from === true;
  return false;
}

/** Zones whose offset from UTC is always zero, as `SET timezone` names them. */
const UTC_ZONES = new Set(['utc', 'etc/utc', 'gmt', 'etc/gmt', 'z', 'zulu', 'universal', 'etc/universal', 'uct', 'etc/uct']);

/** `SET [LOCAL] timezone = 'UTC'` / `SET TIME ZONE 'UTC'`: true; another zone or a reset: false; else undefined. */
function setsUtc(stmt: Node): boolean | undefined {
  if (!('VariableSetStmt' in stmt)) return undefined;
  const s = stmt.VariableSetStmt;
  if (s.kind === 'VAR_RESET_ALL') return false;
  if (s.name?.toLowerCase() !== 'timezone') return undefined;
  if (s.kind !== 'VAR_SET_VALUE') return false;
  const arg = s.args?.[0];
  // `SET TIME ZONE 0` (an offset in hours): the parser leaves a zero `ival` empty.
  const value = arg && 'A_Const' in arg ? (arg.A_Const.sval?.sval ?? (arg.A_Const.ival ? String(arg.A_Const.ival.ival ?? 0) : '')) : '';
  return UTC_ZONES.has(value.toLowerCase()) || value === '0';
}

function setsLockTimeout(stmt: Node): boolean | undefined {
  if ('VariableSetStmt' in stmt) {
    const s = stmt.VariableSetStmt;
    if (s.kind === 'VAR_RESET_ALL') return false;
    if (s.name !== 'lock_timeout') return undefined;
    if (s.kind !== 'VAR_SET_VALUE') return false;
    const arg = s.args?.[0];
    const value = arg && 'A_Const' in arg ? (arg.A_Const.sval?.sval ?? String(arg.A_Const.ival?.ival ?? 0)) : '';
    return value !== '0';
  }
  if ('SelectStmt' in stmt) {
    for (const t of stmt.SelectStmt.targetList ?? []) {
      const val = 'ResTarget' in t ? t.ResTarget.val : undefined;
      if (!val || !('FuncCall' in val)) continue;
      const fn = (val.FuncCall.funcname ?? []).map(nameOf).join('.');
      const first = val.FuncCall.args?.[0];
      if (lastPart(fn) === 'set_config' && first && 'A_Const' in first && first.A_Const.sval?.sval === 'lock_timeout') return true;
    }
  }
  return undefined;
}

/**
 * Columns this file gives a type or a nullability: a later TYPE change, SET or DROP NOT NULL on
 * them is judged against it.
 */
function trackColumns(stmt: Node, ctx: SqlContext): void {
  for (const { table, cmd } of alterTableCmds(stmt)) {
    const key = (column: string) => `${relKey(table)}.${column}`;
    if (cmd.subtype === 'AT_AddColumn' && cmd.def && 'ColumnDef' in cmd.def && cmd.def.ColumnDef.colname) {
      ctx.columnTypes.set(key(cmd.def.ColumnDef.colname), cmd.def.ColumnDef.typeName);
      ctx.columnNullable.set(key(cmd.def.ColumnDef.colname), !definedNotNull(cmd.def.ColumnDef));
      // Not under IF NOT EXISTS: the column may be an old one, with its values.
      const added = key(cmd.def.ColumnDef.colname);
      if (!cmd.missing_ok) ctx.addedColumns.add(added);
      else ctx.addedColumns.delete(added);
      // A default fills the rows already there (Postgres 11+ without a rewrite, for a non-volatile one).
      const filled = !cmd.missing_ok && hasRealDefault(cmd.def.ColumnDef);
      for (const set of [ctx.addedDefaults, ctx.addedFilled]) {
        if (filled) set.add(added);
        else set.delete(added);
      }
      ctx.addedPartlyFilled.delete(added);
    } else if (cmd.subtype === 'AT_ColumnDefault' && cmd.name) {
      if (cmd.def && !isNullConstant(cmd.def) && ctx.addedColumns.has(key(cmd.name))) ctx.addedDefaults.add(key(cmd.name));
      else ctx.addedDefaults.delete(key(cmd.name));
    } else if (cmd.subtype === 'AT_DropColumn' && cmd.name) {
      ctx.columnTypes.delete(key(cmd.name));
      ctx.addedColumns.delete(key(cmd.name));
      ctx.addedDefaults.delete(key(cmd.name));
      ctx.addedFilled.delete(key(cmd.name));
      ctx.addedPartlyFilled.delete(key(cmd.name));
      ctx.columnNullable.delete(key(cmd.name));
    } else if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) {
      ctx.typedAt.add(`${ctx.line}\u0000${key(cmd.name)}`);
    } else if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
      const names = ctx.validated.get(relKey(table)) ?? [];
      ctx.validated.set(relKey(table), [...names, cmd.name]);
    } else if (cmd.subtype === 'AT_DropConstraint' && cmd.name) {
      const names = ctx.droppedConstraints.get(relKey(table)) ?? [];
      ctx.droppedConstraints.set(relKey(table), [...names, cmd.name]);
    } else if ((cmd.subtype === 'AT_SetNotNull' || cmd.subtype === 'AT_DropNotNull') && cmd.name) {
      ctx.columnNullable.set(key(cmd.name), cmd.subtype === 'AT_DropNotNull');
    } else if (cmd.subtype === 'AT_AddConstraint' && cmd.def && 'Constraint' in cmd.def && cmd.def.Constraint.contype === 'CONSTR_PRIMARY') {
      for (const k of cmd.def.Constraint.keys ?? []) if ('String' in k && k.String.sval) ctx.columnNullable.set(key(k.String.sval), false);
    } else if (cmd.subtype === 'AT_AddConstraint' && cmd.def && 'Constraint' in cmd.def && cmd.def.Constraint.contype === 'CONSTR_CHECK') {
      // CHECK (col IS NOT NULL) refuses NULL writes from here on: a later SET NOT NULL in the file changes nothing more.
      const column = notNullTestColumn(cmd.def.Constraint.raw_expr);
      if (column) ctx.columnNullable.set(key(column), false);
    }
  }
}

/**
 * An UPDATE of every row that sets columns this file added fills them (`ctx.addedFilled`), as does
 * one `WHERE col IS NULL` for the column it sets (fineract: the rows still NULL are all of them);
 * another WHERE may leave NULLs.
 */
function trackFills(stmt: UpdateStmt, ctx: SqlContext): void {
  const table = relKey(stmt.relation);
  const where = stmt.whereClause;
  const nullTested = where && 'NullTest' in where && where.NullTest.nulltesttype === 'IS_NULL' ? columnOf(where.NullTest.arg) : undefined;
  for (const t of stmt.targetList ?? []) {
    const name = 'ResTarget' in t ? t.ResTarget.name : undefined;
    if (!name || !ctx.addedColumns.has(`${table}.${name}`)) continue;
    if (!where || name === nullTested) ctx.addedFilled.add(`${table}.${name}`);
    else ctx.addedPartlyFilled.add(`${table}.${name}`);
  }
}

/** The column a bare column reference names (`col`, `t.col`), else undefined. */
function columnOf(expr: Node | undefined): string | undefined {
  const fields = expr && 'ColumnRef' in expr ? (expr.ColumnRef.fields ?? []) : [];
  const last = fields[fields.length - 1];
  return last && 'String' in last ? last.String.sval : undefined;
}

/** The columns of the tables this file creates, as each statement leaves them (`ctx.tableColumns`). */
function trackTableColumns(stmt: Node, ctx: SqlContext): void {
  const cols = ctx.tableColumns;
  if ('CreateStmt' in stmt) {
    const defs: ColumnDef[] = [];
    for (const el of stmt.CreateStmt.tableElts ?? []) if ('ColumnDef' in el && el.ColumnDef.colname) defs.push(el.ColumnDef);
    cols.set(
      relKey(stmt.CreateStmt.relation),
      defs.map((d) => d.colname!),
    );
    ctx.tableDefs.set(relKey(stmt.CreateStmt.relation), defs);
  } else if ('RenameStmt' in stmt && stmt.RenameStmt.renameType === 'OBJECT_TABLE' && stmt.RenameStmt.newname) {
    const from = relKey(stmt.RenameStmt.relation);
    const names = cols.get(from);
    if (names) cols.set(stmt.RenameStmt.newname, names);
    cols.delete(from);
  } else if ('RenameStmt' in stmt && stmt.RenameStmt.renameType === 'OBJECT_COLUMN' && stmt.RenameStmt.newname) {
    const names = cols.get(relKey(stmt.RenameStmt.relation));
    const at = names?.indexOf(stmt.RenameStmt.subname ?? '') ?? -1;
    if (at >= 0) names![at] = stmt.RenameStmt.newname;
  } else if ('AlterTableStmt' in stmt) {
    for (const { table, cmd } of alterTableCmds(stmt)) {
      const names = cols.get(relKey(table));
      if (!names) continue;
      if (cmd.subtype === 'AT_AddColumn' && cmd.def && 'ColumnDef' in cmd.def && cmd.def.ColumnDef.colname) names.push(cmd.def.ColumnDef.colname);
      else if (cmd.subtype === 'AT_DropColumn' && cmd.name && names.includes(cmd.name)) names.splice(names.indexOf(cmd.name), 1);
    }
  }
}

/** Records what a statement means for the statements after it and classifies it. */
export function trackStatement(stmt: Node, ctx: SqlContext, stmtHits: Hit[]): StatementFacts {
  const facts: StatementFacts = {
    noop: isNoop(stmt),
    additive: isAdditive(stmt, ctx) && !stmtHits.some((h) => NON_ADDITIVE_CATEGORIES.has(getRule(h.rule)?.category ?? '')),
    changesData: changesData(stmt),
  };

  const lock = setsLockTimeout(stmt);
  if (lock !== undefined) ctx.lockTimeoutSet = lock;
  const utc = setsUtc(stmt);
  if (utc !== undefined) ctx.utcSession = utc;

  const swap = ctx.swaps.read(stmt, ctx.line);
  if ('AlterTableStmt' in stmt) trackColumns(stmt, ctx);
  trackTableColumns(stmt, ctx);

  if ('InsertStmt' in stmt) recordCopy(stmt.InsertStmt, ctx);
  if ('UpdateStmt' in stmt) trackFills(stmt.UpdateStmt, ctx);
  if ('DropStmt' in stmt && stmt.DropStmt.removeType === 'OBJECT_TABLE')
    for (const obj of stmt.DropStmt.objects ?? []) ctx.drops.set(lastPart(nameOf(obj)), ctx.line);
  trackSwaps(stmt, ctx);
  if ('CreateStmt' in stmt) {
    ctx.createdTables.add(relKey(stmt.CreateStmt.relation));
    if (stmt.CreateStmt.partspec) ctx.partitionedTables.add(relKey(stmt.CreateStmt.relation));
    ctx.copies.delete(relKey(stmt.CreateStmt.relation));
  } else if ('CreateTableAsStmt' in stmt) ctx.createdTables.add(relKey(stmt.CreateTableAsStmt.into?.rel));
  else if ('IndexStmt' in stmt) {
    if (stmt.IndexStmt.idxname) ctx.createdIndexes.add(stmt.IndexStmt.idxname);
    if (stmt.IndexStmt.concurrent) ctx.concurrentIndexes.push(stmt.IndexStmt);
  } else if ('CreateEnumStmt' in stmt)
    ctx.createdTypes.set(lastPart((stmt.CreateEnumStmt.typeName ?? []).map(nameOf).join('.')), (stmt.CreateEnumStmt.vals ?? []).map(nameOf));
  else if ('RenameStmt' in stmt && stmt.RenameStmt.renameType === 'OBJECT_COLUMN' && stmt.RenameStmt.subname && stmt.RenameStmt.newname) {
    const table = relKey(stmt.RenameStmt.relation);
    const from = stmt.RenameStmt.subname;
    const to = `${table}.${stmt.RenameStmt.newname}`;
    const dropped = swap ? ctx.columnDrops.get(to) : undefined;
    if (dropped) {
      // A swap: the column holds its old values (copied, maybe converted), with the copy's type and nullability.
      ctx.origins.set(to, dropped.origin);
      ctx.addedColumns.delete(`${table}.${from}`);
      ctx.addedColumns.delete(to);
      ctx.columnTypes.set(to, ctx.columnTypes.get(`${table}.${from}`));
      ctx.columnTypes.delete(`${table}.${from}`);
      const nullable = ctx.columnNullable.get(`${table}.${from}`);
      if (nullable !== undefined) ctx.columnNullable.set(to, nullable);
      ctx.columnNullable.delete(`${table}.${from}`);
      ctx.columnDrops.delete(to);
    } else {
      ctx.origins.set(to, ctx.origins.get(`${table}.${from}`) ?? from);
      // A column this file added keeps being new under its new name; an old one renamed onto a name holds old values.
      for (const set of [ctx.addedColumns, ctx.addedDefaults, ctx.addedFilled, ctx.addedPartlyFilled]) {
        if (set.delete(`${table}.${from}`)) set.add(to);
        else set.delete(to);
      }
    }
  } else if ('RenameStmt' in stmt && stmt.RenameStmt.renameType === 'OBJECT_TABLE') {
    const from = relKey(stmt.RenameStmt.relation);
    const to = stmt.RenameStmt.newname ?? '';
    ctx.origins.set(to, ctx.origins.get(from) ?? from);
    ctx.drops.delete(to);
    if (ctx.createdTables.has(from)) {
      // A copy of an existing table's rows (or of such a copy) renamed into its place holds them.
      if (ctx.copies.get(from)?.from === to && (!ctx.createdTables.has(to) || ctx.holdsRows.has(to))) ctx.holdsRows.add(to);
      ctx.createdTables.add(to);
      // Rebuild pattern: copy into a new table, drop the old one, rename the copy into its place.
      const dropped = ctx.dropHits.get(to);
      if (dropped) ctx.withdrawn.add(dropped);
    }
  } else if ('TransactionStmt' in stmt) {
    const kind = stmt.TransactionStmt.kind;
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') {
      ctx.inTransaction = true;
      ctx.openBeginLine ??= ctx.line;
    } else if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE') {
      ctx.inTransaction = ctx.singleQuery;
      ctx.openBeginLine = undefined;
    }
  }
  return facts;
}

/**
 * A copy into a table this file made, column for column from one other table (a SQLite-style
 * rebuild: `INSERT INTO "temporary_t"("a", "b") SELECT "x", "b" FROM "t"`), remembered so that
 * renaming the copy into the source's place can say which columns it renamed.
 */
function recordCopy(insert: InsertStmt, ctx: SqlContext): void {
  const target = relKey(insert.relation);
  const { select, source } = insertSelect(insert);
  // Another copy into it: what an earlier one took no longer says what this table holds.
  if (select?.fromClause?.length) ctx.copies.delete(target);
  if (!ctx.createdTables.has(target) || !source || !insert.cols?.length) return;
  const sources = (select!.targetList ?? []).map((t) => columnOf('ResTarget' in t ? t.ResTarget.val : undefined));
  const targets = insert.cols.map((c) => ('ResTarget' in c ? c.ResTarget.name : undefined));
  if (sources.length !== targets.length) return;
  const columns: [string, string][] = [];
  targets.forEach((to, i) => {
    if (to && sources[i]) columns.push([to, sources[i]]);
  });
  const filtered = Boolean(select!.whereClause || select!.limitCount || select!.distinctClause || select!.groupClause || select!.havingClause);
  ctx.copies.set(target, { from: relKey(source), columns, ...(filtered ? { filtered } : {}) });
}

/**
 * A new migration unit starts in the same file (Liquibase applies each changeset on its own; the
 * earlier ones were deployed long before): what the earlier units created is history now. Their
 * tables, indexes, enum types and added columns count as existing (with rows, used by running
 * code), so a later drop, rename or truncate of them is judged as any other; the column types and
 * nullability the earlier units gave their tables stay known, as a look back would find them.
 * Mixeway/MixewayBackend keeps every changeset in one master changelog: a column of a table
 * created in its first changeset was dropped, in silence, in a later one.
 */
export function newUnit(ctx: SqlContext): void {
  for (const [table, defs] of ctx.tableDefs) {
    const names = ctx.tableColumns.get(table);
    for (const def of defs) {
      if (!def.colname || (names && !names.includes(def.colname))) continue;
      const key = `${table}.${def.colname}`;
      if (!ctx.columnTypes.has(key)) ctx.columnTypes.set(key, def.typeName);
      if (!ctx.columnNullable.has(key)) ctx.columnNullable.set(key, !definedNotNull(def));
    }
  }
  for (const facts of [
    ctx.createdTables,
    ctx.createdIndexes,
    ctx.views,
    ctx.holdsRows,
    ctx.addedColumns,
    ctx.addedDefaults,
    ctx.addedFilled,
    ctx.addedPartlyFilled,
  ])
    facts.clear();
  for (const facts of [ctx.createdTypes, ctx.tableColumns, ctx.tableDefs, ctx.copies, ctx.filledFrom, ctx.requiredWithDefault]) facts.clear();
}
