import type { Node } from 'libpg-query';
import { hit, isExisting, type SqlContext } from '../context';
import { optionNames, relKey, relLabel } from '../ast';
import type { SqlCheck } from './types';

/** The existing table a statement locks exclusively (ACCESS EXCLUSIVE or SHARE), if any. */
function lockedTable(stmt: Node, ctx: SqlContext): string | undefined {
  const existing = (rv: Parameters<typeof relKey>[0]) => (rv && isExisting(ctx, relKey(rv)) ? relLabel(rv) : undefined);
  if ('AlterTableStmt' in stmt && stmt.AlterTableStmt.objtype === 'OBJECT_TABLE') return existing(stmt.AlterTableStmt.relation);
  if ('IndexStmt' in stmt && !stmt.IndexStmt.concurrent) return existing(stmt.IndexStmt.relation);
  if ('RenameStmt' in stmt && stmt.RenameStmt.relation) return existing(stmt.RenameStmt.relation);
  if ('CreateTrigStmt' in stmt) return existing(stmt.CreateTrigStmt.relation);
  if ('ClusterStmt' in stmt) return existing(stmt.ClusterStmt.relation);
  if ('ReindexStmt' in stmt && !optionNames(stmt.ReindexStmt.params).includes('concurrently')) return existing(stmt.ReindexStmt.relation);
  if ('TruncateStmt' in stmt) {
    for (const r of stmt.TruncateStmt.relations ?? []) if ('RangeVar' in r) return existing(r.RangeVar);
  }
  if ('DropStmt' in stmt && stmt.DropStmt.removeType === 'OBJECT_TABLE' && (stmt.DropStmt.objects?.length ?? 0) > 0) {
    return 'the dropped table';
  }
  return undefined;
}

export const missingLockTimeout: SqlCheck = (stmt, ctx) => {
  if (ctx.lockTimeoutSet || ctx.lockTimeoutReported) return [];
  const table = lockedTable(stmt, ctx);
  if (!table) return [];
  ctx.lockTimeoutReported = true; // once per file: the fix is one SET at the top
  return [
    hit(
      'missing-lock-timeout',
      ctx,
      `This statement takes an exclusive lock on ${table} with no lock_timeout set: while it waits behind a long query, every read and write queues behind it. ` +
        "Start the migration with SET lock_timeout = '5s' (and retry on timeout).",
    ),
  ];
};
