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
} from "./chunk-UIJF4BO7.js";

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
  lazy(prisma_default, () => import("./chunk-Q5IEGKNY.js")),
  lazy(rails_default, () => import("./chunk-QIVCNGJT.js")),
  lazy(django_default, () => import("./chunk-OJRNXYIF.js")),
  lazy(alembic_default, () => import("./chunk-GUZZGMIK.js")),
  lazy(typeorm_default, () => import("./chunk-DO3FTQGQ.js")),
  lazy(sequelize_default, () => import("./chunk-FGJQJIUA.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-BOKKUZHL.js")),
  lazy(knex_default, () => import("./chunk-DQYZJMIL.js")),
  lazy(db_migrate_default, () => import("./chunk-SDUSKSRB.js")),
  lazy(laravel_default, () => import("./chunk-N2G2OWUV.js")),
  lazy(ecto_default, () => import("./chunk-ECSSDNMP.js")),
  lazy(liquibase_default, () => import("./chunk-TLHJ556Y.js")),
  lazy(sqitch_default, () => import("./chunk-GWD2QTJ5.js")),
  lazy(flyway_default, () => import("./chunk-AD3G47DY.js")),
  lazy(pop_default, () => import("./chunk-3ZDI3PEM.js")),
  lazy(golang_migrate_default, () => import("./chunk-VPKXZYKA.js")),
  lazy(goose_default, () => import("./chunk-BDDHAINF.js")),
  lazy(sql_migrate_default, () => import("./chunk-ZVSW5LLG.js")),
  lazy(dbmate_default, () => import("./chunk-BQTRUYUH.js")),
  lazy(sql_default, () => import("./chunk-TZC2NZJT.js"))
];

export {
  FRAMEWORKS
};
