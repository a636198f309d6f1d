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
} from "./chunk-D7IZ3TNI.js";

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
  lazy(prisma_default, () => import("./chunk-LWJYHI2F.js")),
  lazy(rails_default, () => import("./chunk-OH7QML2R.js")),
  lazy(django_default, () => import("./chunk-YUNKW3VB.js")),
  lazy(alembic_default, () => import("./chunk-I6G5NEFR.js")),
  lazy(typeorm_default, () => import("./chunk-W4YG3MUU.js")),
  lazy(sequelize_default, () => import("./chunk-4GDRT2PR.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-WLXEPIOU.js")),
  lazy(knex_default, () => import("./chunk-3AC7J7FK.js")),
  lazy(db_migrate_default, () => import("./chunk-ILIQDCQS.js")),
  lazy(laravel_default, () => import("./chunk-ODUQAZUL.js")),
  lazy(ecto_default, () => import("./chunk-KCKHFX54.js")),
  lazy(liquibase_default, () => import("./chunk-GZLVQVZ2.js")),
  lazy(sqitch_default, () => import("./chunk-SNVZEOFU.js")),
  lazy(flyway_default, () => import("./chunk-LOIP7MC3.js")),
  lazy(pop_default, () => import("./chunk-6RX7HB3J.js")),
  lazy(golang_migrate_default, () => import("./chunk-GB43FOOL.js")),
  lazy(goose_default, () => import("./chunk-N4UFPRNR.js")),
  lazy(sql_migrate_default, () => import("./chunk-T3KQXVKP.js")),
  lazy(dbmate_default, () => import("./chunk-AB3M4T33.js")),
  lazy(sql_default, () => import("./chunk-J46WM5VN.js"))
];

export {
  FRAMEWORKS
};
