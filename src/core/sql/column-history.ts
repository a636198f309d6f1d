// What a migration does to columns (their types and nullability, drops and renames), kept in a small
// form once its SQL has been parsed, so that later migrations can look a column's earlier type or
// nullability back through the folder without parsing it again (src/core/frameworks/sql-history.ts).
import type { Node, TypeName } from 'libpg-query';
import { relKey } from './ast';
import { definedNotNull } from './checks/column-traits';

/** What an earlier migration says of a column, read newest statement first. */
export type ColumnTrace =
  /** Its type as that migration left it. */
  | { kind: 'type'; type: TypeName | undefined }
  /** Whether it allows NULL as that migration left it. */
  | { kind: 'nullable'; nullable: boolean }
  /** Not defined here; look further back under these names (renames followed). */
  | { kind: 'earlier'; table: string; column: string }
  /** Created without it, or dropped: its history cannot be followed further. */
  | { kind: 'lost' };

/** The statements of a migration that matter to a column's history, in file order. */
export type ColumnEvent =
  /** `nullable`: set by ADD COLUMN (a TYPE change keeps the column's nullability). */
  | { kind: 'type'; table: string; column: string; type: TypeName | undefined; nullable?: boolean }
  | { kind: 'nullable'; table: string; column: string; nullable: boolean }
  | { kind: 'drop'; table: string; column: string }
  | { kind: 'rename-column'; table: string; from: string; to: string }
  | { kind: 'rename-table'; from: string; to: string }
  /**
   * `notNull`: its columns that do not allow NULL (NOT NULL, a primary key, serial or identity);
   * `partitioned`: made `PARTITION BY` (a partition made `PARTITION OF` a parent is a table of its own).
   */
  | { kind: 'create'; table: string; columns: Map<string, TypeName | undefined>; notNull: readonly string[]; partitioned?: true }
  /** A named `CHECK (column IS NOT NULL)` added to the table; `valid`: without NOT VALID. */
  | { kind: 'null-check'; table: string; column: string; name: string; valid: boolean }
  /** `VALIDATE CONSTRAINT name` and `DROP CONSTRAINT name` (what a later SET NOT NULL may rest on). */
  | { kind: 'validate' | 'drop-constraint'; table: string; name: string };

/**
 * What an earlier migration does to columns, for looking a column's type back through it: its
 * column events, and the tables they touch (a trace of any other table passes it unchanged, so a
 * walk back through hundreds of files skips most of them with one set lookup).
 */
export interface ColumnHistory {
  readonly events: readonly ColumnEvent[];
  /** Every table an event names (as it is named after the event: a renamed table by its new name). */
  readonly tables: ReadonlySet<string>;
}

/**
 * Column histories by the SQL they were read from. A folder's earlier migrations are looked back
 * through by many later files: each is read (and usually already parsed by its own lint) once,
 * and what it does to columns kept in this small form instead of its syntax tree.
 */
const columnEventCache = new Map<string, ColumnHistory>();
const EVENT_CACHE_LIMIT = 20_000;

/**
 * The cache key of a migration's SQL pieces read as `dialect` (the tolerant reading of what Postgres
 * rejects depends on the database: src/core/sql/fallback.ts).
 */
export function historyKey(pieces: readonly { sql: string }[], dialect?: string): string {
  const sql = pieces.length === 1 ? pieces[0]!.sql : pieces.map((p) => p.sql).join('\u0000');
  return dialect ? `${dialect}\u0001${sql}` : sql;
}

/** The history kept for this key, if its SQL has been read (by its own lint or an earlier look back). */
export const knownHistory = (key: string): ColumnHistory | undefined => columnEventCache.get(key);

