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
} from "./chunk-PXPIOBIL.js";

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
  lazy(prisma_default, () => import("./chunk-VDAYWNI5.js")),
  lazy(rails_default, () => import("./chunk-NS67FQF3.js")),
  lazy(django_default, () => import("./chunk-5KGNBWAI.js")),
  lazy(alembic_default, () => import("./chunk-IAKYL2AH.js")),
  lazy(typeorm_default, () => import("./chunk-4ETLYHNF.js")),
  lazy(sequelize_default, () => import("./chunk-U7LF2SL7.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-C2WCPYCI.js")),
  lazy(knex_default, () => import("./chunk-IETUTNBN.js")),
  lazy(db_migrate_default, () => import("./chunk-4PRN746M.js")),
  lazy(laravel_default, () => import("./chunk-JF5U3ZK5.js")),
  lazy(ecto_default, () => import("./chunk-X7TGIAJJ.js")),
  lazy(liquibase_default, () => import("./chunk-IHAZCC74.js")),
  lazy(sqitch_default, () => import("./chunk-ZO5TZKGX.js")),
  lazy(flyway_default, () => import("./chunk-PIAUUGUX.js")),
  lazy(pop_default, () => import("./chunk-A5R2ZT2S.js")),
  lazy(golang_migrate_default, () => import("./chunk-JCYQVPRC.js")),
  lazy(goose_default, () => import("./chunk-ZVFTFX27.js")),
  lazy(sql_migrate_default, () => import("./chunk-SM7BIG3N.js")),
  lazy(dbmate_default, () => import("./chunk-XF4RPZCB.js")),
  lazy(sql_default, () => import("./chunk-YAIBTCBM.js"))
];

export {
  FRAMEWORKS
};
