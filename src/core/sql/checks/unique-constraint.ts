import { hit, isExisting } from '../context';
import { constraintsOf, relKey, relLabel, quote } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';
import { partitionAware, PARTITIONED_CONSTRAINT_RECIPE } from './partitioned';

const PARTITIONED_TAIL =
  'fails if existing rows have duplicates and builds its index on every partition, blocking writes to each until the whole build ends. ' +
  PARTITIONED_CONSTRAINT_RECIPE;

const MESSAGE_TAIL =
  'fails if existing rows have duplicates and blocks writes while it builds its index. ' +
  'Build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX.';

export const uniqueConstraint: SqlCheck = (stmt, ctx) => {
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (!isExisting(ctx, relKey(table)) || !cmd.def) continue;
    if (cmd.subtype === 'AT_AddConstraint' && 'Constraint' in cmd.def) {
      const c = cmd.def.Constraint;
      const name = c.conname ? `${quote(c.conname)} ` : '';
      // An exclusion constraint is a unique one generalised, without CONCURRENTLY or NOT VALID.
      if (c.contype === 'CONSTR_EXCLUSION')
        hits.push(
          hit(
            'unique-constraint',
            ctx,
            `Adding EXCLUDE constraint ${name}to ${relLabel(table)} fails if existing rows conflict, and builds its index and checks every row under a lock that blocks writes: ` +
              'it has no CONCURRENTLY or NOT VALID form. Add it while the table is small, or in a maintenance window.',
          ),
        );
      if (c.contype !== 'CONSTR_UNIQUE' || c.indexname) continue;
      const what = `Adding UNIQUE constraint ${name}to ${relLabel(table)}`;
      // ALTER TABLE ONLY a partitioned parent builds nothing (pg_dump writes ONLY on every table: plain ones build).
      const partitioned = table.inh === true ? hit('unique-constraint', ctx, `${what} (a partitioned table) ${PARTITIONED_TAIL}`) : undefined;
      hits.push(...partitionAware(ctx, relKey(table), hit('unique-constraint', ctx, `${what} ${MESSAGE_TAIL}`), partitioned));
    } else if (cmd.subtype === 'AT_AddColumn' && 'ColumnDef' in cmd.def) {
      const col = cmd.def.ColumnDef;
      if (!constraintsOf(col).some((c) => c.contype === 'CONSTR_UNIQUE')) continue;
      const what = `Adding UNIQUE column ${quote(col.colname ?? '?')} to ${relLabel(table)}`;
      hits.push(
        ...partitionAware(
          ctx,
          relKey(table),
          hit('unique-constraint', ctx, `${what} ${MESSAGE_TAIL}`),
          hit('unique-constraint', ctx, `${what} (a partitioned table) ${PARTITIONED_TAIL}`),
        ),
      );
    }
  }
  return hits;
};