/** Reads the column events of parsed statements and keeps them under `key`. */
export function rememberEvents(key: string, statements: readonly { node: Node }[]): ColumnHistory {
  const events: ColumnEvent[] = [];
  const tables = new Set<string>();
  for (let i = 0; i < statements.length; i++) {
    const node = statements[i]!.node;
    if ('AlterTableStmt' in node) {
      const table = relKey(node.AlterTableStmt.relation);
      const cmds = node.AlterTableStmt.cmds ?? [];
      for (let j = 0; j < cmds.length; j++) {
        const x = cmds[j]!;
        if (!('AlterTableCmd' in x)) continue;
        const cmd = x.AlterTableCmd;
        const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
        if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) events.push({ kind: 'type', table, column: cmd.name, type: def?.typeName });
        else if (cmd.subtype === 'AT_AddColumn' && def?.colname)
          events.push({ kind: 'type', table, column: def.colname, type: def.typeName, nullable: !definedNotNull(def) });
        else if ((cmd.subtype === 'AT_SetNotNull' || cmd.subtype === 'AT_DropNotNull') && cmd.name)
          events.push({ kind: 'nullable', table, column: cmd.name, nullable: cmd.subtype === 'AT_DropNotNull' });
        else if (cmd.subtype === 'AT_AddConstraint' && cmd.def && 'Constraint' in cmd.def && cmd.def.Constraint.contype === 'CONSTR_PRIMARY') {
          // A primary key makes its columns NOT NULL.
          for (const k of cmd.def.Constraint.keys ?? [])
            if ('String' in k && k.String.sval) events.push({ kind: 'nullable', table, column: k.String.sval, nullable: false });
        } else if (cmd.subtype === 'AT_DropColumn' && cmd.name) events.push({ kind: 'drop', table, column: cmd.name });
        else if (cmd.subtype === 'AT_AddConstraint' && cmd.def && 'Constraint' in cmd.def && cmd.def.Constraint.contype === 'CONSTR_CHECK') {
          const column = notNullTestColumn(cmd.def.Constraint.raw_expr);
          if (!column || !cmd.def.Constraint.conname) continue;
          events.push({ kind: 'null-check', table, column, name: cmd.def.Constraint.conname, valid: !cmd.def.Constraint.skip_validation });
        } else if ((cmd.subtype === 'AT_ValidateConstraint' || cmd.subtype === 'AT_DropConstraint') && cmd.name)
          events.push({ kind: cmd.subtype === 'AT_ValidateConstraint' ? 'validate' : 'drop-constraint', table, name: cmd.name });
        else continue;
        tables.add(table);
      }
    } else if ('RenameStmt' in node) {
      const r = node.RenameStmt;
      if (r.renameType === 'OBJECT_COLUMN' && r.subname && r.newname) {
        const table = relKey(r.relation);
        events.push({ kind: 'rename-column', table, from: r.subname, to: r.newname });
        tables.add(table);
      } else if (r.renameType === 'OBJECT_TABLE' && r.relation?.relname && r.newname) {
        events.push({ kind: 'rename-table', from: r.relation.relname, to: r.newname });
        tables.add(r.newname);
      }
    } else if ('CreateStmt' in node) {
      const columns = new Map<string, TypeName | undefined>();
      const notNull: string[] = [];
      const elts = node.CreateStmt.tableElts ?? [];
      for (let j = 0; j < elts.length; j++) {
        const el = elts[j]!;
        if ('ColumnDef' in el && el.ColumnDef.colname) {
          columns.set(el.ColumnDef.colname, el.ColumnDef.typeName);
          if (definedNotNull(el.ColumnDef)) notNull.push(el.ColumnDef.colname);
        } else if ('Constraint' in el && el.Constraint.contype === 'CONSTR_PRIMARY') {
          for (const k of el.Constraint.keys ?? []) if ('String' in k && k.String.sval) notNull.push(k.String.sval);
        }
      }
      const table = relKey(node.CreateStmt.relation);
      events.push(node.CreateStmt.partspec ? { kind: 'create', table, columns, notNull, partitioned: true } : { kind: 'create', table, columns, notNull });
      tables.add(table);
    }
  }
  if (columnEventCache.size >= EVENT_CACHE_LIMIT) columnEventCache.delete(columnEventCache.keys().next().value as string);
  const history: ColumnHistory = { events, tables };
  columnEventCache.set(key, history);
  return history;
}

/**
 * Follow `table.column` back through one earlier migration, newest statement first, for its type
 * or (`what: 'nullable'`) whether it allows NULL: what that migration left it, or where to look
 * further back (renames followed), or that it cannot be followed.
 */
export function traceThrough(history: ColumnHistory, table: string, column: string, what: 'type' | 'nullable' = 'type'): ColumnTrace {
  const { events } = history;
  let t = table;
  let c = column;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind === 'type' && e.table === t && e.column === c) {
      // A type the tolerant reading could not read (another dialect's spelling): unknown.
      if (what === 'type') return e.type === undefined ? { kind: 'lost' } : { kind: 'type', type: e.type };
      if (e.nullable !== undefined) return { kind: 'nullable', nullable: e.nullable };
    } else if (e.kind === 'nullable' && e.table === t && e.column === c) {
      if (what === 'nullable') return { kind: 'nullable', nullable: e.nullable };
    } else if (e.kind === 'drop' && e.table === t && e.column === c) return { kind: 'lost' };
    else if (e.kind === 'rename-column' && e.table === t && e.to === c) c = e.from;
    else if (e.kind === 'rename-table' && e.to === t) t = e.from;
    else if (e.kind === 'create' && e.table === t) {
      // A column without a type was read by name only (another dialect's CREATE TABLE): unknown.
      if (e.columns.get(c) === undefined) return { kind: 'lost' };
      return what === 'type' ? { kind: 'type', type: e.columns.get(c) } : { kind: 'nullable', nullable: !e.notNull.includes(c) };
    }
  }
  return { kind: 'earlier', table: t, column: c };
}

