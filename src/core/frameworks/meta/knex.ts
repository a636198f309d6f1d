import type { FrameworkMeta } from './types';

const knex: FrameworkMeta = {
  id: 'knex',
  // `knex_migrations/` (named after Knex's own table: louislam/uptime-kuma's db/knex_migrations/).
  globs: ['**/migrations/*.{js,ts,cjs,mjs}', '**/knex_migrations/*.{js,ts,cjs,mjs}'],
  comment: '//',
  // `.schema.` is Knex's builder, and Kysely's too (`db.schema.alterTable('t').dropColumn('c')`):
  // a Kysely migration read as Knex lost its column drops. Kysely's are left unread (a notice).
  detect: (_path, content) =>
    (content.includes('knex') || content.includes('.schema.')) && !/\bfrom\s+['"]kysely['"]|\brequire\(\s*['"]kysely['"]\s*\)/.test(content),
};
export default knex;
