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
} from "./chunk-46CNWR3W.js";

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
  lazy(prisma_default, () => import("./chunk-FDSPIFSS.js")),
  lazy(rails_default, () => import("./chunk-RR6UVY4C.js")),
  lazy(django_default, () => import("./chunk-PHLDYRY7.js")),
  lazy(alembic_default, () => import("./chunk-V7CVG5VX.js")),
  lazy(typeorm_default, () => import("./chunk-L2A3IGCR.js")),
  lazy(sequelize_default, () => import("./chunk-2ZXVLPKT.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-VUGM554G.js")),
  lazy(knex_default, () => import("./chunk-G25EBXGI.js")),
  lazy(db_migrate_default, () => import("./chunk-R4OLPQ6O.js")),
  lazy(laravel_default, () => import("./chunk-FT36ACPV.js")),
  lazy(ecto_default, () => import("./chunk-3CIVJW5J.js")),
  lazy(liquibase_default, () => import("./chunk-DM7VSZSP.js")),
  lazy(sqitch_default, () => import("./chunk-APPMIKJJ.js")),
  lazy(flyway_default, () => import("./chunk-PLORD2L2.js")),
  lazy(pop_default, () => import("./chunk-L5A7QHLJ.js")),
  lazy(golang_migrate_default, () => import("./chunk-UKGE6QQZ.js")),
  lazy(goose_default, () => import("./chunk-BVCS2TB2.js")),
  lazy(sql_migrate_default, () => import("./chunk-VMQEZTWH.js")),
  lazy(dbmate_default, () => import("./chunk-3NJXTTLV.js")),
  lazy(sql_default, () => import("./chunk-AVQLY676.js"))
];

export {
  FRAMEWORKS
};
