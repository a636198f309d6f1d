// Which SQL-file framework a `.sql` path belongs to: content markers first (goose and dbmate files
// sit in ordinary migrations folders), then the file-name conventions.
import type { FrameworkId } from '../types';
import { baseName } from './shared-sql';

/** A marker line: `-- +goose …` or `-- migrate:up` at the start of a line (after blanks). */
function hasMarkerLine(content: string, needle: string, prefix: (line: string) => boolean): boolean {
  if (!content.includes(needle)) return false; // quick reject for the common case
  for (const raw of content.split('\n')) if (prefix(raw.trimStart())) return true;
  return false;
}

export const isGooseFile = (content: string): boolean => hasMarkerLine(content, '+goose', (l) => /^--\s*\+goose\s/i.test(l + ' '));
export const isDbmateFile = (content: string): boolean => hasMarkerLine(content, 'migrate:', (l) => /^--\s*migrate:(up|down)\b/.test(l));
const isLiquibaseFile = (content: string): boolean => hasMarkerLine(content, 'liquibase', (l) => /^--\s*liquibase\s+formatted\s+sql/i.test(l));

const FLYWAY_NAME = /^(?:[VU]\d[\d._]*|R)__.+\.sql$/;
const GOLANG_MIGRATE_NAME = /[._](?:up|down)\.sql$/;

export const isFlywayName = (name: string): boolean => FLYWAY_NAME.test(name);
export const isGolangMigrateName = (name: string): boolean => GOLANG_MIGRATE_NAME.test(name);
/** `deploy/`, `revert/` (Sqitch's script folders) as a path segment. */
export const sqitchFolder = (path: string): 'deploy' | 'revert' | undefined => {
  const segments = path.split('/').slice(0, -1);
  for (let i = segments.length - 1; i >= 0; i--) {
    if (segments[i] === 'deploy') return 'deploy';
    if (segments[i] === 'revert') return 'revert';
  }
  return undefined;
};

/** The SQL-file framework of `path`, or undefined when it is not one of them (or not `.sql`). */
export function detectSqlFramework(path: string, content: string): FrameworkId | undefined {
  if (!path.toLowerCase().endsWith('.sql')) return undefined;
  if (isGooseFile(content)) return 'goose';
  if (isDbmateFile(content)) return 'dbmate';
  if (isLiquibaseFile(content)) return undefined;
  const name = baseName(path);
  if (isFlywayName(name)) return 'flyway';
  if (isGolangMigrateName(name)) return 'golang-migrate';
  if (sqitchFolder(path)) return 'sqitch';
  return 'sql';
}
