// A table rebuilt by copy and renamed into place (`CREATE TABLE "temporary_t" (…)`, `INSERT INTO
// "temporary_t"(…) SELECT … FROM "t"`, `DROP TABLE "t"`, `ALTER TABLE "temporary_t" RENAME TO "t"`:
// how TypeORM, drizzle-kit and ory/pop change a SQLite table), seen at the rename that completes it;
// or renamed away first (`ALTER TABLE t RENAME TO t_old`, `CREATE TABLE t (…)`, `INSERT INTO t (…)
// SELECT … FROM t_old`, `DROP TABLE t_old`: dani-garcia/vaultwarden's SQLite and MySQL migrations,
// riverqueue/river's 005_migration_unique_client), seen at the drop that completes it.
// What it changes is read by the checks of what it does: drop-column (columns the copy leaves out),
// set-not-null (copied columns the new table makes NOT NULL).
import type { Node } from 'libpg-query';
import type { SqlContext } from '../context';
import { lastPart, nameOf, relKey } from '../ast';

export interface Rebuild {
  /** The copy that replaces the table, and the table's name. */
  copy: string;
  table: string;
  /** The copy's columns: [name in the copy, name in the table it copies]. */
  columns: [string, string][];
  /** Line of the DROP TABLE of the old table: where what the rebuild drops is said. */
  dropLine: number;
}

/** The rebuild a statement completes (its rename of the copy into the table's place), if it does. */
export function rebuildOf(stmt: Node, ctx: SqlContext): Rebuild | undefined {
  if (!('RenameStmt' in stmt) || stmt.RenameStmt.renameType !== 'OBJECT_TABLE') return undefined;
  const from = relKey(stmt.RenameStmt.relation);
  const to = stmt.RenameStmt.newname;
  const copy = ctx.copies.get(from);
  const dropLine = to ? ctx.drops.get(to) : undefined;
  if (!to || !copy || copy.from !== to || dropLine === undefined || !ctx.createdTables.has(from)) return undefined;
  return { copy: from, table: to, columns: copy.columns, dropLine };
}

/**
 * The rebuilds a DROP TABLE completes by dropping the old table renamed away (`t_old`) after a new
 * table took its name and its rows were copied into it: the drop loses only the columns the copy
 * leaves out, not the table.
 */
export function renamedAwayRebuilds(stmt: Node, ctx: SqlContext): Rebuild[] {
  if (!('DropStmt' in stmt) || stmt.DropStmt.removeType !== 'OBJECT_TABLE') return [];
  return (stmt.DropStmt.objects ?? []).flatMap((obj) => {
    const old = lastPart(nameOf(obj));
    const rebuild = renamedAwayRebuild(old, ctx);
    return rebuild ? [rebuild] : [];
  });
}

/** The rebuild whose old table, renamed away to `old`, a DROP TABLE of `old` completes, if it is one. */
export function renamedAwayRebuild(old: string, ctx: SqlContext): Rebuild | undefined {
  for (const [table, to] of ctx.renamedTo) {
    const copy = ctx.copies.get(table);
    // A copy that keeps only some rows (`… FROM t_old WHERE …`) loses the others with the drop: still drop-table.
    if (to === old && !ctx.createdTables.has(old) && ctx.createdTables.has(table) && copy?.from === old && !copy.filtered)
      return { copy: table, table: old, columns: copy.columns, dropLine: ctx.line };
  }
  return undefined;
}
