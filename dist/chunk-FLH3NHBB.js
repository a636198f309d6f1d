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
} from "./chunk-NDU42RUY.js";

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
  lazy(prisma_default, () => import("./chunk-LZ6ZDNNC.js")),
  lazy(rails_default, () => import("./chunk-GJGGCEG6.js")),
  lazy(django_default, () => import("./chunk-VOUUKRUC.js")),
  lazy(alembic_default, () => import("./chunk-V5ENZYOM.js")),
  lazy(typeorm_default, () => import("./chunk-34R5CQHX.js")),
  lazy(sequelize_default, () => import("./chunk-WQ5OMBWF.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-HXFZ6PUY.js")),
  lazy(knex_default, () => import("./chunk-FOAPQTDI.js")),
  lazy(db_migrate_default, () => import("./chunk-OLQ6IXAN.js")),
  lazy(laravel_default, () => import("./chunk-ADBKNCIX.js")),
  lazy(ecto_default, () => import("./chunk-SH7RZUBT.js")),
  lazy(liquibase_default, () => import("./chunk-7Z7QYNHJ.js")),
  lazy(sqitch_default, () => import("./chunk-4KW2KFVT.js")),
  lazy(flyway_default, () => import("./chunk-4HDVRUMS.js")),
  lazy(pop_default, () => import("./chunk-BWYINGUG.js")),
  lazy(golang_migrate_default, () => import("./chunk-UZ3SF6UK.js")),
  lazy(goose_default, () => import("./chunk-ZGPW75JU.js")),
  lazy(sql_migrate_default, () => import("./chunk-ZFIMHBQC.js")),
  lazy(dbmate_default, () => import("./chunk-7ZFZGLVE.js")),
  lazy(sql_default, () => import("./chunk-OGVGE3NG.js"))
];

export {
  FRAMEWORKS
};
