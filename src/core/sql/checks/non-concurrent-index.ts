import { hit, isExisting } from '../context';
import { relKey, relLabel, quote } from '../ast';
import type { SqlCheck } from './types';

export const nonConcurrentIndex: SqlCheck = (stmt, ctx) => {
  if (!('IndexStmt' in stmt)) return [];
  const s = stmt.IndexStmt;
  if (s.concurrent || !isExisting(ctx, relKey(s.relation))) return [];
  const name = s.idxname ? `${quote(s.idxname)} ` : '';
  return [
    hit(
      'non-concurrent-index',
      ctx,
      `Creating ${s.unique ? 'unique ' : ''}index ${name}on ${relLabel(s.relation)} without CONCURRENTLY blocks writes to the table until the build ends. ` +
        'Use CREATE INDEX CONCURRENTLY, outside a transaction block.',
    ),
  ];
};