/** The column of a `column IS NOT NULL` check expression, else undefined. */
export function notNullTestColumn(expr: Node | undefined): string | undefined {
  if (!expr || !('NullTest' in expr) || expr.NullTest.nulltesttype !== 'IS_NOT_NULL') return undefined;
  const arg = expr.NullTest.arg;
  const fields = arg && 'ColumnRef' in arg ? (arg.ColumnRef.fields ?? []) : [];
  const last = fields[fields.length - 1];
  return fields.length === 1 && last && 'String' in last ? last.String.sval : undefined;
}

/** A valid `CHECK (column IS NOT NULL)` looked back for: found, or none (`lost`), or where to look further back. */
export type NullCheckTrace = { kind: 'found' } | { kind: 'lost' } | { kind: 'earlier'; table: string };

/**
 * What the newer migrations did to the table's constraints, met so far on a walk back: those
 * validated (a NOT VALID check further back is valid from then on) and those dropped (gone, whatever
 * further back says of them).
 */
export interface ConstraintsSeen {
  validated: Set<string>;
  dropped: Set<string>;
}

/**
 * Follow `table` back through one earlier migration, newest statement first, for a `CHECK (column IS
 * NOT NULL)` still in force and valid after it (added without NOT VALID, or validated since), which
 * a SET NOT NULL takes as proof, skipping its scan. `seen` carries the newer migrations' validations
 * and drops from one migration to the next.
 */
export function nullCheckThrough(history: ColumnHistory, table: string, column: string, seen: ConstraintsSeen): NullCheckTrace {
  const { events } = history;
  let t = table;
  let c = column;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind === 'rename-table') {
      if (e.to === t) t = e.from;
      continue;
    }
    if (e.table !== t) continue;
    if (e.kind === 'drop-constraint') seen.dropped.add(e.name);
    else if (e.kind === 'validate' && !seen.dropped.has(e.name)) seen.validated.add(e.name);
    else if (e.kind === 'null-check' && e.column === c && !seen.dropped.has(e.name) && (e.valid || seen.validated.has(e.name))) return { kind: 'found' };
    else if (e.kind === 'rename-column' && e.to === c) c = e.from;
    else if (e.kind === 'create' || (e.kind === 'drop' && e.column === c) || (e.kind === 'type' && e.column === c && e.nullable !== undefined))
      return { kind: 'lost' };
  }
  return { kind: 'earlier', table: t };
}

/**
 * Follow a table back through one earlier migration, newest statement first, to the CREATE TABLE
 * that made it: whether it was made `PARTITION BY`; else the name to look for further back.
 */
export function partitionedThrough(history: ColumnHistory, table: string): { kind: 'found'; partitioned: boolean } | { kind: 'earlier'; table: string } {
  const { events } = history;
  let t = table;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind === 'create' && e.table === t) return { kind: 'found', partitioned: e.partitioned === true };
    if (e.kind === 'rename-table' && e.to === t) t = e.from;
  }
  return { kind: 'earlier', table: t };
}

/** A table's columns looked back for: found (its CREATE TABLE, and what later migrations did to it), or under which name to look further back. */
export type ColumnsTrace = { kind: 'columns'; columns: string[] } | { kind: 'earlier'; table: string };

/**
 * Follow a table's columns back through one earlier migration, newest statement first: at the
 * CREATE TABLE that made it, its columns with the events after it replayed (`later`: the events on
 * the table met so far, newest first, from this migration and the newer ones walked through); else
 * the name to look for further back (renames followed), with this migration's events added to `later`.
 */
export function columnsThrough(history: ColumnHistory, table: string, later: ColumnEvent[]): ColumnsTrace {
  const { events } = history;
  let t = table;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind === 'create' && e.table === t) {
      const columns = [...e.columns.keys()];
      for (let j = later.length - 1; j >= 0; j--) replay(columns, later[j]!);
      return { kind: 'columns', columns };
    }
    if (e.kind === 'rename-table' && e.to === t) t = e.from;
    else if (e.kind === 'drop' || e.kind === 'rename-column' || (e.kind === 'type' && e.nullable !== undefined)) {
      if (e.table === t) later.push(e);
    }
  }
  return { kind: 'earlier', table: t };
}

/** A column event applied to a table's column list: an ADD COLUMN (a type event with its nullability), a drop, a rename. */
function replay(columns: string[], e: ColumnEvent): void {
  if (e.kind === 'type' && !columns.includes(e.column)) columns.push(e.column);
  else if (e.kind === 'drop' && columns.includes(e.column)) columns.splice(columns.indexOf(e.column), 1);
  else if (e.kind === 'rename-column' && columns.includes(e.from)) columns[columns.indexOf(e.from)] = e.to;
}
