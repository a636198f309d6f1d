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
} from "./chunk-Q6INDBZT.js";

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
  lazy(prisma_default, () => import("./chunk-KPE65QDO.js")),
  lazy(rails_default, () => import("./chunk-55BBA7NI.js")),
  lazy(django_default, () => import("./chunk-NTLB3XLO.js")),
  lazy(alembic_default, () => import("./chunk-DE7KZQNT.js")),
  lazy(typeorm_default, () => import("./chunk-PIARVCIQ.js")),
  lazy(sequelize_default, () => import("./chunk-6M5DAA4L.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-LIR7HJ37.js")),
  lazy(knex_default, () => import("./chunk-QLV5DM7M.js")),
  lazy(db_migrate_default, () => import("./chunk-MMZTA4S3.js")),
  lazy(laravel_default, () => import("./chunk-AUHH3HNC.js")),
  lazy(ecto_default, () => import("./chunk-FPKQHNMI.js")),
  lazy(liquibase_default, () => import("./chunk-3YSHDZGD.js")),
  lazy(sqitch_default, () => import("./chunk-AJYOKRB4.js")),
  lazy(flyway_default, () => import("./chunk-GCGNGBD6.js")),
  lazy(pop_default, () => import("./chunk-VVIR3GAY.js")),
  lazy(golang_migrate_default, () => import("./chunk-A6Z6PD46.js")),
  lazy(goose_default, () => import("./chunk-P2G7KPAW.js")),
  lazy(sql_migrate_default, () => import("./chunk-2WKL35LO.js")),
  lazy(dbmate_default, () => import("./chunk-OSXEIJKB.js")),
  lazy(sql_default, () => import("./chunk-KXHENGMT.js"))
];

export {
  FRAMEWORKS
};
