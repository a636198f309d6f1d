import { hit } from '../context';
import { lastPart, nameOf, objectLabel } from '../ast';
import type { SqlCheck } from './types';

export const nonConcurrentIndexDrop: SqlCheck = (stmt, ctx) => {
  if (!('DropStmt' in stmt) || stmt.DropStmt.removeType !== 'OBJECT_INDEX' || stmt.DropStmt.concurrent) return [];
  const hits = [];
  for (const obj of stmt.DropStmt.objects ?? []) {
    const name = nameOf(obj);
    if (ctx.createdIndexes.has(lastPart(name))) continue;
    hits.push(
      hit(
        'non-concurrent-index-drop',
        ctx,
        `Dropping index ${objectLabel(obj)} without CONCURRENTLY takes an exclusive lock on its table and blocks reads and writes while it waits. ` +
          'Use DROP INDEX CONCURRENTLY, outside a transaction block.',
      ),
    );
  }
  return hits;
};
