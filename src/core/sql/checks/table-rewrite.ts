import type { RangeVar } from 'libpg-query';
import { hit, isExisting, type SqlContext } from '../context';
import type { Hit } from '../../types';
import { optionNames, quote, relKey, relLabel } from '../ast';
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
  if ('RefreshMatViewStmt' in stmt) {
    const s = stmt.RefreshMatViewStmt;
    if (s.concurrent || !s.relation || !isExisting(ctx, relKey(s.relation))) return [];
    return [
      hit(
        'table-rewrite',
        ctx,
        `REFRESH MATERIALIZED VIEW ${relLabel(s.relation)} rebuilds it under an exclusive lock that blocks every read of it until the query is done. ` +
          'Use REFRESH MATERIALIZED VIEW CONCURRENTLY (it needs a unique index on the view), or refresh it outside the migration.',
      ),
    ];
  }
  if ('AlterTableMoveAllStmt' in stmt) {
    const s = stmt.AlterTableMoveAllStmt;
    return [
      hit(
        'table-rewrite',
        ctx,
        `ALTER … ALL IN TABLESPACE ${quote(s.orig_tablespacename ?? '?')} SET TABLESPACE ${quote(s.new_tablespacename ?? '?')} copies every table or index there under an exclusive lock that blocks reads and writes. ${ADVICE}`,
      ),
    ];
  }
  const rewrites: Hit[] = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (!isExisting(ctx, relKey(table))) continue;
    if (cmd.subtype === 'AT_SetLogged' || cmd.subtype === 'AT_SetUnLogged')
      rewrites.push(
        hit(
          'table-rewrite',
          ctx,
          `SET ${cmd.subtype === 'AT_SetLogged' ? 'LOGGED' : 'UNLOGGED'} rewrites ${relLabel(table)} under an exclusive lock that blocks reads and writes. ${ADVICE}`,
        ),
      );
    else if (cmd.subtype === 'AT_SetTableSpace') rewrites.push(tablespaceHit('table', table, cmd.name, ctx));
  }
  // ALTER INDEX and ALTER MATERIALIZED VIEW … SET TABLESPACE copy their relation the same way.
  if ('AlterTableStmt' in stmt && stmt.AlterTableStmt.relation) {
    const { objtype, relation, cmds } = stmt.AlterTableStmt;
    const what = objtype === 'OBJECT_INDEX' ? 'index' : objtype === 'OBJECT_MATVIEW' ? 'materialized view' : undefined;
    for (const c of cmds ?? [])
      if (what && 'AlterTableCmd' in c && c.AlterTableCmd.subtype === 'AT_SetTableSpace' && isExisting(ctx, relKey(relation)))
        rewrites.push(tablespaceHit(what, relation, c.AlterTableCmd.name, ctx));
  }
  return rewrites;
};

const tablespaceHit = (what: string, relation: RangeVar, tablespace: string | undefined, ctx: SqlContext): Hit =>
  hit(
    'table-rewrite',
    ctx,
    `SET TABLESPACE copies ${what} ${relLabel(relation)} to ${quote(tablespace ?? '?')} under an exclusive lock that blocks reads and writes until every page is copied. ${ADVICE}`,
  );
