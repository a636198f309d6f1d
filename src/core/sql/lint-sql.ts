import type { Hit } from '../types';

/** A run of Postgres SQL inside a migration file (the whole file, or one `execute` string). */
export interface SqlPiece {
  sql: string;
  /** 1-based line in the file where `sql` starts. */
  line: number;
  /** True for SQL synthesised from a DSL call (remove_column → ALTER TABLE … DROP COLUMN). */
  synthetic?: boolean;
}

export interface SqlLintOptions {
  /** The framework runs each migration inside a transaction (Rails, Django, Alembic by default). */
  transactional?: boolean;
}

export interface SqlLintResult {
  hits: Hit[];
  /** The SQL changes data (UPDATE, DELETE, INSERT … SELECT), not only schema. */
  changesData: boolean;
  /** The SQL does nothing: only comments, whitespace or `SELECT 1`-style no-ops. */
  empty: boolean;
  /** Every statement only adds (CREATE TABLE/INDEX, ADD nullable COLUMN…). */
  additiveOnly: boolean;
}

/**
 * Lint Postgres SQL with the real Postgres parser. Pieces share context in order (a table created
 * by an earlier piece is new in later ones). Never throws on bad SQL: a `parse-error` hit instead.
 */
export async function lintSql(pieces: SqlPiece[], options: SqlLintOptions = {}): Promise<SqlLintResult> {
  void pieces;
  void options;
  throw new Error('lintSql: not implemented yet');
}
