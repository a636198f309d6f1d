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
} from "./chunk-Y4AJ7Y2G.js";

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
  lazy(prisma_default, () => import("./chunk-HNRMLG7Q.js")),
  lazy(rails_default, () => import("./chunk-YMXMZMU4.js")),
  lazy(django_default, () => import("./chunk-PR4PBYEM.js")),
  lazy(alembic_default, () => import("./chunk-JBORHBNT.js")),
  lazy(typeorm_default, () => import("./chunk-BU5G4WVX.js")),
  lazy(sequelize_default, () => import("./chunk-WOOR4SV6.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-VYRPGUXF.js")),
  lazy(knex_default, () => import("./chunk-CUV5WTYF.js")),
  lazy(db_migrate_default, () => import("./chunk-TLXYVMXI.js")),
  lazy(laravel_default, () => import("./chunk-FNAMISAO.js")),
  lazy(ecto_default, () => import("./chunk-7WISMXA3.js")),
  lazy(liquibase_default, () => import("./chunk-G5JY7OVX.js")),
  lazy(sqitch_default, () => import("./chunk-LGQRCWUJ.js")),
  lazy(flyway_default, () => import("./chunk-E3MZDJAV.js")),
  lazy(pop_default, () => import("./chunk-UH34LPDV.js")),
  lazy(golang_migrate_default, () => import("./chunk-BXGTSGGT.js")),
  lazy(goose_default, () => import("./chunk-KB74W4JB.js")),
  lazy(sql_migrate_default, () => import("./chunk-RLBYL6S2.js")),
  lazy(dbmate_default, () => import("./chunk-QGY7PGIX.js")),
  lazy(sql_default, () => import("./chunk-AGAQLOPL.js"))
];

export {
  FRAMEWORKS
};
