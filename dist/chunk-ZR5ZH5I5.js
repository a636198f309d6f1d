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
} from "./chunk-INBIZM6R.js";

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
  lazy(prisma_default, () => import("./chunk-RGALRIR3.js")),
  lazy(rails_default, () => import("./chunk-ZHG4EXFE.js")),
  lazy(django_default, () => import("./chunk-UUIDU6KC.js")),
  lazy(alembic_default, () => import("./chunk-2MPQ25DF.js")),
  lazy(typeorm_default, () => import("./chunk-UL26VVUF.js")),
  lazy(sequelize_default, () => import("./chunk-6HL7UBWO.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-N6EZKOWV.js")),
  lazy(knex_default, () => import("./chunk-VWMXQOF4.js")),
  lazy(db_migrate_default, () => import("./chunk-5DI5XWAC.js")),
  lazy(laravel_default, () => import("./chunk-2KYEFUNS.js")),
  lazy(ecto_default, () => import("./chunk-WH5CGJNW.js")),
  lazy(liquibase_default, () => import("./chunk-CHKIJGNX.js")),
  lazy(sqitch_default, () => import("./chunk-TBQVC6WR.js")),
  lazy(flyway_default, () => import("./chunk-LOBWKALE.js")),
  lazy(pop_default, () => import("./chunk-VHOVWQKJ.js")),
  lazy(golang_migrate_default, () => import("./chunk-N4ILRGQR.js")),
  lazy(goose_default, () => import("./chunk-DGSBC54U.js")),
  lazy(sql_migrate_default, () => import("./chunk-CRP54CQV.js")),
  lazy(dbmate_default, () => import("./chunk-BB2NUFDE.js")),
  lazy(sql_default, () => import("./chunk-VMY7ZWUN.js"))
];

export {
  FRAMEWORKS
};
