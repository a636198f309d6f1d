import { isExisting } from '../context';
import { relKey, relLabel, quote } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';
import { nullabilityHit } from './nullability';

export const setNotNull: SqlCheck = (stmt, ctx) =>
  alterTableCmds(stmt)
    .filter(({ table, cmd }) => cmd.subtype === 'AT_SetNotNull' && isExisting(ctx, relKey(table)))
    .flatMap(({ table, cmd }) => {
      const found = nullabilityHit(
        'set-not-null',
        ctx,
        stmt,
        table,
        cmd.name ?? '?',
        false,
        `SET NOT NULL on ${quote(cmd.name ?? '?')} of ${relLabel(table)} scans the table under an exclusive lock, and old code that writes NULL there fails after a rollback. ` +
          'Ship code that always writes the column first; then add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, and SET NOT NULL (which reuses the check) in a later release.',
      );
      return found ? [found] : [];
    });
