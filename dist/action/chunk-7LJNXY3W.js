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
} from "./chunk-QKAAIDA5.js";

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
  lazy(prisma_default, () => import("./chunk-GQH43UEO.js")),
  lazy(rails_default, () => import("./chunk-NRBRNPBA.js")),
  lazy(django_default, () => import("./chunk-ON55GAOK.js")),
  lazy(alembic_default, () => import("./chunk-HEURAPJL.js")),
  lazy(typeorm_default, () => import("./chunk-ZMHD3IM7.js")),
  lazy(sequelize_default, () => import("./chunk-B2KWZZU6.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-GH4TQP5E.js")),
  lazy(knex_default, () => import("./chunk-3QPOC3NS.js")),
  lazy(db_migrate_default, () => import("./chunk-QTOHASAZ.js")),
  lazy(laravel_default, () => import("./chunk-KM6WJDVE.js")),
  lazy(ecto_default, () => import("./chunk-WDEZI2RC.js")),
  lazy(liquibase_default, () => import("./chunk-FMWGVBR4.js")),
  lazy(sqitch_default, () => import("./chunk-TZTPMT45.js")),
  lazy(flyway_default, () => import("./chunk-ZLJ5XDK7.js")),
  lazy(pop_default, () => import("./chunk-VHQKIB4G.js")),
  lazy(golang_migrate_default, () => import("./chunk-BX5DDQKL.js")),
  lazy(goose_default, () => import("./chunk-EAXNRA5K.js")),
  lazy(sql_migrate_default, () => import("./chunk-LZWHD4DS.js")),
  lazy(dbmate_default, () => import("./chunk-427FX5ZM.js")),
  lazy(sql_default, () => import("./chunk-VMFS3IKE.js"))
];

export {
  FRAMEWORKS
};
