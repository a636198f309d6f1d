import { hit } from '../context';
import { lastPart, nameOf, quote } from '../ast';
import type { SqlCheck } from './types';

export const enumValueAdded: SqlCheck = (stmt, ctx) => {
  if (!('AlterEnumStmt' in stmt)) return [];
  const s = stmt.AlterEnumStmt;
  if (s.newVal === undefined || s.oldVal !== undefined) return []; // RENAME VALUE is another matter
  const type = (s.typeName ?? []).map(nameOf).join('.');
  if (ctx.createdTypes.has(lastPart(type))) return [];
  return [
    hit(
      'enum-value-added',
      ctx,
      `Adding value '${s.newVal}' to enum ${quote(type)} cannot be undone: Postgres cannot drop an enum value, so the down migration cannot remove it and rows using it block a rollback. ` +
        'Ship code that tolerates the value first; consider a lookup table or a text column with a CHECK constraint for values that change.',
    ),
  ];
};
