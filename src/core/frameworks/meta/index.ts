// Every framework's light metadata, in one module: the registry and the analysis modules import it
// from here, so a build puts it in one chunk rather than one small file per framework.
export { default as prisma } from './prisma';
export { default as rails } from './rails';
export { default as django } from './django';
export { default as alembic } from './alembic';
export { default as typeorm } from './typeorm';
export { default as sequelize } from './sequelize';
export { default as nodePgMigrate } from './node-pg-migrate';
export { default as knex } from './knex';
export { default as laravel } from './laravel';
export { default as ecto } from './ecto';
export { default as liquibase, liquibaseFormat, type LiquibaseFormat } from './liquibase';
export { default as sqitch, deployPathOf, revertPathOf } from './sqitch';
export { default as flyway, kindOf as flywayKindOf, undoPathOf, withoutPlaceholders } from './flyway';
export { default as golangMigrate, downPathOf } from './golang-migrate';
export { default as goose } from './goose';
export { default as sqlMigrate } from './sql-migrate';
export { default as dbMigrate, dbMigrateSqlFiles, isDbMigrateJs } from './db-migrate';
export { default as pop, popDownPathOf } from './pop';
export { default as dbmate } from './dbmate';
export { default as sql, downCandidates, isDownPath } from './sql';
export type { FrameworkMeta } from './types';
