import { hit, isExisting } from '../context';
import { optionNames, relKey, relLabel } from '../ast';
import type { SqlCheck } from './types';

export const nonConcurrentReindex: SqlCheck = (stmt, ctx) => {
  if (!('ReindexStmt' in stmt)) return [];
  const s = stmt.ReindexStmt;
  if (optionNames(s.params).includes('concurrently')) return [];
  if (s.relation && s.kind === 'REINDEX_OBJECT_TABLE' && !isExisting(ctx, relKey(s.relation))) return [];
  const what = s.relation ? relLabel(s.relation) : (s.name ?? 'the database');
  return [
    hit(
      'non-concurrent-reindex',
      ctx,
      `REINDEX of ${what} without CONCURRENTLY blocks writes (and reads that use the index) until it ends. ` +
        'Use REINDEX … CONCURRENTLY, outside a transaction block.',
    ),
  ];
};
