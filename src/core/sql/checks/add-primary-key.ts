import { hit, isExisting } from '../context';
import { constraintsOf, relKey, relLabel } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';
import { partitionAware, PARTITIONED_CONSTRAINT_RECIPE } from './partitioned';

export const addPrimaryKey: SqlCheck = (stmt, ctx) => {
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (!isExisting(ctx, relKey(table)) || !cmd.def) continue;
    const adds =
      (cmd.subtype === 'AT_AddConstraint' && 'Constraint' in cmd.def && cmd.def.Constraint.contype === 'CONSTR_PRIMARY' && !cmd.def.Constraint.indexname) ||
      (cmd.subtype === 'AT_AddColumn' && 'ColumnDef' in cmd.def && constraintsOf(cmd.def.ColumnDef).some((c) => c.contype === 'CONSTR_PRIMARY'));
    if (!adds) continue;
    const plain = hit(
      'add-primary-key',
      ctx,
      `Adding a primary key to ${relLabel(table)} builds its index and checks NOT NULL while holding an exclusive lock on the table. ` +
        'Build a unique index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … PRIMARY KEY USING INDEX.',
    );
    // ALTER TABLE ONLY a partitioned parent builds nothing (pg_dump writes ONLY on every table: plain ones build).
    const partitioned =
      table.inh === true
        ? hit(
            'add-primary-key',
            ctx,
            `Adding a primary key to ${relLabel(table)} (a partitioned table) builds its index on every partition and checks NOT NULL, ` +
              `blocking writes to each until the whole build ends. ${PARTITIONED_CONSTRAINT_RECIPE}`,
          )
        : undefined;
    hits.push(...partitionAware(ctx, relKey(table), plain, partitioned));
  }
  return hits;
};
