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
} from "./chunk-36DQ2TE3.js";

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
  lazy(prisma_default, () => import("./chunk-EK3E4P42.js")),
  lazy(rails_default, () => import("./chunk-HDOEEHCE.js")),
  lazy(django_default, () => import("./chunk-TC6VHZFN.js")),
  lazy(alembic_default, () => import("./chunk-53SCF6QD.js")),
  lazy(typeorm_default, () => import("./chunk-7I6VULAD.js")),
  lazy(sequelize_default, () => import("./chunk-5J47GQG7.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-EYPMVRXV.js")),
  lazy(knex_default, () => import("./chunk-CTVP6ON6.js")),
  lazy(db_migrate_default, () => import("./chunk-GV2RRPEL.js")),
  lazy(laravel_default, () => import("./chunk-6G3URFEG.js")),
  lazy(ecto_default, () => import("./chunk-HRBPFUR7.js")),
  lazy(liquibase_default, () => import("./chunk-5N5PNWDL.js")),
  lazy(sqitch_default, () => import("./chunk-2S4EQ7NM.js")),
  lazy(flyway_default, () => import("./chunk-VL7V6QWP.js")),
  lazy(pop_default, () => import("./chunk-AQ5S3FW3.js")),
  lazy(golang_migrate_default, () => import("./chunk-NWY5S5GI.js")),
  lazy(goose_default, () => import("./chunk-U6MU7OWR.js")),
  lazy(sql_migrate_default, () => import("./chunk-D6YVKCE4.js")),
  lazy(dbmate_default, () => import("./chunk-OI3NETC2.js")),
  lazy(sql_default, () => import("./chunk-VQKIPBS6.js"))
];

export {
  FRAMEWORKS
};
