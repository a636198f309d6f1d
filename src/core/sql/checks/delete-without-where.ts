import { hit, isExisting } from '../context';
import { relKey, relLabel } from '../ast';
import type { SqlCheck } from './types';

export const deleteWithoutWhere: SqlCheck = (stmt, ctx) => {
  if (!('DeleteStmt' in stmt)) return [];
  const s = stmt.DeleteStmt;
  if (s.whereClause || !isExisting(ctx, relKey(s.relation))) return [];
  return [
    hit(
      'delete-without-where',
      ctx,
      `DELETE FROM ${relLabel(s.relation)} without WHERE deletes every row; a rollback cannot bring them back. ` +
        'Add a WHERE clause for the rows you mean, and copy them to a backup table before deleting.',
    ),
  ];
};
