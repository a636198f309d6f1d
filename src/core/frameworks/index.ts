// The framework registry, in matching order: conventions with a distinctive shape first, raw SQL
// directories last (they match anything ending in .sql under a migrations folder).
// Classifying paths needs only each framework's light metadata (meta/*); its analysis code (DSL
// translators, tree-sitter walkers) loads on the first `analyse()`, so runs that meet no migration
// never compile it.
import type { Framework, MigrationInput } from './framework';
import type { FrameworkMeta } from './meta/index';
import {
  alembic,
  dbmate,
  django,
  ecto,
  flyway,
  golangMigrate,
  goose,
  knex,
  laravel,
  liquibase,
  nodePgMigrate,
  prisma,
  rails,
  sequelize,
  sqitch,
  sql,
  typeorm,
} from './meta/index';

/** A framework whose analysis module loads on first use (once: a dynamic import per call costs a module-map lookup). */
function lazy(meta: FrameworkMeta, load: () => Promise<{ default: Framework }>): Framework {
  let loaded: Framework | undefined;
  return {
    ...meta,
    analyse: async (input: MigrationInput) => {
      loaded ??= (await load()).default;
      return loaded.analyse(input);
    },
  };
}

export const FRAMEWORKS: readonly Framework[] = [
  lazy(prisma, () => import('./prisma')),
  lazy(rails, () => import('./rails')),
  lazy(django, () => import('./django')),
  lazy(alembic, () => import('./alembic')),
  lazy(typeorm, () => import('./typeorm')),
  lazy(sequelize, () => import('./sequelize')),
  lazy(nodePgMigrate, () => import('./node-pg-migrate')),
  lazy(knex, () => import('./knex')),
  lazy(laravel, () => import('./laravel')),
  lazy(ecto, () => import('./ecto')),
  lazy(liquibase, () => import('./liquibase')),
  lazy(sqitch, () => import('./sqitch')),
  lazy(flyway, () => import('./flyway')),
  lazy(golangMigrate, () => import('./golang-migrate')),
  lazy(goose, () => import('./goose')),
  lazy(dbmate, () => import('./dbmate')),
  lazy(sql, () => import('./sql')),
];
