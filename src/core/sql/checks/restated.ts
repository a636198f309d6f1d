// What a restatement of a whole column (Knex's `.alter()`, Rails' `change_column`, MySQL's
// `MODIFY`, Django's `AlterField`) may change beside its type when the column's earlier definition
// was not found: said in the one provisional finding the restatement keeps. Plain text, no checks:
// the readers that settle restatements import it without loading the rule checks.

/** Why a type change is provisional when nothing else is known: the SQL check's own words. */
export const UNKNOWN_TYPE_WHY = 'its earlier type is not in this migration';

/** The restatement makes the column NOT NULL, which it may not have been. */
export const RESTATED_NOT_NULL =
  'It also restates the column as NOT NULL: if it allowed NULL, this fails while any row holds NULL, and old code that writes NULL fails after a rollback (see set-not-null).';

/** The restatement makes the column nullable, which it may not have been. */
export const RESTATED_NULLABLE =
  'It also restates the column as nullable: if it was NOT NULL, new code may write NULLs that the old code (back after a rollback) does not expect (see drop-not-null).';

/** The restatement makes the column UNIQUE, which it may not have been. */
export const RESTATED_UNIQUE =
  'It also restates the column as UNIQUE: if it was not, this builds a unique index under a lock and fails on the first duplicate (see unique-constraint).';
