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
} from "./chunk-RQ4T4LLZ.js";

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
  lazy(prisma_default, () => import("./chunk-HZ6GD2G7.js")),
  lazy(rails_default, () => import("./chunk-NYKL67LI.js")),
  lazy(django_default, () => import("./chunk-QWIAAPZA.js")),
  lazy(alembic_default, () => import("./chunk-PW5CWRA6.js")),
  lazy(typeorm_default, () => import("./chunk-FAYXKAOD.js")),
  lazy(sequelize_default, () => import("./chunk-Z7H73YXZ.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-54P5CCXL.js")),
  lazy(knex_default, () => import("./chunk-M2KWULSL.js")),
  lazy(db_migrate_default, () => import("./chunk-NBUDXJQ4.js")),
  lazy(laravel_default, () => import("./chunk-T6JKORH2.js")),
  lazy(ecto_default, () => import("./chunk-ZOM2IWYJ.js")),
  lazy(liquibase_default, () => import("./chunk-5PBYXPQI.js")),
  lazy(sqitch_default, () => import("./chunk-U2XOXTMJ.js")),
  lazy(flyway_default, () => import("./chunk-RCC6YLLT.js")),
  lazy(pop_default, () => import("./chunk-7KWCB4AR.js")),
  lazy(golang_migrate_default, () => import("./chunk-CYAUBY2B.js")),
  lazy(goose_default, () => import("./chunk-G22RU7WK.js")),
  lazy(sql_migrate_default, () => import("./chunk-TJOS6YYS.js")),
  lazy(dbmate_default, () => import("./chunk-EF5L4F7Y.js")),
  lazy(sql_default, () => import("./chunk-KOU7APF6.js"))
];

export {
  FRAMEWORKS
};
