// A column's type changed by a swap instead of ALTER COLUMN … TYPE: a column of the new type added,
// filled from the old one, the old one dropped and the new one renamed into its place:
//
//   ALTER TABLE repomirrorconfig ADD COLUMN external_registry_password_new varchar(9000);
//   UPDATE repomirrorconfig SET external_registry_password_new = external_registry_password;
//   ALTER TABLE repomirrorconfig DROP COLUMN external_registry_password;
//   ALTER TABLE repomirrorconfig RENAME COLUMN external_registry_password_new TO external_registry_password;
//
// (quay/quay's a32e17bfad20, an Alembic revision). The values survive: it is no drop and no rename,
// but a type change of the column, which old code reads under its old name with the new type.
// Read here once for the checks (src/core/sql/checks/change-column-type.ts) and for comparing an
// up's type changes with its down's (`typeChangesOf`).
import type { AlterTableStmt, Node, TypeName, UpdateStmt } from 'libpg-query';
import { quote, relKey } from './ast';

/** A swap completed by a RENAME COLUMN. */
export interface ColumnSwap {
  /** Unqualified, parser-normalised table name. */
  table: string;
  /** The column whose type the swap changes (the name the new column is renamed to). */
  column: string;
  /** The column added and filled, renamed into its place. */
  temp: string;
  /** The added column's type: the column's type after the swap. */
  type: TypeName | undefined;
  /** The copy converts the values (an expression: `CASE …`, `left(x, 10)`), not only the column (or a cast of it). */
  converts: boolean;
  /** Line of the UPDATE that copies the values. */
  copyLine: number;
}

/** How a swap changed the column, for messages: ` by a swap ("x_new" added, filled from "x" at line 4, "x" dropped, "x_new" renamed to "x")`. */
export const swapHow = (swap: ColumnSwap): string =>
  ` by a swap (${quote(swap.temp)} added, filled from ${quote(swap.column)} at line ${swap.copyLine}${swap.converts ? ' by an expression that converts the values' : ''}, ` +
  `${quote(swap.column)} dropped, ${quote(swap.temp)} renamed to ${quote(swap.column)})`;

/** What the statements so far did towards swaps, by `table.column`. */
export class ColumnSwaps {
  /** Columns added (under IF NOT EXISTS too: the copy fills every row of it either way), with their types. */
  private readonly added = new Map<string, TypeName | undefined>();
  /** Added columns filled from one other column of the table. */
  private readonly filled = new Map<string, { from: string; converts: boolean; line: number }>();
  /** Columns dropped after being copied into an added column. */
  private readonly dropped = new Set<string>();

  /** The swap a statement completes (a RENAME COLUMN of a filled column onto the dropped source's name); reads only. */
  completedBy(stmt: Node): ColumnSwap | undefined {
    if (!('RenameStmt' in stmt) || stmt.RenameStmt.renameType !== 'OBJECT_COLUMN') return undefined;
    const { subname: temp, newname: column } = stmt.RenameStmt;
    const table = relKey(stmt.RenameStmt.relation);
    if (!temp || !column) return undefined;
    const fill = this.filled.get(`${table}.${temp}`);
    if (!fill || fill.from !== column || !this.dropped.has(`${table}.${column}`) || !this.added.has(`${table}.${temp}`)) return undefined;
    return { table, column, temp, type: this.added.get(`${table}.${temp}`), converts: fill.converts, copyLine: fill.line };
  }

  /** Records what a statement does towards a swap (after the checks read it); returns the swap it completes. */
  read(stmt: Node, line: number): ColumnSwap | undefined {
    if ('AlterTableStmt' in stmt) this.readAlter(stmt.AlterTableStmt);
    else if ('UpdateStmt' in stmt) this.readCopy(stmt.UpdateStmt, line);
    else if ('RenameStmt' in stmt && stmt.RenameStmt.renameType === 'OBJECT_COLUMN') {
      const swap = this.completedBy(stmt);
      const table = relKey(stmt.RenameStmt.relation);
      const from = `${table}.${stmt.RenameStmt.subname ?? ''}`;
      const to = `${table}.${stmt.RenameStmt.newname ?? ''}`;
      if (swap) {
        this.added.delete(from);
        this.filled.delete(from);
        this.dropped.delete(to);
        return swap;
      }
      // An added column renamed before the swap completes keeps being the added one.
      if (this.added.has(from)) this.added.set(to, this.added.get(from));
      const fill = this.filled.get(from);
      if (fill) this.filled.set(to, fill);
      this.added.delete(from);
      this.filled.delete(from);
    }
    return undefined;
  }

