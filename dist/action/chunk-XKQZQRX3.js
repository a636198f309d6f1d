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
} from "./chunk-NIWGQLNY.js";

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
  lazy(prisma_default, () => import("./chunk-3I2LOFTJ.js")),
  lazy(rails_default, () => import("./chunk-3JJCZC2I.js")),
  lazy(django_default, () => import("./chunk-VBHA6466.js")),
  lazy(alembic_default, () => import("./chunk-AXY7EWYJ.js")),
  lazy(typeorm_default, () => import("./chunk-ROYJR6CB.js")),
  lazy(sequelize_default, () => import("./chunk-QLGEH7UG.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-2EGUOQUV.js")),
  lazy(knex_default, () => import("./chunk-BTYCTRRF.js")),
  lazy(db_migrate_default, () => import("./chunk-XANAYPHO.js")),
  lazy(laravel_default, () => import("./chunk-VMVXCAV4.js")),
  lazy(ecto_default, () => import("./chunk-5VDFMJZ3.js")),
  lazy(liquibase_default, () => import("./chunk-VSJ6IV7Q.js")),
  lazy(sqitch_default, () => import("./chunk-FKK2FRWM.js")),
  lazy(flyway_default, () => import("./chunk-XUER2JRH.js")),
  lazy(pop_default, () => import("./chunk-TLHCOOYI.js")),
  lazy(golang_migrate_default, () => import("./chunk-CMQFN2EI.js")),
  lazy(goose_default, () => import("./chunk-SX46QLBV.js")),
  lazy(sql_migrate_default, () => import("./chunk-LC6IDW4P.js")),
  lazy(dbmate_default, () => import("./chunk-HZQWIVG3.js")),
  lazy(sql_default, () => import("./chunk-O2VGQ2LO.js"))
];

export {
  FRAMEWORKS
};
