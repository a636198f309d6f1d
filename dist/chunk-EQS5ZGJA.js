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
} from "./chunk-T5S4AQ7X.js";

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
  lazy(prisma_default, () => import("./chunk-UHQ6WOJ4.js")),
  lazy(rails_default, () => import("./chunk-FUKMT7SP.js")),
  lazy(django_default, () => import("./chunk-BZ6M345Q.js")),
  lazy(alembic_default, () => import("./chunk-LAQMTW4B.js")),
  lazy(typeorm_default, () => import("./chunk-2WCFJAJ7.js")),
  lazy(sequelize_default, () => import("./chunk-TH64UQ5K.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-XPTWVZAG.js")),
  lazy(knex_default, () => import("./chunk-MHK6J2BS.js")),
  lazy(db_migrate_default, () => import("./chunk-XTUV26XZ.js")),
  lazy(laravel_default, () => import("./chunk-C52MFWCA.js")),
  lazy(ecto_default, () => import("./chunk-SH5BWQRF.js")),
  lazy(liquibase_default, () => import("./chunk-JJJMY4HS.js")),
  lazy(sqitch_default, () => import("./chunk-6RKC5A76.js")),
  lazy(flyway_default, () => import("./chunk-IVHRJU2P.js")),
  lazy(pop_default, () => import("./chunk-JN7OAKED.js")),
  lazy(golang_migrate_default, () => import("./chunk-QCRP73PV.js")),
  lazy(goose_default, () => import("./chunk-NJHTYYB6.js")),
  lazy(sql_migrate_default, () => import("./chunk-H3PPFTGV.js")),
  lazy(dbmate_default, () => import("./chunk-N4F7BDUM.js")),
  lazy(sql_default, () => import("./chunk-UK46GSN6.js"))
];

export {
  FRAMEWORKS
};
