import { hit } from '../context';
import { objectLabel, quote } from '../ast';
import type { SqlCheck } from './types';

export const dropSchema: SqlCheck = (stmt, ctx) => {
  if ('DropdbStmt' in stmt) {
    return [
      hit(
        'drop-schema',
        ctx,
        `Dropping database ${quote(stmt.DropdbStmt.dbname ?? '?')} deletes every table in it; a rollback cannot restore them. ` +
          'Do this by hand after a verified backup, never in a migration.',
      ),
    ];
  }
  if (!('DropStmt' in stmt) || stmt.DropStmt.removeType !== 'OBJECT_SCHEMA') return [];
  return (stmt.DropStmt.objects ?? []).map((obj) =>
    hit(
      'drop-schema',
      ctx,
      `Dropping schema ${objectLabel(obj)} deletes the tables in it${stmt.DropStmt.behavior === 'DROP_CASCADE' ? ' (CASCADE)' : ''}; a rollback cannot restore them. ` +
        'Move or retire its tables one release at a time and take a backup before dropping the schema.',
    ),
  );
};
