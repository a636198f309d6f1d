// What SET NOT NULL and DROP NOT NULL share: a statement that leaves a column as it was is no change.
import type { Node, RangeVar } from 'libpg-query';
import type { Hit } from '../../types';
import { hit, type PendingNullChange, type SqlContext } from '../context';
import { quote, relKey, relLabel } from '../ast';
import { swapHow } from '../column-swap';
import { alterTableCmds } from './types';

/**
 * The finding of a SET/DROP NOT NULL in `stmt` (`nullable`: what the column allows after it), or
 * none when this file already left the column that way (an ADD COLUMN or an earlier SET/DROP NOT
 * NULL). When the file does not say and the statement restates the column (a TYPE for it in the
 * same statement, or from the same DSL call, before or after it: Sequelize's `changeColumn`,
 * Rails' `change_column`, Knex's `.alter()` and pop's fizz repeat the whole column), the finding
 * is provisional: the folder's earlier migrations settle it (src/core/frameworks/sql-history.ts),
 * and a restatement of what they left is withdrawn. A bare SET/DROP NOT NULL is meant as a change:
 * it is not looked up (a look back reads up to hundreds of earlier files, through the API in the
 * App and the Action).
 */
export function nullabilityHit(
  rule: string,
  ctx: SqlContext,
  stmt: Node,
  table: RangeVar | undefined,
  column: string,
  nullable: boolean,
  message: string,
): Hit | undefined {
  const key = `${relKey(table)}.${column}`;
  const before = ctx.columnNullable.get(key);
  if (before === nullable) return undefined;
  const found = hit(rule, ctx, message);
  const origin = { table: ctx.origins.get(relKey(table)) ?? relKey(table), column: ctx.origins.get(key) ?? column };
  const inStatement = alterTableCmds(stmt).some(({ cmd }) => cmd.subtype === 'AT_AlterColumnType' && cmd.name === column);
  if (before === undefined) {
    // Looked up in the earlier migrations under the names it had before this file renamed it;
    // only if it restates the column, which the file's TYPE changes say once it is read whole.
    ctx.columnChanges.push({ kind: 'nullability', ...origin, nullable, hit: found, restated: inStatement ? true : `${ctx.line}\u0000${key}` });
    return found;
  }
  // The file's own earlier change, still to be judged against the earlier migrations, left the column
  // `before`, and this one takes it back (redmine: `change_column … null: true`, then `null: false`, "two
  // steps to please MySQL"): the pair is one change from what the column allowed before the file.
  const earlier = ctx.columnChanges.findLast(
    (c): c is PendingNullChange =>
      c.kind === 'nullability' && c.table === origin.table && c.column === origin.column && c.nullable === before && !ctx.withdrawn.has(c.hit),
  );
  if (earlier) {
    ctx.withdrawn.add(earlier.hit);
    ctx.columnChanges.push({ kind: 'nullability', ...origin, nullable, hit: found, restated: inStatement ? true : earlier.restated });
  }
  return found;
}

/**
 * A column swap (src/core/sql/column-swap.ts) completed by `stmt` that changes whether the column
 * allows NULL: the old column was NOT NULL and the copy allows NULL (`drop-not-null`), or the other
 * way round (`set-not-null`; the copy fails on the first NULL). What the old column allowed comes
 * from this file when it says, else from the folder's earlier migrations, looked up quietly (ory/kratos'
 * 20250505150900000000_code_address_type.sqlite.up.sql swaps a CHAR(36) NOT NULL column for a
 * nullable VARCHAR(36) one).
 */
export function swapNullabilityHits(rule: 'set-not-null' | 'drop-not-null', stmt: Node, ctx: SqlContext): Hit[] {
  const swap = ctx.swaps.completedBy(stmt);
  if (!swap || !('RenameStmt' in stmt)) return [];
  const dropped = ctx.columnDrops.get(`${swap.table}.${swap.column}`);
  const nullable = ctx.columnNullable.get(`${swap.table}.${swap.temp}`);
  if (!dropped || nullable === undefined || nullable !== (rule === 'drop-not-null') || dropped.nullable === nullable) return [];
  const label = relLabel(stmt.RenameStmt.relation);
  const column = quote(swap.column);
  const found = hit(
    rule,
    ctx,
    nullable
      ? `Changing column ${column} of ${label}${swapHow(swap)} makes it nullable (${quote(swap.temp)} allows NULL): new code may write NULLs that the old code (back after a rollback) does not expect, and making it NOT NULL again then fails. ` +
          `Add ${quote(swap.temp)} NOT NULL (with a default while it is filled), or make the old code tolerate NULL first and drop NOT NULL in a later release.`
      : ctx.addedDefaults.has(`${swap.table}.${swap.temp}`) || ctx.addedDefaults.has(`${swap.table}.${swap.column}`)
        ? // The copy leaves the rows that held NULL with the new column's default (navidrome's
          // 20240122223340: `add x_new varchar not null default ''`, filled `where x is not null`).
          `Changing column ${column} of ${label}${swapHow(swap)} makes it NOT NULL (${quote(swap.temp)} is NOT NULL with a default, which the rows that held NULL keep): old code that writes NULL there fails, during the rollout and after a rollback. ` +
          'Ship code that always writes the column first; make it NOT NULL in a later release.'
        : `Changing column ${column} of ${label}${swapHow(swap)} makes it NOT NULL (${quote(swap.temp)} is NOT NULL): the copy fails while any row holds NULL there, and old code that writes NULL there fails after a rollback. ` +
          'Ship code that always writes the column and backfill the NULLs first; make it NOT NULL in a later release.',
  );
  if (dropped.nullable !== undefined) return [found];
  ctx.columnChanges.push({
    kind: 'nullability',
    table: ctx.origins.get(swap.table) ?? swap.table,
    column: dropped.origin,
    nullable,
    hit: found,
    restated: true,
    quiet: true,
  });
  return [];
}
