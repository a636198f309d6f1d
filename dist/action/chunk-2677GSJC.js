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
} from "./chunk-ODYTX6EW.js";

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
  lazy(prisma_default, () => import("./chunk-6Z4Z4KCV.js")),
  lazy(rails_default, () => import("./chunk-J7LO3LWJ.js")),
  lazy(django_default, () => import("./chunk-VOOVL6I4.js")),
  lazy(alembic_default, () => import("./chunk-67RAZ6EB.js")),
  lazy(typeorm_default, () => import("./chunk-PMFVKQQW.js")),
  lazy(sequelize_default, () => import("./chunk-RVLGXGEI.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-D7K6UKXW.js")),
  lazy(knex_default, () => import("./chunk-JOPSLIZK.js")),
  lazy(db_migrate_default, () => import("./chunk-YPDYMLTX.js")),
  lazy(laravel_default, () => import("./chunk-2FEMVBAF.js")),
  lazy(ecto_default, () => import("./chunk-X6KB7KOV.js")),
  lazy(liquibase_default, () => import("./chunk-UA65CIYE.js")),
  lazy(sqitch_default, () => import("./chunk-LC3OS4K6.js")),
  lazy(flyway_default, () => import("./chunk-U5MALN5W.js")),
  lazy(pop_default, () => import("./chunk-BXHBGUPM.js")),
  lazy(golang_migrate_default, () => import("./chunk-MTRMU2P2.js")),
  lazy(goose_default, () => import("./chunk-FSTXSMYC.js")),
  lazy(sql_migrate_default, () => import("./chunk-ZOFD56EA.js")),
  lazy(dbmate_default, () => import("./chunk-3R6WOEKO.js")),
  lazy(sql_default, () => import("./chunk-CR2JIHWV.js"))
];

export {
  FRAMEWORKS
};
