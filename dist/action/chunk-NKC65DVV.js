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
} from "./chunk-6VNKSTZ4.js";

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
  lazy(prisma_default, () => import("./chunk-JMG6J6WV.js")),
  lazy(rails_default, () => import("./chunk-DBU4D5PD.js")),
  lazy(django_default, () => import("./chunk-TF323P2P.js")),
  lazy(alembic_default, () => import("./chunk-2RJMN2KY.js")),
  lazy(typeorm_default, () => import("./chunk-IYXPSCCA.js")),
  lazy(sequelize_default, () => import("./chunk-EBMQ2U6V.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-FZMKWM4K.js")),
  lazy(knex_default, () => import("./chunk-KRWEMKB3.js")),
  lazy(db_migrate_default, () => import("./chunk-IXDTJNY6.js")),
  lazy(laravel_default, () => import("./chunk-W6HHSRKV.js")),
  lazy(ecto_default, () => import("./chunk-UNANRMBS.js")),
  lazy(liquibase_default, () => import("./chunk-NXNTI5XO.js")),
  lazy(sqitch_default, () => import("./chunk-AECBMYUR.js")),
  lazy(flyway_default, () => import("./chunk-2EHYD6VS.js")),
  lazy(pop_default, () => import("./chunk-XHQRW4JD.js")),
  lazy(golang_migrate_default, () => import("./chunk-BIWQEJJA.js")),
  lazy(goose_default, () => import("./chunk-BIK6FNAM.js")),
  lazy(sql_migrate_default, () => import("./chunk-O3VR7QUJ.js")),
  lazy(dbmate_default, () => import("./chunk-P6OG3P2P.js")),
  lazy(sql_default, () => import("./chunk-VLY7NZ2S.js"))
];

export {
  FRAMEWORKS
};
