// Advice that differs on a partitioned table: Postgres refuses CREATE INDEX CONCURRENTLY there
// ("cannot create index on partitioned table … concurrently", DefineIndex in indexcmds.c) and
// ADD CONSTRAINT … USING INDEX ("not supported on partitioned tables", parse_utilcmd.c).
import type { Hit } from '../../types';
import type { SqlContext } from '../context';

/**
 * The finding for an index or constraint built on an existing table: `partitioned` (nothing when
 * undefined) when this file made the table `PARTITION BY`; else `plain`, reported provisionally,
 * and `partitioned` in its place when the folder's earlier migrations made it so
 * (src/core/frameworks/sql-history.ts).
 */
export function partitionAware(ctx: SqlContext, table: string, plain: Hit | undefined, partitioned: Hit | undefined): Hit[] {
  if (ctx.partitionedTables.has(table)) return partitioned ? [partitioned] : [];
  if (!plain) return [];
  ctx.columnChanges.push({ kind: 'partitioned', table, hit: plain, partitioned });
  return [plain];
}

/** Postgres' way to add a UNIQUE or PRIMARY KEY constraint to a partitioned table without building it under one lock. */
export const PARTITIONED_CONSTRAINT_RECIPE =
  'Postgres refuses CREATE UNIQUE INDEX CONCURRENTLY and ADD CONSTRAINT … USING INDEX on a partitioned table. Instead (its partitioning docs, ' +
  'Partition Maintenance): ALTER TABLE ONLY the parent ADD the constraint (builds nothing; its index starts invalid), on each partition ' +
  'CREATE UNIQUE INDEX CONCURRENTLY and ADD the same constraint USING INDEX, then ALTER INDEX <parent index> ATTACH PARTITION <partition index> for each.';
