import type { FrameworkMeta } from './types';

const typeorm: FrameworkMeta = {
  id: 'typeorm',
  // …and a folder per database under it (Fallenbagel/jellyseerr's server/migration/sqlite/,
  // n8n-io/n8n's packages/cli/src/databases/migrations/postgresdb/, named for its DB_TYPE).
  globs: [
    '**/migrations/*.{js,ts,cjs,mjs}',
    '**/migration/*.{js,ts}',
    '**/migration{,s}/{postgres,postgresql,postgresdb,pg,mysql,mysqldb,mariadb,sqlite,sqlite3,mssql,sqlserver,cockroachdb}/*.{js,ts,cjs,mjs}',
  ],
  comment: '//',
  detect: (_path, content) => content.includes('MigrationInterface') || content.includes('queryRunner'),
};
export default typeorm;
