import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  alembic_default,
  db_migrate_default,
  dbmate_default,
  django_default,
  ecto_default,
  flyway_default,
  golang_migrate_default,
  goose_default,
  knex_default,
  laravel_default,
  liquibase_default,
  node_pg_migrate_default,
  pop_default,
  prisma_default,
  rails_default,
  sequelize_default,
  sqitch_default,
  sql_default,
  sql_migrate_default,
  typeorm_default
} from "./chunk-UZIF6DRE.js";

// src/core/frameworks/index.ts
function lazy(meta, load) {
  let loaded;
  return {
    ...meta,
    analyse: async (input) => {
      try {
        loaded ??= (await load()).default;
        return await loaded.analyse(input);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        return {
          framework: meta.id,
          role: "up",
          down: "not-analysed",
          hits: [{ rule: "parse-error", line: 1, message: `The ${meta.id} reader failed on this file (${reason}), so it was not analysed: check it by hand.` }]
        };
      }
    }
  };
}
var FRAMEWORKS = [
  lazy(prisma_default, () => import("./chunk-OCKMDPAM.js")),
  lazy(rails_default, () => import("./chunk-T7I5P5EQ.js")),
  lazy(django_default, () => import("./chunk-QZB6PMT3.js")),
  lazy(alembic_default, () => import("./chunk-H3AW4Q4H.js")),
  lazy(typeorm_default, () => import("./chunk-65MHSQFZ.js")),
  lazy(sequelize_default, () => import("./chunk-SP6WYKHF.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-PBWYV6CT.js")),
  lazy(knex_default, () => import("./chunk-5I6IOBBQ.js")),
  lazy(db_migrate_default, () => import("./chunk-JW3ZRDMA.js")),
  lazy(laravel_default, () => import("./chunk-P4OICG7C.js")),
  lazy(ecto_default, () => import("./chunk-TQJQKBDE.js")),
  lazy(liquibase_default, () => import("./chunk-GP4ODOC3.js")),
  lazy(sqitch_default, () => import("./chunk-UBZSYDX7.js")),
  lazy(flyway_default, () => import("./chunk-LA7NADZU.js")),
  lazy(pop_default, () => import("./chunk-2LPCANHV.js")),
  lazy(golang_migrate_default, () => import("./chunk-CBMQSJ5P.js")),
  lazy(goose_default, () => import("./chunk-KCRSJAHI.js")),
  lazy(sql_migrate_default, () => import("./chunk-DCL6MOCB.js")),
  lazy(dbmate_default, () => import("./chunk-T4CQGB2J.js")),
  lazy(sql_default, () => import("./chunk-2XKZ5H3R.js"))
];

export {
  FRAMEWORKS
};
