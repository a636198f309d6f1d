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
} from "./chunk-GOT5RA4T.js";

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
  lazy(prisma_default, () => import("./chunk-CWWZWR26.js")),
  lazy(rails_default, () => import("./chunk-EYPYMXDR.js")),
  lazy(django_default, () => import("./chunk-K6WON375.js")),
  lazy(alembic_default, () => import("./chunk-I5ACAQNR.js")),
  lazy(typeorm_default, () => import("./chunk-IB3DMO4P.js")),
  lazy(sequelize_default, () => import("./chunk-VLSNCRS6.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-YQI6VK5S.js")),
  lazy(knex_default, () => import("./chunk-WAKKAS4M.js")),
  lazy(db_migrate_default, () => import("./chunk-JUUKJXAW.js")),
  lazy(laravel_default, () => import("./chunk-A4TEIIPZ.js")),
  lazy(ecto_default, () => import("./chunk-3MRA4I7U.js")),
  lazy(liquibase_default, () => import("./chunk-FA7USAN3.js")),
  lazy(sqitch_default, () => import("./chunk-4DGOMHBX.js")),
  lazy(flyway_default, () => import("./chunk-LONOZBER.js")),
  lazy(pop_default, () => import("./chunk-GKV5YZZE.js")),
  lazy(golang_migrate_default, () => import("./chunk-L7IEMDBM.js")),
  lazy(goose_default, () => import("./chunk-YRI45UD3.js")),
  lazy(sql_migrate_default, () => import("./chunk-456UUYLS.js")),
  lazy(dbmate_default, () => import("./chunk-XTCMZWTE.js")),
  lazy(sql_default, () => import("./chunk-NIGQZTA3.js"))
];

export {
  FRAMEWORKS
};
