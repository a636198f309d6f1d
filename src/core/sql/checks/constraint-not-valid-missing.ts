import { hit, isExisting } from '../context';
import { constraintsOf, relKey, relLabel, quote } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';
import { hasDefault } from './column-traits';

export const constraintNotValidMissing: SqlCheck = (stmt, ctx) => {
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    // `ADD COLUMN c bigint REFERENCES u (id) DEFAULT …`: Postgres skips validating a foreign key
    // written in the column it adds, unless the column has a default (even NULL: transformAlterTableStmt
    // in parse_utilcmd.c), when every row is checked under a lock that blocks writes to both tables,
    // and no NOT VALID can be written inline (lemmy's 2022-06-21-123144_language-tags:
    // `ADD COLUMN language_id integer REFERENCES language NOT NULL DEFAULT 0`).
    if (cmd.subtype === 'AT_AddColumn' && cmd.def && 'ColumnDef' in cmd.def && isExisting(ctx, relKey(table))) {
      const col = cmd.def.ColumnDef;
      const fk = constraintsOf(col).find((c) => c.contype === 'CONSTR_FOREIGN');
      if (fk && hasDefault(col)) {
        const to = fk.pktable ? ` (a foreign key to ${relLabel(fk.pktable)})` : ' (a foreign key)';
        hits.push(
          hit(
            'constraint-not-valid-missing',
            ctx,
            `Adding column ${quote(col.colname ?? '?')}${to} with a default to ${relLabel(table)} checks the foreign key on every row while holding a lock that blocks writes to both tables (without a default Postgres skips the check), and a foreign key written in the column cannot be NOT VALID. ` +
              'Add the column alone, fill it, then ADD CONSTRAINT … FOREIGN KEY … NOT VALID, and VALIDATE CONSTRAINT in a separate transaction (it only takes a light lock).',
          ),
        );
      }
      continue;
    }
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
