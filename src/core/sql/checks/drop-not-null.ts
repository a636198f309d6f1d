import { isExisting } from '../context';
import { relKey, relLabel, quote } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';
import { nullabilityHit, swapNullabilityHits } from './nullability';

/** How a database restates a column that leaves NOT NULL out, making it nullable (src/core/sql/fallback-columns.ts). */
const RESTATED: Record<string, string> = { mysql: 'a MODIFY/CHANGE', sqlserver: 'an ALTER COLUMN' };

export const dropNotNull: SqlCheck = (stmt, ctx) => [...swapNullabilityHits('drop-not-null', stmt, ctx), ...alterDropNotNull(stmt, ctx)];

const alterDropNotNull: SqlCheck = (stmt, ctx) =>
  alterTableCmds(stmt)
    .filter(({ table, cmd }) => cmd.subtype === 'AT_DropNotNull' && isExisting(ctx, relKey(table)))
    .flatMap(({ table, cmd }) => {
      const found = nullabilityHit(
        'drop-not-null',
        ctx,
        stmt,
        table,
        cmd.name ?? '?',
        true,
        // MySQL's MODIFY/CHANGE and SQL Server's ALTER COLUMN make a column nullable by leaving NOT NULL out: say so, it is easy to miss.
        `${RESTATED[ctx.dialect ?? ''] ? `Making ${quote(cmd.name ?? '?')} of ${relLabel(table)} nullable (DROP NOT NULL, or ${RESTATED[ctx.dialect ?? '']} that leaves out NOT NULL)` : `DROP NOT NULL on ${quote(cmd.name ?? '?')} of ${relLabel(table)}`} lets new code write NULLs that the old code (back after a rollback) does not expect, and re-adding NOT NULL then fails. ` +
          'Make the old code tolerate NULL first, deploy it, then drop the constraint in a later release.',
      );
      return found ? [found] : [];
    });
