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
} from "./chunk-BYTDLLGX.js";

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
  lazy(prisma_default, () => import("./chunk-FP4YDX6F.js")),
  lazy(rails_default, () => import("./chunk-HSKTT7PA.js")),
  lazy(django_default, () => import("./chunk-VLIR2LAE.js")),
  lazy(alembic_default, () => import("./chunk-OKBRMMPD.js")),
  lazy(typeorm_default, () => import("./chunk-3OHQY7DN.js")),
  lazy(sequelize_default, () => import("./chunk-ZMAT5WRS.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-JEEWIBJX.js")),
  lazy(knex_default, () => import("./chunk-Q6UVOLT6.js")),
  lazy(db_migrate_default, () => import("./chunk-SRWUY43P.js")),
  lazy(laravel_default, () => import("./chunk-S6R3TSRD.js")),
  lazy(ecto_default, () => import("./chunk-RYQBS224.js")),
  lazy(liquibase_default, () => import("./chunk-PRNQUCD4.js")),
  lazy(sqitch_default, () => import("./chunk-JYCKWO2X.js")),
  lazy(flyway_default, () => import("./chunk-TBU7SP3I.js")),
  lazy(pop_default, () => import("./chunk-WNOGHTEM.js")),
  lazy(golang_migrate_default, () => import("./chunk-4BVIFRN2.js")),
  lazy(goose_default, () => import("./chunk-SXH3P6KW.js")),
  lazy(sql_migrate_default, () => import("./chunk-NNWYNU2H.js")),
  lazy(dbmate_default, () => import("./chunk-3CORDTX5.js")),
  lazy(sql_default, () => import("./chunk-5YJRA2LI.js"))
];

export {
  FRAMEWORKS
};
