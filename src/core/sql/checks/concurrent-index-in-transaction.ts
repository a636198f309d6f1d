import { hit } from '../context';
import { optionNames } from '../ast';
import type { SqlCheck } from './types';

function concurrentOperation(stmt: Parameters<SqlCheck>[0]): string | undefined {
  if ('IndexStmt' in stmt && stmt.IndexStmt.concurrent) return 'CREATE INDEX CONCURRENTLY';
  if ('DropStmt' in stmt && stmt.DropStmt.removeType === 'OBJECT_INDEX' && stmt.DropStmt.concurrent) return 'DROP INDEX CONCURRENTLY';
  if ('ReindexStmt' in stmt && optionNames(stmt.ReindexStmt.params).includes('concurrently')) return 'REINDEX CONCURRENTLY';
  return undefined;
}

export const concurrentIndexInTransaction: SqlCheck = (stmt, ctx) => {
  if (!ctx.inTransaction) return [];
  const op = concurrentOperation(stmt);
  if (!op) return [];
  return [
    hit(
      'concurrent-index-in-transaction',
      ctx,
      `${op} cannot run inside a transaction block: the migration fails here${(ctx.transactional || ctx.singleQuery) && !ctx.openBeginLine ? ` (${ctx.transactionReason})` : ''}. ` +
        'Run it in a migration of its own with the transaction turned off (or COMMIT before it).',
    ),
  ];
};
