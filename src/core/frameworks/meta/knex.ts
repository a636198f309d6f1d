import type { FrameworkMeta } from './types';

/**
 * The first parameter of an exported `up`/`down`: `export const up = async (db: DbConnection) =>`,
 * `export async function up(db)`, `exports.up = function (db)`.
 */
const MIGRATION_PARAM =
  /(?:export\s+(?:const|let|var)\s+(?:up|down)\s*=\s*(?:async\s*)?(?:function\s*\w*\s*)?|export\s+(?:async\s+)?function\s+(?:up|down)\s*|exports\.(?:up|down)\s*=\s*(?:async\s*)?(?:function\s*\w*\s*)?)\(\s*([A-Za-z_$][\w$]*)/g;

const escapeName = (name: string) => name.replace(/\$/g, '\\$');

/**
 * A migration whose `up`/`down` argument is used as Knex's query builder: called with a table name
 * (`db('users').update(…)`, knex's `knex(tableName)`) or for raw SQL (`db.raw('…')`). Sequelize's,
 * TypeORM's, node-pg-migrate's and db-migrate's arguments are objects nobody calls, and none has `raw`.
 * (laurent22/joplin's server migrations name it `db: DbConnection` and never write `knex`.)
 */
function usesArgumentAsBuilder(content: string): boolean {
  for (const [, param] of content.matchAll(MIGRATION_PARAM)) {
    const p = escapeName(param!);
    if (new RegExp(`(?<![\\w$.])${p}\\s*\\(\\s*['"\`]|(?<![\\w$.])${p}\\.raw\\s*\\(`).test(content)) return true;
  }
  return false;
}

const knex: FrameworkMeta = {
  id: 'knex',
  // `knex_migrations/` (named after Knex's own table: louislam/uptime-kuma's db/knex_migrations/).
  // A folder per release under `versions/` (TryGhost/Ghost's core/server/data/migrations/versions/5.0/).
  globs: ['**/migrations/*.{js,ts,cjs,mjs}', '**/knex_migrations/*.{js,ts,cjs,mjs}', '**/migrations/versions/*/*.{js,ts,cjs,mjs}'],
  comment: '//',
  // `.schema.` is Knex's builder, and Kysely's too (`db.schema.alterTable('t').dropColumn('c')`):
  // a Kysely migration read as Knex lost its column drops. Kysely's are left unread (a notice).
  detect: (_path, content) =>
    (content.includes('knex') || content.includes('.schema.') || usesArgumentAsBuilder(content)) &&
    !/\bfrom\s+['"]kysely['"]|\brequire\(\s*['"]kysely['"]\s*\)/.test(content),
};
export default knex;
