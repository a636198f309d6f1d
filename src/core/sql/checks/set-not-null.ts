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
        ctx.dialect && ctx.dialect !== 'postgres'
          ? // No Postgres advice (CHECK … NOT VALID) on another database; MySQL's MODIFY/CHANGE say NOT NULL this way.
            `Making ${quote(cmd.name ?? '?')} of ${relLabel(table)} NOT NULL fails while any row holds NULL, and old code that writes NULL there fails after a rollback. ` +
              'Ship code that always writes the column and backfill the NULLs first; make it NOT NULL in a later release.'
          : `SET NOT NULL on ${quote(cmd.name ?? '?')} of ${relLabel(table)} scans the table under an exclusive lock, and old code that writes NULL there fails after a rollback. ` +
              'Ship code that always writes the column first; then add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, and SET NOT NULL (which reuses the check) in a later release.',
      );
      return found ? [found] : [];
    });
