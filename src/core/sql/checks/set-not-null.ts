import type { Node } from 'libpg-query';
import type { Hit } from '../../types';
import { hit, isExisting, type SqlContext } from '../context';
import { isNotNull, isNullConstant } from './column-traits';
import { rebuildOf, type Rebuild } from './rebuild';
import { relKey, relLabel, quote } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';
import { nullabilityHit, swapNullabilityHits } from './nullability';
import { notNullTestColumn } from '../column-history';

export const setNotNull: SqlCheck = (stmt, ctx) => {
  const rebuild = rebuildOf(stmt, ctx);
  return rebuild
    ? rebuildNotNull(rebuild, ctx)
    : [...swapNullabilityHits('set-not-null', stmt, ctx), ...alterSetNotNull(stmt, ctx), ...notNullCheck(stmt, ctx)];
};

/**
 * `ADD CONSTRAINT … CHECK (col IS NOT NULL)` on an existing column: NOT VALID spares the rows
 * already there, not the writes. From this migration on a NULL write fails: it is where the column
 * becomes NOT NULL for the code (strong_migrations' first step; the later VALIDATE and SET NOT NULL
 * that rest on the check are no new change: see PendingNullCheck).
 */
const notNullCheck: SqlCheck = (stmt, ctx) =>
  alterTableCmds(stmt).flatMap(({ table, cmd }) => {
    if (cmd.subtype !== 'AT_AddConstraint' || !cmd.def || !('Constraint' in cmd.def) || cmd.def.Constraint.contype !== 'CONSTR_CHECK') return [];
    const column = notNullTestColumn(cmd.def.Constraint.raw_expr);
    // A column this file added or already made NOT NULL or nullable is judged there.
    if (!column || !isExisting(ctx, relKey(table)) || ctx.columnNullable.has(`${relKey(table)}.${column}`)) return [];
    const how = cmd.def.Constraint.skip_validation ? ' (NOT VALID spares only the rows already there)' : '';
    return [
      hit(
        'set-not-null',
        ctx,
        `CHECK (${column} IS NOT NULL) makes ${quote(column)} of ${relLabel(table)} NOT NULL for every write from now on${how}: old code that writes NULL there fails, during the rollout and after a rollback. ` +
          'Ship code that always writes the column first; validating the check and SET NOT NULL (which reuses it) later change nothing more.',
      ),
    ];
  });

/**
 * SET NOT NULL on a column this file added to an existing table. Old code does not know the column:
 * its inserts leave it out. With a default in place and every row filled, that is ADD COLUMN …
 * NOT NULL DEFAULT … in steps (documenso's Prisma migrations: add, UPDATE, SET DEFAULT, SET NOT
 * NULL): no finding, and a later DROP DEFAULT is add-required-column's. Without a default, old
 * inserts fail; without a fill, the rows already there hold NULL and the statement fails.
 */
function addedColumnNotNull(ctx: SqlContext, stmt: Node, key: string, column: string, label: string): { message?: string } | undefined {
  if (!ctx.addedColumns.has(key)) return undefined;
  const filled = ctx.addedFilled.has(key);
  // The same statement may set or drop the default too (`ALTER COLUMN c DROP DEFAULT, ALTER COLUMN c
  // SET NOT NULL`: republik; Ecto's `modify … default: nil, null: false`: hexpm): what it leaves counts.
  let withDefault = ctx.addedDefaults.has(key);
  for (const { cmd } of alterTableCmds(stmt))
    if (cmd.subtype === 'AT_ColumnDefault' && cmd.name === column) withDefault = !!cmd.def && !isNullConstant(cmd.def);
  if (withDefault && filled) {
    ctx.requiredWithDefault.set(key, ctx.line);
    return {};
  }
  if (!filled)
    return {
      message:
        (ctx.addedPartlyFilled.has(key)
          ? `${quote(column)} was added to ${label} by this migration and only an UPDATE with a WHERE fills it: rows it does not reach hold NULL, and SET NOT NULL fails on them`
          : `${quote(column)} was added to ${label} by this migration and no UPDATE fills it, so the rows already there hold NULL: SET NOT NULL fails on a table with rows`) +
        `${withDefault ? ' (SET DEFAULT fills only new rows)' : ', and old code, which leaves the column out of its inserts, fails after a rollback'}. ` +
        'Add it with the default (ADD COLUMN … NOT NULL DEFAULT …), or add it nullable, fill it, and make it NOT NULL in a later release.',
    };
  return {
    message:
      `${quote(column)} was added to ${label} by this migration without a default: old code leaves it out of its inserts, which fail once it is NOT NULL, during the rollout and after a rollback. ` +
      'Give it a default first (SET DEFAULT before SET NOT NULL), or make it NOT NULL in a later release, once every running version writes it.',
  };
}

