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
} from "./chunk-CYLLRXWO.js";

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
  lazy(prisma_default, () => import("./chunk-WF4JJ7DI.js")),
  lazy(rails_default, () => import("./chunk-KR22FSYC.js")),
  lazy(django_default, () => import("./chunk-ICJR7FEH.js")),
  lazy(alembic_default, () => import("./chunk-XLLN54Y3.js")),
  lazy(typeorm_default, () => import("./chunk-DX3PCGGV.js")),
  lazy(sequelize_default, () => import("./chunk-C33525TH.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-RSISCAYF.js")),
  lazy(knex_default, () => import("./chunk-OCDV7FVL.js")),
  lazy(db_migrate_default, () => import("./chunk-BX5PAIEP.js")),
  lazy(laravel_default, () => import("./chunk-P3XXSM2U.js")),
  lazy(ecto_default, () => import("./chunk-NGMQANIO.js")),
  lazy(liquibase_default, () => import("./chunk-IC6JJVD4.js")),
  lazy(sqitch_default, () => import("./chunk-FUVBSHPH.js")),
  lazy(flyway_default, () => import("./chunk-DYXMLJ6W.js")),
  lazy(pop_default, () => import("./chunk-EBEAVJ46.js")),
  lazy(golang_migrate_default, () => import("./chunk-YZD52XCA.js")),
  lazy(goose_default, () => import("./chunk-JKTA2E63.js")),
  lazy(sql_migrate_default, () => import("./chunk-YJFQ55BV.js")),
  lazy(dbmate_default, () => import("./chunk-ROMWQLMM.js")),
  lazy(sql_default, () => import("./chunk-KRQJ7LEB.js"))
];

export {
  FRAMEWORKS
};
