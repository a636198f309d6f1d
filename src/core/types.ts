// The shapes every part of rollback-ready shares. Pure data: no I/O anywhere in src/core.

export type Severity = 'error' | 'warning' | 'notice';
export type SeveritySetting = Severity | 'off';
export type Risk = 'none' | 'low' | 'medium' | 'high';
export type Verdict = 'pass' | 'fail' | 'not-applicable';
export type GateStatus = 'pass' | 'fail' | 'skipped';
export type ChangeKind = 'migration' | 'deploy' | 'dependency' | 'config';

export const FRAMEWORK_IDS = [
  'sql',
  'golang-migrate',
  'goose',
  'sql-migrate',
  'dbmate',
  'db-migrate',
  'pop',
  'flyway',
  'sqitch',
  'prisma',
  'rails',
  'django',
  'alembic',
  'knex',
  'sequelize',
  'typeorm',
  'node-pg-migrate',
  'laravel',
  'ecto',
  'liquibase',
] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/**
 * Databases a migration can be written for. The SQL rules are written for Postgres; files of
 * another dialect get only the rules that hold there (see src/core/sql/dialect.ts).
 */
export const DIALECT_IDS = [
  'postgres',
  'cockroachdb',
  'mysql',
  'sqlite',
  'sqlserver',
  'oracle',
  'h2',
  'clickhouse',
  'db2',
  'derby',
  'hsqldb',
  'informix',
  'sybase',
  'hana',
  'firebird',
  'snowflake',
  'redshift',
  'bigquery',
  'spanner',
  'yugabytedb',
  'duckdb',
  'teradata',
] as const;
export type Dialect = (typeof DIALECT_IDS)[number];

export const GATE_IDS = ['rollback-plan', 'plan-sections', 'revert-sha', 'reversible', 'findings', 'checklist', 'drill'] as const;
export type GateId = (typeof GATE_IDS)[number];

/** One changed path of a pull request, with contents read by an adapter (git, the API). */
export interface ChangedFile {
  path: string;
  /** For renames: where the file was before. */
  previousPath?: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  /** Content at head; undefined when removed, binary, or not fetched (not relevant). */
  head?: string;
  /** Content at base; undefined when added, binary, or not fetched. */
  base?: string;
  /** True when either side is binary: never analysed. */
  binary?: boolean;
}

export interface Change {
  path: string;
  kind: ChangeKind;
  framework?: FrameworkId;
  status?: ChangedFile['status'];
}

/** What a rule reports before severity, ignores and docs links are applied. */
export interface Hit {
  rule: string;
  /** 1-based line of the first token of the offending statement or key. */
  line: number;
  message: string;
  /**
   * At most this severity, for a hit less certain than its rule (a type change whose old type
   * could not be found is a warning; a configured lower severity or `off` still wins).
   */
  severity?: Severity;
}

export interface Finding {
  rule: string;
  severity: Severity;
  path: string;
  line: number;
  message: string;
  docs: string;
  /**
   * Present when an inline ignore, an authorised /rollback ack, or the rollback plan (a forward-only
   * stage with backup and restore answers the migration's reversibility findings) covers the finding.
   */
  suppressed?: { by: 'inline' | 'ack' | 'plan'; reason: string; who?: string };
}

export interface GateResult {
  id: GateId;
  status: GateStatus;
  message: string;
  /** Warnings that do not fail the gate (e.g. revert SHA behind the base head). */
  warnings?: string[];
}

/** The JSON report contract (schemaVersion 1). Extra top-level fields are allowed, never removed. */
export interface Report {
  schemaVersion: 1;
  verdict: Verdict;
  risk: Risk;
  changes: Change[];
  findings: Finding[];
  gates: GateResult[];
}