  private readAlter(stmt: AlterTableStmt): void {
    const table = relKey(stmt.relation);
    for (const c of stmt.cmds ?? []) {
      if (!('AlterTableCmd' in c)) continue;
      const cmd = c.AlterTableCmd;
      const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
      if (cmd.subtype === 'AT_AddColumn' && def?.colname) {
        const key = `${table}.${def.colname}`;
        this.filled.delete(key);
        this.added.set(key, def.typeName);
      } else if (cmd.subtype === 'AT_AlterColumnType' && cmd.name && this.added.has(`${table}.${cmd.name}`)) {
        this.added.set(`${table}.${cmd.name}`, def?.typeName);
      } else if (cmd.subtype === 'AT_DropColumn' && cmd.name) {
        const key = `${table}.${cmd.name}`;
        this.added.delete(key);
        this.filled.delete(key);
        for (const [target, fill] of this.filled) if (target.startsWith(`${table}.`) && fill.from === cmd.name) this.dropped.add(key);
      }
    }
  }

  /**
   * `UPDATE t SET x_new = x` (or an expression of `x` alone: a cast, `CASE x WHEN …`, `left(x, 10)`)
   * for every row (or only where `x` has a value: a WHERE on `x` alone), into a column this file added.
   */
  private readCopy(update: UpdateStmt, line: number): void {
    const table = relKey(update.relation);
    if (update.fromClause?.length || update.withClause) return;
    const names = new Set([table, update.relation?.alias?.aliasname ?? table]);
    const filter = update.whereClause ? columnsRead(update.whereClause, names) : new Set<string>();
    for (const t of update.targetList ?? []) {
      if (!('ResTarget' in t) || !t.ResTarget.name || t.ResTarget.indirection?.length) continue;
      const target = `${table}.${t.ResTarget.name}`;
      if (!this.added.has(target)) continue;
      const read = columnsRead(t.ResTarget.val, names);
      const from = read?.size === 1 ? [...read][0]! : undefined;
      if (!from || from === t.ResTarget.name || !filter || [...filter].some((c) => c !== from)) continue;
      this.filled.set(target, { from, converts: !isColumnOrCast(t.ResTarget.val), line });
    }
  }
}

/**
 * The columns of the updated table an expression reads (by the table's name or alias, or unqualified);
 * undefined when it reads anything else (a subquery, another table's column, `*`).
 */
function columnsRead(expr: unknown, names: ReadonlySet<string>, out = new Set<string>()): Set<string> | undefined {
  if (Array.isArray(expr)) {
    for (const item of expr) if (!columnsRead(item, names, out)) return undefined;
    return out;
  }
  if (expr === null || typeof expr !== 'object') return out;
  const obj = expr as Record<string, unknown>;
  if ('SubLink' in obj || 'RangeVar' in obj) return undefined;
  const ref = obj.ColumnRef as { fields?: Node[] } | undefined;
  if (ref) {
    const parts = (ref.fields ?? []).map((f) => ('String' in f ? f.String.sval : undefined));
    const column = parts[parts.length - 1];
    if (!column || parts.length > 2 || (parts.length === 2 && !names.has(parts[0] ?? ''))) return undefined;
    out.add(column);
    return out;
  }
  for (const key in obj) if (!columnsRead(obj[key], names, out)) return undefined;
  return out;
}

/** A column reference, or casts of one (`x::bigint`, `CAST(x AS text)`). */
function isColumnOrCast(expr: Node | undefined): boolean {
  if (!expr) return false;
  if ('ColumnRef' in expr) return true;
  return 'TypeCast' in expr && isColumnOrCast(expr.TypeCast.arg);
}
