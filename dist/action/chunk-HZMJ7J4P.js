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
} from "./chunk-4SDG5V3S.js";

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
  lazy(prisma_default, () => import("./chunk-NYTRZUT5.js")),
  lazy(rails_default, () => import("./chunk-CKQTHLJE.js")),
  lazy(django_default, () => import("./chunk-EVWVAIB6.js")),
  lazy(alembic_default, () => import("./chunk-F7W5776Z.js")),
  lazy(typeorm_default, () => import("./chunk-NN5M6WJE.js")),
  lazy(sequelize_default, () => import("./chunk-YJIMGB3E.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-RTGJEBTX.js")),
  lazy(knex_default, () => import("./chunk-NF56SJEL.js")),
  lazy(db_migrate_default, () => import("./chunk-ULJL37TY.js")),
  lazy(laravel_default, () => import("./chunk-UNWAJVZ4.js")),
  lazy(ecto_default, () => import("./chunk-XYDJYLS7.js")),
  lazy(liquibase_default, () => import("./chunk-WWRW7Z44.js")),
  lazy(sqitch_default, () => import("./chunk-PTOIHM7D.js")),
  lazy(flyway_default, () => import("./chunk-QYJZMN5N.js")),
  lazy(pop_default, () => import("./chunk-3OGA73QX.js")),
  lazy(golang_migrate_default, () => import("./chunk-C6FXC4QO.js")),
  lazy(goose_default, () => import("./chunk-4QQGNFER.js")),
  lazy(sql_migrate_default, () => import("./chunk-FEVJBK5Q.js")),
  lazy(dbmate_default, () => import("./chunk-S5F4XER7.js")),
  lazy(sql_default, () => import("./chunk-3625FOV4.js"))
];

export {
  FRAMEWORKS
};
