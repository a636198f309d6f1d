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
} from "./chunk-I6YT3DDH.js";

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
  lazy(prisma_default, () => import("./chunk-G2DYTD4Z.js")),
  lazy(rails_default, () => import("./chunk-NA373JJK.js")),
  lazy(django_default, () => import("./chunk-RZVJR5MZ.js")),
  lazy(alembic_default, () => import("./chunk-UGCZVXRJ.js")),
  lazy(typeorm_default, () => import("./chunk-7SF5RP77.js")),
  lazy(sequelize_default, () => import("./chunk-GZHB4ZCK.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-SBN7QQ4M.js")),
  lazy(knex_default, () => import("./chunk-7N2FK2YT.js")),
  lazy(db_migrate_default, () => import("./chunk-52SUKC24.js")),
  lazy(laravel_default, () => import("./chunk-RHUDNWMW.js")),
  lazy(ecto_default, () => import("./chunk-G6G24HTC.js")),
  lazy(liquibase_default, () => import("./chunk-J7ZEL7OC.js")),
  lazy(sqitch_default, () => import("./chunk-6DBBP6WQ.js")),
  lazy(flyway_default, () => import("./chunk-B6MEIUIZ.js")),
  lazy(pop_default, () => import("./chunk-SLNMKM2A.js")),
  lazy(golang_migrate_default, () => import("./chunk-GGIEOCVQ.js")),
  lazy(goose_default, () => import("./chunk-W53ZY3LO.js")),
  lazy(sql_migrate_default, () => import("./chunk-SMM6DU2A.js")),
  lazy(dbmate_default, () => import("./chunk-PGB4GSHG.js")),
  lazy(sql_default, () => import("./chunk-5NAZBASV.js"))
];

export {
  FRAMEWORKS
};
