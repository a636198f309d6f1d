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
} from "./chunk-UJ72S2CJ.js";

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
  lazy(prisma_default, () => import("./chunk-EMHBK7K4.js")),
  lazy(rails_default, () => import("./chunk-TGK6R7YE.js")),
  lazy(django_default, () => import("./chunk-IPELFZGB.js")),
  lazy(alembic_default, () => import("./chunk-M3KAV53X.js")),
  lazy(typeorm_default, () => import("./chunk-FDRBBJJH.js")),
  lazy(sequelize_default, () => import("./chunk-KKJX6PYH.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-SIGKPRKN.js")),
  lazy(knex_default, () => import("./chunk-N2PUOEV6.js")),
  lazy(db_migrate_default, () => import("./chunk-WT27VL6T.js")),
  lazy(laravel_default, () => import("./chunk-VNX4IOEF.js")),
  lazy(ecto_default, () => import("./chunk-BHY2G4CT.js")),
  lazy(liquibase_default, () => import("./chunk-44227FCI.js")),
  lazy(sqitch_default, () => import("./chunk-OESWJLRX.js")),
  lazy(flyway_default, () => import("./chunk-JHX76MPF.js")),
  lazy(pop_default, () => import("./chunk-TYLWRGTD.js")),
  lazy(golang_migrate_default, () => import("./chunk-Z4FM5RNQ.js")),
  lazy(goose_default, () => import("./chunk-EMUCDK6Y.js")),
  lazy(sql_migrate_default, () => import("./chunk-FON7KLH4.js")),
  lazy(dbmate_default, () => import("./chunk-D2E5J5Q6.js")),
  lazy(sql_default, () => import("./chunk-DL2SQ6TN.js"))
];

export {
  FRAMEWORKS
};
