import type { ColumnDef } from 'libpg-query';
import { calledFunctions, constraintsOf, typeBaseName } from '../ast';

const SERIAL_TYPES = new Set(['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial']);

/**
 * Functions whose value differs per row (VOLATILE): a default calling one makes ADD COLUMN rewrite
 * the table. now(), CURRENT_TIMESTAMP and statement_timestamp() are STABLE: evaluated once, no
 * rewrite since Postgres 11.
 */
const VOLATILE_FUNCTIONS = new Set([
  'random',
  'random_normal',
  'gen_random_uuid',
  'uuid_generate_v1',
  'uuid_generate_v1mc',
  'uuid_generate_v4',
  'uuidv4',
  'uuidv7',
  'clock_timestamp',
  'timeofday',
  'nextval',
  'setval',
  'txid_current',
  'gen_random_bytes',
]);

export const isSerial = (col: ColumnDef): boolean => SERIAL_TYPES.has(typeBaseName(col.typeName));

export function defaultExpr(col: ColumnDef): unknown {
  return constraintsOf(col).find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr;
}

/** `NULL`, or `NULL::type`: a default that is no default (Liquibase's `defaultValueComputed="NULL"`, Ecto's `default: nil`). */
export function isNullConstant(expr: unknown): boolean {
  let node = expr as { A_Const?: { isnull?: boolean }; TypeCast?: { arg?: unknown } } | undefined;
  while (node?.TypeCast) node = node.TypeCast.arg as typeof node;
  return node?.A_Const?.isnull === true;
}

/** A default other than NULL: serial, identity, generated, or a `DEFAULT` that is not `NULL`. */
export const hasRealDefault = (col: ColumnDef): boolean => hasDefault(col) && !isNullConstant(defaultExpr(col));

export const hasDefault = (col: ColumnDef): boolean =>
  isSerial(col) || constraintsOf(col).some((c) => c.contype === 'CONSTR_DEFAULT' || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');

export const isNotNull = (col: ColumnDef): boolean =>
  col.is_not_null === true || constraintsOf(col).some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');

/** The column never holds NULL as defined: NOT NULL, a primary key, serial or identity. */
export const definedNotNull = (col: ColumnDef): boolean => isNotNull(col) || isSerial(col) || constraintsOf(col).some((c) => c.contype === 'CONSTR_IDENTITY');

/** `GENERATED ALWAYS AS (…) STORED`: computed and written for every row when added (a VIRTUAL one is computed when read). */
export const isStoredGenerated = (col: ColumnDef): boolean => constraintsOf(col).some((c) => c.contype === 'CONSTR_GENERATED' && c.generated_kind === 's');

/** Why adding this column rewrites the table, or undefined when it does not. */
export function rewriteReason(col: ColumnDef): string | undefined {
  if (isSerial(col)) return `its ${typeBaseName(col.typeName)} type fills every row from a sequence`;
  for (const c of constraintsOf(col)) {
    if (c.contype === 'CONSTR_IDENTITY') return 'an identity column fills every row from a sequence';
    if (c.contype === 'CONSTR_GENERATED' && c.generated_kind === 's') return 'a stored generated column is computed for every row';
  }
  const volatile = calledFunctions(defaultExpr(col)).find((f) => VOLATILE_FUNCTIONS.has(f));
  return volatile ? `its default calls the volatile function ${volatile}()` : undefined;
}
