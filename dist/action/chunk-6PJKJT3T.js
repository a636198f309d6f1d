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
} from "./chunk-7BJRHJTX.js";

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
  lazy(prisma_default, () => import("./chunk-CGGZWQI6.js")),
  lazy(rails_default, () => import("./chunk-QK3UKOSE.js")),
  lazy(django_default, () => import("./chunk-XY72NHM7.js")),
  lazy(alembic_default, () => import("./chunk-F5OJTNNC.js")),
  lazy(typeorm_default, () => import("./chunk-P4I6ZDEE.js")),
  lazy(sequelize_default, () => import("./chunk-7E7J435T.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-EXAGBDCI.js")),
  lazy(knex_default, () => import("./chunk-7L77TNKY.js")),
  lazy(db_migrate_default, () => import("./chunk-UBKH34ML.js")),
  lazy(laravel_default, () => import("./chunk-UONFQTXK.js")),
  lazy(ecto_default, () => import("./chunk-I7EITCSK.js")),
  lazy(liquibase_default, () => import("./chunk-TCHQBEBX.js")),
  lazy(sqitch_default, () => import("./chunk-Q5BJK5H3.js")),
  lazy(flyway_default, () => import("./chunk-OM3WBEYG.js")),
  lazy(pop_default, () => import("./chunk-A5C7SCDS.js")),
  lazy(golang_migrate_default, () => import("./chunk-X6AWR7WD.js")),
  lazy(goose_default, () => import("./chunk-3626QATK.js")),
  lazy(sql_migrate_default, () => import("./chunk-EP7HJIDM.js")),
  lazy(dbmate_default, () => import("./chunk-TEQRA5SF.js")),
  lazy(sql_default, () => import("./chunk-QLVW3ZIF.js"))
];

export {
  FRAMEWORKS
};
