// A NOT NULL field that AddField gives a default only while adding it: Django fills the existing
// rows with it, then drops it from the column (base/schema.py `add_field`: "Django usually does not
// use in-database defaults"). The SQL check reports the DROP DEFAULT (add-required-column); its
// message is said here in Django's terms, with Django's way out.
import type { Hit } from '../../types';
import type { FilledField } from './reader';

const WHAT: Record<FilledField['how'], string> = {
  default: 'its default',
  blank: "'' (`blank=True`, no default)",
  auto_now: 'the current time (`auto_now`/`auto_now_add`)',
};

const ADVICE: Record<FilledField['how'], string> = {
  default: '`db_default=`',
  blank: "`db_default=''`",
  auto_now: '`db_default=Now()`',
};

export function requiredFieldMessage(f: FilledField): string {
  return (
    `Django adds NOT NULL field "${f.column}" to "${f.table}" filling the existing rows with ${WHAT[f.how]}, then drops the column's default (Django keeps defaults in Python, not in the database): ` +
    'old code that inserts rows without the column breaks, during the rollout and after a rollback. ' +
    `On Django 5.0 or later give the field ${ADVICE[f.how]} (the database keeps it); before, add it \`null=True\`, ship code that writes it, backfill, and make it NOT NULL in a later release.`
  );
}

/** The `add-required-column` finding on each such AddField's DROP DEFAULT, in Django's terms. */
export function sayFilledFields(hits: Hit[], filled: FilledField[]): Hit[] {
  if (!filled.length) return hits;
  return hits.map((h) => {
    if (h.rule !== 'add-required-column') return h;
    const f = filled.find((x) => x.line === h.line && h.message.includes(`"${x.column}"`));
    return f ? { ...h, message: requiredFieldMessage(f) } : h;
  });
}
