import type { Node } from 'libpg-query';
import type { Hit } from '../../types';
import { hit, isExisting, type SqlContext } from '../context';
import { cteQueries, readsTable, relKey, relLabel } from '../ast';
import type { SqlCheck } from './types';

const ADVICE = 'Keep data changes out of schema migrations: run them as a separate, idempotent, batched job, and note in the rollback plan how to undo them.';

export const dataBackfill: SqlCheck = (stmt, ctx) => [...writes(stmt, ctx), ...cteWrites(stmt, ctx)];

/**
 * The writes a statement's WITH clause makes (`WITH d AS (DELETE FROM … WHERE … RETURNING *) INSERT …`,
 * `WITH x AS (UPDATE … RETURNING id) SELECT …`): Postgres runs every data-modifying CTE once, whatever
 * the main statement reads of it. A DELETE there without WHERE is delete-without-where's, as anywhere.
 */
function cteWrites(stmt: Node, ctx: SqlContext): Hit[] {
  const out: Hit[] = [];
  for (const query of cteQueries(stmt)) out.push(...writes(query, ctx), ...cteWrites(query, ctx));
  return out;
}

function writes(stmt: Node, ctx: SqlContext): Hit[] {
  if ('UpdateStmt' in stmt) {
    const s = stmt.UpdateStmt;
    const table = relKey(s.relation);
    if (!isExisting(ctx, table)) return [];
    // Filling only columns this file added (`ADD COLUMN plan text; UPDATE users SET plan = …`)
    // rewrites no old value: the down that drops the columns takes the new values with them.
    const targets = (s.targetList ?? []).map((t) => ('ResTarget' in t ? t.ResTarget.name : undefined));
    if (targets.length && targets.every((name) => name !== undefined && ctx.addedColumns.has(`${table}.${name}`))) return [];
    return [hit('data-backfill', ctx, `UPDATE ${relLabel(s.relation)} rewrites existing rows; a schema rollback does not restore their old values. ${ADVICE}`)];
  }
  if ('DeleteStmt' in stmt) {
    const s = stmt.DeleteStmt;
    // DELETE without WHERE is delete-without-where's; this is the targeted data change.
    if (!s.whereClause || !isExisting(ctx, relKey(s.relation))) return [];
    return [hit('data-backfill', ctx, `DELETE FROM ${relLabel(s.relation)} removes rows; a schema rollback does not bring them back. ${ADVICE}`)];
  }
  if ('InsertStmt' in stmt) {
    const s = stmt.InsertStmt;
    // INSERT … VALUES (seed rows) is fine; INSERT … SELECT FROM copies live data.
    if (!readsTable(s.selectStmt) || !isExisting(ctx, relKey(s.relation))) return [];
    return [
      hit('data-backfill', ctx, `INSERT INTO ${relLabel(s.relation)} … SELECT copies live data in a schema migration; a rollback does not undo it. ${ADVICE}`),
    ];
  }
  if ('MergeStmt' in stmt) {
    const s = stmt.MergeStmt;
    return [hit('data-backfill', ctx, `MERGE INTO ${relLabel(s.relation)} changes existing rows; a schema rollback does not restore them. ${ADVICE}`)];
  }
  return [];
}
