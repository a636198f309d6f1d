// An AlterField restates the whole field. When the field as the earlier migrations left it is not
// found (a migration it depends on is missing or cannot be read, the look back stops, or no earlier
// migration defines it), its synthesised type change stays provisional: the one finding says why,
// and what else the restatement may change (Django fields are NOT NULL unless `null=True`), as
// the SQL readers' restatements do (src/core/frameworks/sql-history.ts). Before, the history read
// that failed was not named and a NOT NULL restatement was not said at all; with the history at
// hand the same AlterField is a `set-not-null` error.
import type { Hit } from '../../types';
import { RESTATED_NOT_NULL, RESTATED_NULLABLE, RESTATED_UNIQUE, UNKNOWN_TYPE_WHY } from '../../sql/checks/restated';
import type { UnknownField } from './reader';

/** The `change-column-type` finding of each such AlterField, saying why it is provisional and what else it may change. */
export function sayUnknownFields(hits: Hit[], unknown: UnknownField[]): Hit[] {
  if (!unknown.length) return hits;
  return hits.map((h) => {
    if (h.rule !== 'change-column-type') return h;
    const u = unknown.find((x) => x.line === h.line && h.message.includes(`"${x.column}"`));
    if (!u) return h;
    const why = `its earlier definition was not found (${u.why})`;
    const column = u.field.column;
    // A primary key was NOT NULL and unique before as after.
    const also = column.primaryKey ? [] : [column.notNull ? RESTATED_NOT_NULL : RESTATED_NULLABLE, ...(column.unique ? [RESTATED_UNIQUE] : [])];

    // The provisional warning (a type that may be a widening) names its cause where the SQL check put it; an error gets it after.
    const message = h.message.includes(UNKNOWN_TYPE_WHY)
      ? h.message.replace(UNKNOWN_TYPE_WHY, why)
      : `${h.message} (The old type could not be looked up: ${why}.)`;
    return { ...h, message: [message, ...also].join(' ') };
  });
}
