import { hit, isExisting } from '../context';
import { optionNames, relKey, relLabel } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';

const ADVICE = 'Run it outside migrations in a maintenance window, or use pg_repack, which rebuilds the table online.';

export const tableRewrite: SqlCheck = (stmt, ctx) => {
  if ('VacuumStmt' in stmt) {
    const s = stmt.VacuumStmt;
    if (!s.is_vacuumcmd || !optionNames(s.options).includes('full')) return [];
    const rels = (s.rels ?? []).flatMap((r) => ('VacuumRelation' in r && r.VacuumRelation.relation ? [relLabel(r.VacuumRelation.relation)] : []));
    return [
      hit(
        'table-rewrite',
        ctx,
        `VACUUM FULL ${rels.join(', ') || '(every table)'} rewrites the table under an exclusive lock that blocks reads and writes. ${ADVICE}`,
      ),
    ];
  }
  if ('ClusterStmt' in stmt) {
    const s = stmt.ClusterStmt;
    if (s.relation && !isExisting(ctx, relKey(s.relation))) return [];
    return [
      hit(
        'table-rewrite',
        ctx,
        `CLUSTER ${s.relation ? relLabel(s.relation) : '(every clustered table)'} rewrites the table under an exclusive lock that blocks reads and writes. ${ADVICE}`,
      ),
    ];
  }
  return alterTableCmds(stmt)
    .filter(({ table, cmd }) => (cmd.subtype === 'AT_SetLogged' || cmd.subtype === 'AT_SetUnLogged') && isExisting(ctx, relKey(table)))
    .map(({ table, cmd }) =>
      hit(
        'table-rewrite',
        ctx,
        `SET ${cmd.subtype === 'AT_SetLogged' ? 'LOGGED' : 'UNLOGGED'} rewrites ${relLabel(table)} under an exclusive lock that blocks reads and writes. ${ADVICE}`,
      ),
    );
};
