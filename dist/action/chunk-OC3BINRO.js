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
} from "./chunk-X2BQ3JXF.js";

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
  lazy(prisma_default, () => import("./chunk-BCTG57SE.js")),
  lazy(rails_default, () => import("./chunk-QAXKWGQY.js")),
  lazy(django_default, () => import("./chunk-CSLKK2FW.js")),
  lazy(alembic_default, () => import("./chunk-OCG7TKRW.js")),
  lazy(typeorm_default, () => import("./chunk-XCAE5NF2.js")),
  lazy(sequelize_default, () => import("./chunk-CJQPYZVR.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-BZHZJODC.js")),
  lazy(knex_default, () => import("./chunk-SYWSCODG.js")),
  lazy(db_migrate_default, () => import("./chunk-SGFY7JG3.js")),
  lazy(laravel_default, () => import("./chunk-4OCQ7NJT.js")),
  lazy(ecto_default, () => import("./chunk-CUQWWSJ5.js")),
  lazy(liquibase_default, () => import("./chunk-KS2RQU7J.js")),
  lazy(sqitch_default, () => import("./chunk-ZQ2QJ3AM.js")),
  lazy(flyway_default, () => import("./chunk-HBJL32JG.js")),
  lazy(pop_default, () => import("./chunk-JDFDNHAW.js")),
  lazy(golang_migrate_default, () => import("./chunk-MZ4EXR3T.js")),
  lazy(goose_default, () => import("./chunk-TYMCQL6P.js")),
  lazy(sql_migrate_default, () => import("./chunk-MP3BOMEV.js")),
  lazy(dbmate_default, () => import("./chunk-WE65EJRV.js")),
  lazy(sql_default, () => import("./chunk-LQKDGJS7.js"))
];

export {
  FRAMEWORKS
};
