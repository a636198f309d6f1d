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
} from "./chunk-NASDIAKY.js";

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
  lazy(prisma_default, () => import("./chunk-PJNEVXKV.js")),
  lazy(rails_default, () => import("./chunk-M5E7UIJJ.js")),
  lazy(django_default, () => import("./chunk-FB2OXBPL.js")),
  lazy(alembic_default, () => import("./chunk-DQNM5466.js")),
  lazy(typeorm_default, () => import("./chunk-DED6GVYK.js")),
  lazy(sequelize_default, () => import("./chunk-ZVSPQNRP.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-7SLQJW67.js")),
  lazy(knex_default, () => import("./chunk-MDGLD36Z.js")),
  lazy(db_migrate_default, () => import("./chunk-GY24QSIX.js")),
  lazy(laravel_default, () => import("./chunk-KZFDI4RX.js")),
  lazy(ecto_default, () => import("./chunk-LIRVTNPH.js")),
  lazy(liquibase_default, () => import("./chunk-5JXRVYWO.js")),
  lazy(sqitch_default, () => import("./chunk-ZL76F7W6.js")),
  lazy(flyway_default, () => import("./chunk-626DVWKR.js")),
  lazy(pop_default, () => import("./chunk-5TXVBRER.js")),
  lazy(golang_migrate_default, () => import("./chunk-WXFBNHVI.js")),
  lazy(goose_default, () => import("./chunk-YCPJRFH7.js")),
  lazy(sql_migrate_default, () => import("./chunk-N5IK3K5I.js")),
  lazy(dbmate_default, () => import("./chunk-4RVBBUM3.js")),
  lazy(sql_default, () => import("./chunk-RQ4RLH6Z.js"))
];

export {
  FRAMEWORKS
};
