import type { FrameworkMeta } from './types';

const typeorm: FrameworkMeta = {
  id: 'typeorm',
  // …and a folder per database under it (Fallenbagel/jellyseerr's server/migration/sqlite/).
  globs: [
    '**/migrations/*.{js,ts,cjs,mjs}',
    '**/migration/*.{js,ts}',
    '**/migration{,s}/{postgres,postgresql,pg,mysql,mariadb,sqlite,sqlite3,mssql,sqlserver,cockroachdb}/*.{js,ts,cjs,mjs}',
  ],
  comment: '//',
  detect: (_path, content) => content.includes('MigrationInterface') || content.includes('queryRunner'),
};
export default typeorm;