/**
 * The constraints an ALTER TABLE statement drops from a table. Postgres runs a statement's drops
 * before its other subcommands (tablecmds.c's AT_PASS_DROP), so a check dropped in the statement
 * of a SET NOT NULL is gone when the SET NOT NULL looks for one that proves the column (its own
 * VALIDATE CONSTRAINT runs after it, in AT_PASS_MISC, and proves nothing yet either).
 */
function droppedInStatement(stmt: Node, table: string): string[] {
  return alterTableCmds(stmt)
    .filter(({ table: t, cmd }) => cmd.subtype === 'AT_DropConstraint' && cmd.name && relKey(t) === table)
    .map(({ cmd }) => cmd.name!);
}

const alterSetNotNull: SqlCheck = (stmt, ctx) =>
  alterTableCmds(stmt)
    .filter(({ table, cmd }) => cmd.subtype === 'AT_SetNotNull' && isExisting(ctx, relKey(table)))
    .flatMap(({ table, cmd }) => {
      const added = addedColumnNotNull(ctx, stmt, `${relKey(table)}.${cmd.name ?? '?'}`, cmd.name ?? '?', relLabel(table));
      if (added && !added.message) return [];
      if (added?.message) {
        const found = nullabilityHit('set-not-null', ctx, stmt, table, cmd.name ?? '?', false, added.message);
        return found ? [found] : [];
      }
      const found = nullabilityHit(
        'set-not-null',
        ctx,
        stmt,
        table,
        cmd.name ?? '?',
        false,
        ctx.dialect && ctx.dialect !== 'postgres'
          ? // No Postgres advice (CHECK … NOT VALID) on another database; MySQL's MODIFY/CHANGE say NOT NULL this way.
            `Making ${quote(cmd.name ?? '?')} of ${relLabel(table)} NOT NULL fails while any row holds NULL, and old code that writes NULL there fails after a rollback. ` +
              'Ship code that always writes the column and backfill the NULLs first; make it NOT NULL in a later release.'
          : `SET NOT NULL on ${quote(cmd.name ?? '?')} of ${relLabel(table)} scans the table under an exclusive lock, and old code that writes NULL there fails after a rollback. ` +
              'Ship code that always writes the column first; then add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, and SET NOT NULL (which reuses the check) in a later release.',
      );
      // A valid `CHECK (col IS NOT NULL)` from earlier migrations, or one they added NOT VALID and this
      // file validated, lets Postgres skip the scan (see PendingNullCheck).
      if (found && (!ctx.dialect || ctx.dialect === 'postgres')) {
        const column = cmd.name ?? '?';
        const origin = { table: ctx.origins.get(relKey(table)) ?? relKey(table), column: ctx.origins.get(`${relKey(table)}.${column}`) ?? column };
        ctx.columnChanges.push({
          kind: 'null-check',
          ...origin,
          constraints: ctx.validated.get(relKey(table)) ?? [],
          dropped: [...(ctx.droppedConstraints.get(relKey(table)) ?? []), ...droppedInStatement(stmt, relKey(table))],
          hit: found,
        });
      }
      return found ? [found] : [];
    });

/**
 * A table rebuilt by copy whose new definition makes a copied column NOT NULL: the copy fails on
 * any row holding NULL there, and old code that writes NULL fails after a rollback. Every rebuild
 * restates every column, so what the column allowed before decides: from this file when it says
 * (an ADD COLUMN, a SET/DROP NOT NULL), else from the folder's earlier migrations, looked up
 * quietly (a column whose definition cannot be found is no finding: the rebuild's drop-column
 * look-up already says when the table's columns cannot be).
 */
function rebuildNotNull({ copy, table, columns, dropLine }: Rebuild, ctx: SqlContext): Hit[] {
  if (ctx.createdTables.has(table)) return [];
  const defs = ctx.tableDefs.get(copy) ?? [];
  const hits: Hit[] = [];
  for (const [now, was] of columns) {
    const def = defs.find((d) => d.colname === now);
    const before = ctx.columnNullable.get(`${table}.${was}`);
    if (!def || !isNotNull(def) || before === false) continue;
    const found: Hit = {
      ...hit(
        'set-not-null',
        ctx,
        `Rebuilding ${quote(table)} (${quote(copy)} takes its rows, then replaces it) makes ${quote(was)} NOT NULL: the copy fails while any row holds NULL there, and old code that writes NULL there fails after a rollback. ` +
          'Ship code that always writes the column and backfill the NULLs first; make it NOT NULL in a later rebuild.',
      ),
      line: dropLine,
    };
    if (before === true) hits.push(found);
    else {
      const key = `${table}.${was}`;
      ctx.columnChanges.push({
        kind: 'nullability',
        table: ctx.origins.get(table) ?? table,
        column: ctx.origins.get(key) ?? was,
        nullable: false,
        hit: found,
        restated: true,
        quiet: true,
      });
    }
  }
  return hits;
}
