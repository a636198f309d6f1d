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
} from "./chunk-NLMU2MJP.js";

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
  lazy(prisma_default, () => import("./chunk-LV7EBIE7.js")),
  lazy(rails_default, () => import("./chunk-52A64DR6.js")),
  lazy(django_default, () => import("./chunk-CTQPT2Z2.js")),
  lazy(alembic_default, () => import("./chunk-S4OKYXSE.js")),
  lazy(typeorm_default, () => import("./chunk-I25EHL64.js")),
  lazy(sequelize_default, () => import("./chunk-FMCMNWQA.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-4J6MAVDR.js")),
  lazy(knex_default, () => import("./chunk-DPTIENGV.js")),
  lazy(db_migrate_default, () => import("./chunk-7HJJPMI4.js")),
  lazy(laravel_default, () => import("./chunk-O4IEITAJ.js")),
  lazy(ecto_default, () => import("./chunk-AAAE4VHU.js")),
  lazy(liquibase_default, () => import("./chunk-HDRDTKNC.js")),
  lazy(sqitch_default, () => import("./chunk-LXULXSG2.js")),
  lazy(flyway_default, () => import("./chunk-ZZDJZUJE.js")),
  lazy(pop_default, () => import("./chunk-G2G3GXWG.js")),
  lazy(golang_migrate_default, () => import("./chunk-SZN6UAG7.js")),
  lazy(goose_default, () => import("./chunk-HEU73PKN.js")),
  lazy(sql_migrate_default, () => import("./chunk-CB4JNTUB.js")),
  lazy(dbmate_default, () => import("./chunk-XZXNNW2S.js")),
  lazy(sql_default, () => import("./chunk-FIUXLC3J.js"))
];

export {
  FRAMEWORKS
};
