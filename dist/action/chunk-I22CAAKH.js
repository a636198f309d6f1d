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
} from "./chunk-PQPDDSHS.js";

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
  lazy(prisma_default, () => import("./chunk-T2RTWYP7.js")),
  lazy(rails_default, () => import("./chunk-MGBDCPDJ.js")),
  lazy(django_default, () => import("./chunk-NWUBWRAW.js")),
  lazy(alembic_default, () => import("./chunk-YPRTWL2G.js")),
  lazy(typeorm_default, () => import("./chunk-BPKSYNRT.js")),
  lazy(sequelize_default, () => import("./chunk-MWKHQA7T.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-KJQJTTUR.js")),
  lazy(knex_default, () => import("./chunk-MCKUNASP.js")),
  lazy(db_migrate_default, () => import("./chunk-UKZCP2TZ.js")),
  lazy(laravel_default, () => import("./chunk-VXMZ7BML.js")),
  lazy(ecto_default, () => import("./chunk-IEZW5U6B.js")),
  lazy(liquibase_default, () => import("./chunk-GDUMFZDU.js")),
  lazy(sqitch_default, () => import("./chunk-7JSVOZTC.js")),
  lazy(flyway_default, () => import("./chunk-5J4WOJBR.js")),
  lazy(pop_default, () => import("./chunk-KO4WGHHL.js")),
  lazy(golang_migrate_default, () => import("./chunk-6OMAQASN.js")),
  lazy(goose_default, () => import("./chunk-NZDPAOGN.js")),
  lazy(sql_migrate_default, () => import("./chunk-ERX7KJ6V.js")),
  lazy(dbmate_default, () => import("./chunk-H5F2OZ6H.js")),
  lazy(sql_default, () => import("./chunk-YG2PMOFO.js"))
];

export {
  FRAMEWORKS
};
