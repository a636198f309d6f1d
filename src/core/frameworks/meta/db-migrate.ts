import type { FrameworkMeta } from './types';
import { baseName, dirName } from '../shared-sql';
import { detectSqlFramework, isDbMigrateSqlName } from '../sql-detect';

/** db-migrate's API on the migration's `db` argument (or its `dbm` module): what its JS files call. */
const DB_MIGRATE_CALL =
  /\b(?:db|dbm|database)\.(?:runSql|createTable|dropTable|renameTable|addColumn|removeColumn|renameColumn|changeColumn|addIndex|removeIndex|addForeignKey|removeForeignKey|insert)\s*(?:\(|\.bind\b)/;

/** `exports.up = function (db, callback)` / `(db, cb) =>`: the signature db-migrate's template writes. */
const DB_MIGRATE_SIGNATURE = /exports\.(?:up|down)\s*=\s*(?:async\s+)?(?:function\s*)?\(\s*db\s*(?:,\s*(?:cb|callback|done)\s*)?\)/;

/** A JS migration written for db-migrate (not Knex, Sequelize or node-pg-migrate, whose detect runs first). */
export function isDbMigrateJs(content: string): boolean {
  return content.includes('dbmigrate') || content.includes('db-migrate') || DB_MIGRATE_CALL.test(content) || DB_MIGRATE_SIGNATURE.test(content);
}

/**
 * The SQL files of a db-migrate migration created with `--sql-file`:
 * `migrations/20170110181147-init.js` runs `migrations/sqls/20170110181147-init-up.sql` and
 * `…-down.sql`; an up SQL file's down is its `-down.sql`.
 */
export function dbMigrateSqlFiles(path: string): { up: string; down: string } | undefined {
  const name = baseName(path);
  const sql = /^(.*)-(up|down)\.sql$/i.exec(name);
  if (sql) return { up: `${dirName(path)}${sql[1]}-up.sql`, down: `${dirName(path)}${sql[1]}-down.sql` };
  const js = /^(.*)\.[cm]?[jt]s$/.exec(name);
  if (js) return { up: `${dirName(path)}sqls/${js[1]}-up.sql`, down: `${dirName(path)}sqls/${js[1]}-down.sql` };
  return undefined;
}

const dbMigrate: FrameworkMeta = {
  id: 'db-migrate',
  globs: [
    '**/migrations/*.{js,cjs,mjs,ts}',
    '**/migrations/*/*.{js,cjs,mjs,ts}',
    '**/sqls/*-up.sql',
    '**/sqls/*-down.sql',
    '**/migrations/**/*-up.sql',
    '**/migrations/**/*-down.sql',
  ],
  comment: '//',
  detect: (path, content) => {
    if (path.toLowerCase().endsWith('.sql')) return detectSqlFramework(path, content) === 'db-migrate';
    return isDbMigrateJs(content);
  },
  counterparts(path) {
    const files = dbMigrateSqlFiles(path);
    if (!files) return [];
    // An up SQL file needs its down; a JS file, both (when it is the `--sql-file` template).
    if (path.toLowerCase().endsWith('.sql')) return isDbMigrateSqlName(path) && /-up\.sql$/i.test(path) ? [files.down] : [];
    return [files.up, files.down];
  },
};
export default dbMigrate;
