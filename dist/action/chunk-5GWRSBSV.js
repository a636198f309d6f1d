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
} from "./chunk-N62F3CTH.js";

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
  lazy(prisma_default, () => import("./chunk-NXGDUOM2.js")),
  lazy(rails_default, () => import("./chunk-XD7KH4LB.js")),
  lazy(django_default, () => import("./chunk-A67EHZZI.js")),
  lazy(alembic_default, () => import("./chunk-AI4XA7K6.js")),
  lazy(typeorm_default, () => import("./chunk-IPGLJVEI.js")),
  lazy(sequelize_default, () => import("./chunk-ULM7JUFL.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-3UTOVYLC.js")),
  lazy(knex_default, () => import("./chunk-RC5QAVVF.js")),
  lazy(db_migrate_default, () => import("./chunk-JKEFXPCE.js")),
  lazy(laravel_default, () => import("./chunk-XRBSPV33.js")),
  lazy(ecto_default, () => import("./chunk-FBWOA5KU.js")),
  lazy(liquibase_default, () => import("./chunk-PBXIKM67.js")),
  lazy(sqitch_default, () => import("./chunk-UVISB67M.js")),
  lazy(flyway_default, () => import("./chunk-25OJUY2X.js")),
  lazy(pop_default, () => import("./chunk-CPHEXWTB.js")),
  lazy(golang_migrate_default, () => import("./chunk-YA52NTBX.js")),
  lazy(goose_default, () => import("./chunk-JEMCU2ST.js")),
  lazy(sql_migrate_default, () => import("./chunk-HQXXYIVX.js")),
  lazy(dbmate_default, () => import("./chunk-EZLCYHDQ.js")),
  lazy(sql_default, () => import("./chunk-OQWJVDDK.js"))
];

export {
  FRAMEWORKS
};
