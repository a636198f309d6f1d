import type { DeleteStmt, Node } from 'libpg-query';
import type { Hit } from '../../types';
import { hit, isExisting, type SqlContext } from '../context';
import { cteQueries, relKey, relLabel } from '../ast';
import type { SqlCheck } from './types';

const ADVICE = 'Add a WHERE clause for the rows you mean, and copy them to a backup table before deleting.';

/**
 * `DELETE FROM t` without WHERE, as a statement of its own or in a WITH clause (`WITH gone AS
 * (DELETE FROM t RETURNING *) INSERT INTO archive SELECT * FROM gone`): Postgres runs every
 * data-modifying CTE, whatever the main statement reads of it, so the wipe is the same.
 */
export const deleteWithoutWhere: SqlCheck = (stmt, ctx) => {
  const out: Hit[] = [];
  if ('DeleteStmt' in stmt && wipes(stmt.DeleteStmt, ctx))
    out.push(
      hit(
        'delete-without-where',
        ctx,
        `DELETE FROM ${relLabel(stmt.DeleteStmt.relation)} without WHERE deletes every row; a rollback cannot bring them back. ${ADVICE}`,
      ),
    );
  out.push(...cteWipes(stmt, stmt, ctx));
  return out;
};

const wipes = (s: DeleteStmt, ctx: SqlContext): boolean => !s.whereClause && isExisting(ctx, relKey(s.relation));

/** The DELETEs without WHERE of a statement's WITH clause, nested WITH clauses included (`top`: the statement that holds them). */
function cteWipes(stmt: Node, top: Node, ctx: SqlContext): Hit[] {
  const out: Hit[] = [];
  for (const query of cteQueries(stmt)) {
    if ('DeleteStmt' in query && wipes(query.DeleteStmt, ctx)) {
      const table = relLabel(query.DeleteStmt.relation);
      // `… INSERT INTO archive SELECT * FROM gone`: the rows are moved, and only a down that moves them back restores them.
      const into =
        'InsertStmt' in top
          ? ` The statement writes what it deletes into ${relLabel(top.InsertStmt.relation)}: only a down that copies the rows back restores them.`
          : '';
      out.push(
        hit(
          'delete-without-where',
          ctx,
          `DELETE FROM ${table} in a WITH clause, without WHERE, deletes every row; a rollback cannot bring them back.${into} ${ADVICE}`,
        ),
      );
    }
    out.push(...cteWipes(query, top, ctx));
  }
  return out;
}
