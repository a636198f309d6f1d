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
} from "./chunk-RTDYH6PN.js";

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
  lazy(prisma_default, () => import("./chunk-M3D5JVD4.js")),
  lazy(rails_default, () => import("./chunk-HIM5VYHL.js")),
  lazy(django_default, () => import("./chunk-F6ZQBU6G.js")),
  lazy(alembic_default, () => import("./chunk-PG6LH5ZJ.js")),
  lazy(typeorm_default, () => import("./chunk-GMAAWXK5.js")),
  lazy(sequelize_default, () => import("./chunk-ZWK2RC6Q.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-Q4HK5HDB.js")),
  lazy(knex_default, () => import("./chunk-45DVVEHP.js")),
  lazy(db_migrate_default, () => import("./chunk-7ZM4RN24.js")),
  lazy(laravel_default, () => import("./chunk-NJ2H7WTC.js")),
  lazy(ecto_default, () => import("./chunk-TSFO7F67.js")),
  lazy(liquibase_default, () => import("./chunk-5JKFUVHF.js")),
  lazy(sqitch_default, () => import("./chunk-ARDOD3VL.js")),
  lazy(flyway_default, () => import("./chunk-W3HSL56A.js")),
  lazy(pop_default, () => import("./chunk-32ORP4YN.js")),
  lazy(golang_migrate_default, () => import("./chunk-MK2P52AL.js")),
  lazy(goose_default, () => import("./chunk-AEIODOH5.js")),
  lazy(sql_migrate_default, () => import("./chunk-HKFOQDFG.js")),
  lazy(dbmate_default, () => import("./chunk-L5KUBUMS.js")),
  lazy(sql_default, () => import("./chunk-7DVTGKXK.js"))
];

export {
  FRAMEWORKS
};
