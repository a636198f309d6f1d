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
} from "./chunk-DAH4PY44.js";

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
  lazy(prisma_default, () => import("./chunk-W3S2QY4G.js")),
  lazy(rails_default, () => import("./chunk-CKN5RAVV.js")),
  lazy(django_default, () => import("./chunk-NOVWDGSU.js")),
  lazy(alembic_default, () => import("./chunk-JHS3KQZD.js")),
  lazy(typeorm_default, () => import("./chunk-Y2FRQKHA.js")),
  lazy(sequelize_default, () => import("./chunk-XGEPSINI.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-TJLWJZMC.js")),
  lazy(knex_default, () => import("./chunk-SOWWNJYD.js")),
  lazy(db_migrate_default, () => import("./chunk-ZN4QUQNO.js")),
  lazy(laravel_default, () => import("./chunk-DH7ZMULV.js")),
  lazy(ecto_default, () => import("./chunk-FJNRDXRE.js")),
  lazy(liquibase_default, () => import("./chunk-5TIGZERA.js")),
  lazy(sqitch_default, () => import("./chunk-VWR5JOR7.js")),
  lazy(flyway_default, () => import("./chunk-ODCB6LY5.js")),
  lazy(pop_default, () => import("./chunk-3VMBGJEA.js")),
  lazy(golang_migrate_default, () => import("./chunk-LM3KAWSN.js")),
  lazy(goose_default, () => import("./chunk-O4TY37SF.js")),
  lazy(sql_migrate_default, () => import("./chunk-ZD6HXO74.js")),
  lazy(dbmate_default, () => import("./chunk-WL6ZRLH2.js")),
  lazy(sql_default, () => import("./chunk-GKAFENOM.js"))
];

export {
  FRAMEWORKS
};
