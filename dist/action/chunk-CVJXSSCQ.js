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
} from "./chunk-S6OJ6E24.js";

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
  lazy(prisma_default, () => import("./chunk-PLIEFXZB.js")),
  lazy(rails_default, () => import("./chunk-O3XSITD4.js")),
  lazy(django_default, () => import("./chunk-P2ZI2CO6.js")),
  lazy(alembic_default, () => import("./chunk-SIA4HC73.js")),
  lazy(typeorm_default, () => import("./chunk-UZ26COVJ.js")),
  lazy(sequelize_default, () => import("./chunk-AZHRBXJE.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-VT3ADLG6.js")),
  lazy(knex_default, () => import("./chunk-4HBO5YQV.js")),
  lazy(db_migrate_default, () => import("./chunk-KKWSRDLK.js")),
  lazy(laravel_default, () => import("./chunk-YH466FM6.js")),
  lazy(ecto_default, () => import("./chunk-32HSRPHC.js")),
  lazy(liquibase_default, () => import("./chunk-74G2COXW.js")),
  lazy(sqitch_default, () => import("./chunk-TBLUAJPN.js")),
  lazy(flyway_default, () => import("./chunk-LSFVCVWW.js")),
  lazy(pop_default, () => import("./chunk-7XF4GGUX.js")),
  lazy(golang_migrate_default, () => import("./chunk-WA5LCLIR.js")),
  lazy(goose_default, () => import("./chunk-M7ITHAOT.js")),
  lazy(sql_migrate_default, () => import("./chunk-CBYBA5VU.js")),
  lazy(dbmate_default, () => import("./chunk-QVGAPXH2.js")),
  lazy(sql_default, () => import("./chunk-OQ6ODZLZ.js"))
];

export {
  FRAMEWORKS
};
