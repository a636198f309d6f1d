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
} from "./chunk-WGWNPQT7.js";

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
  lazy(prisma_default, () => import("./chunk-R3YHB5WK.js")),
  lazy(rails_default, () => import("./chunk-WHBHLLX6.js")),
  lazy(django_default, () => import("./chunk-UGTOWKAH.js")),
  lazy(alembic_default, () => import("./chunk-VQCT3XJS.js")),
  lazy(typeorm_default, () => import("./chunk-YZX25RA2.js")),
  lazy(sequelize_default, () => import("./chunk-22QMU2XS.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-4K3WTOUS.js")),
  lazy(knex_default, () => import("./chunk-QF6GQXQ2.js")),
  lazy(db_migrate_default, () => import("./chunk-V5EPVVXF.js")),
  lazy(laravel_default, () => import("./chunk-LL7MCFOW.js")),
  lazy(ecto_default, () => import("./chunk-YVIFCCF6.js")),
  lazy(liquibase_default, () => import("./chunk-JJHSEKI2.js")),
  lazy(sqitch_default, () => import("./chunk-36RUB6CS.js")),
  lazy(flyway_default, () => import("./chunk-C4ZV3VDS.js")),
  lazy(pop_default, () => import("./chunk-W63HU72P.js")),
  lazy(golang_migrate_default, () => import("./chunk-YAW64KHJ.js")),
  lazy(goose_default, () => import("./chunk-GTNO27OX.js")),
  lazy(sql_migrate_default, () => import("./chunk-OQ253RG5.js")),
  lazy(dbmate_default, () => import("./chunk-Z75GKJ23.js")),
  lazy(sql_default, () => import("./chunk-CZGIQBVZ.js"))
];

export {
  FRAMEWORKS
};
