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
} from "./chunk-TYPIMQCL.js";

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
  lazy(prisma_default, () => import("./chunk-CYWHV7YJ.js")),
  lazy(rails_default, () => import("./chunk-AONCOPGB.js")),
  lazy(django_default, () => import("./chunk-62S75QKF.js")),
  lazy(alembic_default, () => import("./chunk-PF4MBFVE.js")),
  lazy(typeorm_default, () => import("./chunk-VSF7IGAO.js")),
  lazy(sequelize_default, () => import("./chunk-JPSIRLDY.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-K7CQSRRK.js")),
  lazy(knex_default, () => import("./chunk-7HY7G6UX.js")),
  lazy(db_migrate_default, () => import("./chunk-UDF3IUJN.js")),
  lazy(laravel_default, () => import("./chunk-Y5DKCBTX.js")),
  lazy(ecto_default, () => import("./chunk-52SKTD25.js")),
  lazy(liquibase_default, () => import("./chunk-2GZQOKNK.js")),
  lazy(sqitch_default, () => import("./chunk-CLHJ2SEH.js")),
  lazy(flyway_default, () => import("./chunk-2CPUF5PY.js")),
  lazy(pop_default, () => import("./chunk-P4MGH3QC.js")),
  lazy(golang_migrate_default, () => import("./chunk-VXUJORZT.js")),
  lazy(goose_default, () => import("./chunk-YL2N57UT.js")),
  lazy(sql_migrate_default, () => import("./chunk-4JO4HQPB.js")),
  lazy(dbmate_default, () => import("./chunk-V3K6ZRBF.js")),
  lazy(sql_default, () => import("./chunk-ESHKPEHY.js"))
];

export {
  FRAMEWORKS
};
