import { hit, isExisting } from '../context';
import { relKey, relLabel, quote } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';

export const constraintNotValidMissing: SqlCheck = (stmt, ctx) => {
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (cmd.subtype !== 'AT_AddConstraint' || !cmd.def || !('Constraint' in cmd.def)) continue;
    const c = cmd.def.Constraint;
    if ((c.contype !== 'CONSTR_FOREIGN' && c.contype !== 'CONSTR_CHECK') || c.skip_validation) continue;
    if (!isExisting(ctx, relKey(table))) continue;
    const kind = c.contype === 'CONSTR_FOREIGN' ? 'foreign key' : 'CHECK constraint';
    const name = c.conname ? `${quote(c.conname)} ` : '';
    hits.push(
      hit(
        'constraint-not-valid-missing',
        ctx,
        `Adding ${kind} ${name}to ${relLabel(table)} without NOT VALID checks every row while holding a lock that blocks writes. ` +
          'Add it with NOT VALID, then run ALTER TABLE … VALIDATE CONSTRAINT in a separate transaction (it only takes a light lock).',
      ),
    );
  }
  return hits;
};
