import { hit, isExisting } from '../context';
import { relKey, relLabel, quote } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';

export const dropColumn: SqlCheck = (stmt, ctx) =>
  alterTableCmds(stmt)
    .filter(({ table, cmd }) => cmd.subtype === 'AT_DropColumn' && isExisting(ctx, relKey(table)))
    .map(({ table, cmd }) =>
      hit(
        'drop-column',
        ctx,
        `Dropping column ${quote(cmd.name ?? '?')} from ${relLabel(table)} deletes its data; a rollback cannot restore it. ` +
          'Stop reading the column first, deploy, then drop it in a later release.',
      ),
    );
