import { hit, isExisting } from '../context';
import { constraintsOf, relKey, relLabel, quote } from '../ast';
import type { ColumnDef, Constraint } from 'libpg-query';
import { alterTableCmds, type SqlCheck } from './types';
import { hasDefault } from './column-traits';

const LATER = 'and VALIDATE CONSTRAINT in a separate transaction (it only takes a light lock).';

/**
 * `ADD COLUMN … REFERENCES … DEFAULT …`: Postgres skips validating a foreign key written in the column
 * it adds, unless the column has a default (even NULL: transformAlterTableStmt in parse_utilcmd.c),
 * when every row is checked under a lock that blocks writes to both tables, and no NOT VALID can be
 * written inline (lemmy's 2022-06-21-123144_language-tags:
 * `ADD COLUMN language_id integer REFERENCES language NOT NULL DEFAULT 0`).
 */
function foreignKeyColumnMessage(col: ColumnDef, fk: Constraint, table: string, check: boolean): string {
  const column = quote(col.colname ?? '?');
  const target = fk.pktable ? ` to ${relLabel(fk.pktable)}` : '';
  if (check) {
    return (
      `Adding column ${column} to ${table} with a CHECK constraint and a foreign key${target} checks both on every row (the foreign key since the column has a default) while holding ADD COLUMN's lock, which blocks reads and writes, and a constraint written in the column cannot be NOT VALID. ` +
      `Add the column alone, then ADD CONSTRAINT … CHECK (…) and … FOREIGN KEY … NOT VALID, ${LATER}`
    );
  }
  return (
    `Adding column ${column} (a foreign key${target}) with a default to ${table} checks the foreign key on every row while holding a lock that blocks writes to both tables (without a default Postgres skips the check), and a foreign key written in the column cannot be NOT VALID. ` +
    `Add the column alone, fill it, then ADD CONSTRAINT … FOREIGN KEY … NOT VALID, ${LATER}`
  );
}

/**
 * `ADD COLUMN … CHECK (…)`: Postgres verifies every new CHECK by scanning the table (ATRewriteTables in
 * tablecmds.c), under ADD COLUMN's ACCESS EXCLUSIVE lock, even when every row holds NULL (on PGlite, a
 * million-row table took 2 ms for `ADD COLUMN b int` and 90 ms for `ADD COLUMN c int CHECK (c > 0)`).
 * One scan for the statement, so one finding naming its columns (crates.io's
 * 2026-06-17-155847-0000_add_version_zip_checksums adds two).
 */
function checkColumnsMessage(columns: string[], table: string): string {
  const named = columns.map(quote);
  const list = named.length === 1 ? `column ${named[0]}` : `columns ${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  const it = named.length === 1 ? 'a CHECK constraint' : 'CHECK constraints';
  return (
    `Adding ${list} with ${it} to ${table} scans every row to check ${named.length === 1 ? 'it' : 'them'} while holding ADD COLUMN's lock, which blocks reads and writes (even when every row holds NULL), and a constraint written in the column cannot be NOT VALID. ` +
    `Add the column${named.length === 1 ? '' : 's'} alone, then ADD CONSTRAINT … CHECK (…) NOT VALID, ${LATER}`
  );
}

export const constraintNotValidMissing: SqlCheck = (stmt, ctx) => {
  const hits = [];
  // Columns added with a CHECK written in them: one scan for the statement.
  const checked: string[] = [];
  let checkedTable = '';
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (cmd.subtype === 'AT_AddColumn' && cmd.def && 'ColumnDef' in cmd.def && isExisting(ctx, relKey(table))) {
      const col = cmd.def.ColumnDef;
      const constraints = constraintsOf(col);
      const fk = hasDefault(col) ? constraints.find((c) => c.contype === 'CONSTR_FOREIGN') : undefined;
      const check = constraints.some((c) => c.contype === 'CONSTR_CHECK');
      if (fk) hits.push(hit('constraint-not-valid-missing', ctx, foreignKeyColumnMessage(col, fk, relLabel(table), check)));
      else if (check) {
        checked.push(col.colname ?? '?');
        checkedTable = relLabel(table);
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
  if (checked.length) hits.push(hit('constraint-not-valid-missing', ctx, checkColumnsMessage(checked, checkedTable)));
  return hits;
};
