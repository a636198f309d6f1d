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
} from "./chunk-JGSAZMKE.js";

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
  lazy(prisma_default, () => import("./chunk-E5KV67UQ.js")),
  lazy(rails_default, () => import("./chunk-BRDRNXE6.js")),
  lazy(django_default, () => import("./chunk-XW2DZ5IQ.js")),
  lazy(alembic_default, () => import("./chunk-QD3NM5EY.js")),
  lazy(typeorm_default, () => import("./chunk-WL2PODEY.js")),
  lazy(sequelize_default, () => import("./chunk-Q2PGK6JM.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-LTT4HO3J.js")),
  lazy(knex_default, () => import("./chunk-NXDVXWJE.js")),
  lazy(db_migrate_default, () => import("./chunk-5RYUK46I.js")),
  lazy(laravel_default, () => import("./chunk-OFWRWCMI.js")),
  lazy(ecto_default, () => import("./chunk-YEIXCF6E.js")),
  lazy(liquibase_default, () => import("./chunk-KEV2A6PW.js")),
  lazy(sqitch_default, () => import("./chunk-K7JF2CV3.js")),
  lazy(flyway_default, () => import("./chunk-JUH4M52C.js")),
  lazy(pop_default, () => import("./chunk-3B3NQSZL.js")),
  lazy(golang_migrate_default, () => import("./chunk-SKLY3FT6.js")),
  lazy(goose_default, () => import("./chunk-4TWSQLNI.js")),
  lazy(sql_migrate_default, () => import("./chunk-YQMI3ASI.js")),
  lazy(dbmate_default, () => import("./chunk-ABKWWTLZ.js")),
  lazy(sql_default, () => import("./chunk-I7WJOK37.js"))
];

export {
  FRAMEWORKS
};
