// The framework registry, in matching order: conventions with a distinctive shape first, raw SQL
// directories last (they match anything ending in .sql under a migrations folder).
// Classifying paths needs only each framework's light metadata (meta/*); its analysis code (DSL
// translators, tree-sitter walkers) loads on the first `analyse()`, so runs that meet no migration
// never compile it.
import type { Framework, MigrationAnalysis, MigrationInput } from './framework';
import type { FrameworkMeta } from './meta/index';
import {
  alembic,
  dbmate,
  dbMigrate,
  django,
  ecto,
  flyway,
  golangMigrate,
  goose,
  knex,
  laravel,
  liquibase,
  nodePgMigrate,
  pop,
  prisma,
  rails,
  sequelize,
  sqitch,
  sql,
  sqlMigrate,
  typeorm,
} from './meta/index';

/**
 * A framework whose analysis module loads on first use (once: a dynamic import per call costs a
 * module-map lookup). Fail closed: a reader that throws, or a parser that does not load (a missing
 * WASM file), leaves a `parse-error` notice and an unknown down path, never "no findings".
 */
function lazy(meta: FrameworkMeta, load: () => Promise<{ default: Framework }>): Framework {
  let loaded: Framework | undefined;
  return {
    ...meta,
    analyse: async (input: MigrationInput): Promise<MigrationAnalysis> => {
      try {
        loaded ??= (await load()).default;
        return await loaded.analyse(input);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        return {
          framework: meta.id,
          role: 'up',
          down: 'not-analysed',
          hits: [{ rule: 'parse-error', line: 1, message: `The ${meta.id} reader failed on this file (${reason}), so it was not analysed: check it by hand.` }],
        };
      }
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
  lazy(dbMigrate, () => import('./db-migrate')),
  lazy(laravel, () => import('./laravel')),
  lazy(ecto, () => import('./ecto')),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import('./liquibase'), import('./jvm-dialect')]);
    return { default: withJvmDialect(framework, 'liquibase') };
  }),
  lazy(sqitch, () => import('./sqitch')),
  lazy(flyway, () => import('./flyway')),
  lazy(pop, () => import('./pop')),
  lazy(golangMigrate, () => import('./golang-migrate')),
  lazy(goose, () => import('./goose')),
  lazy(sqlMigrate, () => import('./sql-migrate')),
  lazy(dbmate, () => import('./dbmate')),
  lazy(sql, () => import('./sql')),
];
