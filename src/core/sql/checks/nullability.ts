// What SET NOT NULL and DROP NOT NULL share: a statement that leaves a column as it was is no change.
import type { Node, RangeVar } from 'libpg-query';
import type { Hit } from '../../types';
import { hit, type PendingNullChange, type SqlContext } from '../context';
import { relKey } from '../ast';
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
