// sql-migrate (rubenv/sql-migrate): one `.sql` file with `-- +migrate Up` and `-- +migrate Down`
// sections and optional `-- +migrate StatementBegin` / `StatementEnd` blocks (a statement holding
// semicolons, such as a function body). Each migration runs in a transaction unless its Up
// marker says `notransaction`. The Down section is the rollback: it is judged for existence and
// emptiness, never linted as forward SQL (its drops undo the up's additions).
import type { Framework } from './framework';
import { sqlMigrate as meta } from './meta/index';
import { analyseSectioned, sections, type SectionedFormat } from './shared-sql';
import type { SqlPiece } from '../sql/lint-sql';

export const SQL_MIGRATE_FORMAT: SectionedFormat = {
  framework: 'sql-migrate',
  prefix: '-- +migrate',
  section: (m) => m.text.split(/\s+/)[0]?.toLowerCase() ?? '',
  transactional: (_markers, up) => !(up?.text.toLowerCase().split(/\s+/).includes('notransaction') ?? false),
  downName: '-- +migrate Down',
};

/** A sql-migrate file's up and down SQL (pieces keep their file lines), for the rollback drill. */
export function sqlMigratePieces(content: string): { up: SqlPiece[]; down: SqlPiece[]; transactional: boolean } {
  const s = sections(content, SQL_MIGRATE_FORMAT);
  return { up: s.upPieces, down: s.downPieces, transactional: s.transactional };
}

const sqlMigrate: Framework = {
  ...meta,
  analyse: (input) => analyseSectioned(input, SQL_MIGRATE_FORMAT),
};

export default sqlMigrate;
