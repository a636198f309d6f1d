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
} from "./chunk-YBPAYH4I.js";

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
  lazy(prisma_default, () => import("./chunk-ISSPYGOR.js")),
  lazy(rails_default, () => import("./chunk-B5P2MQY7.js")),
  lazy(django_default, () => import("./chunk-4F447BPF.js")),
  lazy(alembic_default, () => import("./chunk-Q7JRNF76.js")),
  lazy(typeorm_default, () => import("./chunk-ASJRAXE5.js")),
  lazy(sequelize_default, () => import("./chunk-XBT7IB4K.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-P5JE4VTO.js")),
  lazy(knex_default, () => import("./chunk-X6LV5YQH.js")),
  lazy(db_migrate_default, () => import("./chunk-ZSNFUVFM.js")),
  lazy(laravel_default, () => import("./chunk-X5VHIHQU.js")),
  lazy(ecto_default, () => import("./chunk-F5ID7LGZ.js")),
  lazy(liquibase_default, () => import("./chunk-VX6EK7PB.js")),
  lazy(sqitch_default, () => import("./chunk-UG3XWSAY.js")),
  lazy(flyway_default, () => import("./chunk-7NLR2O7A.js")),
  lazy(pop_default, () => import("./chunk-IL7W5Q3N.js")),
  lazy(golang_migrate_default, () => import("./chunk-UTXNMF3J.js")),
  lazy(goose_default, () => import("./chunk-IFOH3J66.js")),
  lazy(sql_migrate_default, () => import("./chunk-XH7DA6MV.js")),
  lazy(dbmate_default, () => import("./chunk-YOJ4UWW7.js")),
  lazy(sql_default, () => import("./chunk-M7LMYZS7.js"))
];

export {
  FRAMEWORKS
};
