import type { IndexStmt } from 'libpg-query';
import { hit, isExisting, type SqlContext } from '../context';
import { relKey, relLabel, quote } from '../ast';
import type { Hit } from '../../types';
import type { SqlCheck } from './types';
import { partitionAware } from './partitioned';

/**
 * What to do instead of a plain CREATE INDEX on a partitioned table: Postgres refuses CONCURRENTLY
 * there ("cannot create index on partitioned table … concurrently", DefineIndex in indexcmds.c),
 * so the way is the one its partitioning docs give (Partition Maintenance).
 */
export const PARTITIONED_INDEX_RECIPE =
  'Postgres refuses CREATE INDEX CONCURRENTLY on a partitioned table. Instead: CREATE INDEX … ON ONLY the parent (builds nothing; ' +
  'the index starts invalid), CREATE INDEX CONCURRENTLY the same index on each partition, outside a transaction block, then ' +
  'ALTER INDEX <parent index> ATTACH PARTITION <partition index> for each (the parent index turns valid when every partition has one).';

export const nonConcurrentIndex: SqlCheck = (stmt, ctx) => {
  if (!('IndexStmt' in stmt)) return [];
  const s = stmt.IndexStmt;
  const table = relKey(s.relation);
  if (!isExisting(ctx, table)) return [];
  // ON ONLY: an index on the partitioned parent alone, built on no partition (its partitions'
  // indexes are attached to it one by one). Postgres accepts no CONCURRENTLY on a partitioned table.
  if (s.relation?.inh !== true) return [];
  if (s.concurrent) return [];
  const plain = hit(
    'non-concurrent-index',
    ctx,
    `Creating ${label(s)} without CONCURRENTLY blocks writes to the table until the build ends. ` +
      'Use CREATE INDEX CONCURRENTLY, outside a transaction block.',
  );
  return partitionAware(ctx, table, plain, partitionedHit(s, ctx));
};

const label = (s: IndexStmt): string => `${s.unique ? 'unique ' : ''}index ${s.idxname ? `${quote(s.idxname)} ` : ''}on ${relLabel(s.relation)}`;

/**
 * A plain CREATE INDEX on a partitioned table. Postgres takes a SHARE lock on the parent and on
 * each partition, held to commit; on each partition it attaches a valid matching index it finds
 * instead of building one (DefineIndex), and builds the others under that lock. After the same
 * index built CONCURRENTLY earlier in the file (on the partitions, hatchet-dev/hatchet's way), it
 * attaches: a notice that names the lock. Else a warning with the way Postgres documents.
 */
function partitionedHit(s: IndexStmt, ctx: SqlContext): Hit {
  const attached = ctx.concurrentIndexes.filter((c) => relKey(c.relation) !== relKey(s.relation) && sameDefinition(c, s));
  if (attached.length)
    return {
      ...hit(
        'non-concurrent-index',
        ctx,
        `Creating ${label(s)} (a partitioned table) attaches the matching index${attached.length > 1 ? 'es' : ''} built CONCURRENTLY above ` +
          `(${attached.map((c) => relLabel(c.relation)).join(', ')}) instead of building ${attached.length > 1 ? 'them' : 'it'} again, ` +
          'but it holds a SHARE lock (writes blocked) on the parent and every partition until the transaction commits, and builds the ' +
          'index under that lock on any partition that has no matching valid index. Make sure every partition has one (or attach them ' +
          'one by one: CREATE INDEX … ON ONLY the parent, then ALTER INDEX … ATTACH PARTITION), and set a lock_timeout.',
      ),
      severity: 'notice',
    };
  return hit(
    'non-concurrent-index',
    ctx,
    `Creating ${label(s)} (a partitioned table) builds the index on every partition and blocks writes to each until the whole build ends. ${PARTITIONED_INDEX_RECIPE}`,
  );
}

/** Two index statements define the same index (what Postgres compares before attaching one): columns, method, predicate, uniqueness. */
function sameDefinition(a: IndexStmt, b: IndexStmt): boolean {
  const shape = (s: IndexStmt) =>
    JSON.stringify(
      [s.accessMethod, s.indexParams, s.indexIncludingParams, s.whereClause, !!s.unique, !!s.nulls_not_distinct, s.options],
      (key, value: unknown) => (key === 'location' ? undefined : value),
    );
  return shape(a) === shape(b);
}
