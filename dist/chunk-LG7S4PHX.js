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
} from "./chunk-PJQXXDSF.js";

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
  lazy(prisma_default, () => import("./chunk-NAHNFIDP.js")),
  lazy(rails_default, () => import("./chunk-OIDC6GVS.js")),
  lazy(django_default, () => import("./chunk-N4ATCI43.js")),
  lazy(alembic_default, () => import("./chunk-NOYY6JNV.js")),
  lazy(typeorm_default, () => import("./chunk-P2SGOFRJ.js")),
  lazy(sequelize_default, () => import("./chunk-525KLAZY.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-KPSD64V5.js")),
  lazy(knex_default, () => import("./chunk-YY7PZICA.js")),
  lazy(db_migrate_default, () => import("./chunk-4XRNBV5G.js")),
  lazy(laravel_default, () => import("./chunk-ZUFCRAIN.js")),
  lazy(ecto_default, () => import("./chunk-RZUTIUXJ.js")),
  lazy(liquibase_default, () => import("./chunk-L6BKT7WF.js")),
  lazy(sqitch_default, () => import("./chunk-ZCPXX2CM.js")),
  lazy(flyway_default, () => import("./chunk-F4MKQW5O.js")),
  lazy(pop_default, () => import("./chunk-TXIS26ZB.js")),
  lazy(golang_migrate_default, () => import("./chunk-3FBCHXNH.js")),
  lazy(goose_default, () => import("./chunk-2HHIJGRM.js")),
  lazy(sql_migrate_default, () => import("./chunk-Z54C3Y3V.js")),
  lazy(dbmate_default, () => import("./chunk-44GNFGXT.js")),
  lazy(sql_default, () => import("./chunk-5WII77U6.js"))
];

export {
  FRAMEWORKS
};
