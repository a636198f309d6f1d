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
} from "./chunk-V62EYKLP.js";

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
  lazy(prisma_default, () => import("./chunk-GBVGC7G2.js")),
  lazy(rails_default, () => import("./chunk-5JH34W5F.js")),
  lazy(django_default, () => import("./chunk-O2L2RBOD.js")),
  lazy(alembic_default, () => import("./chunk-ID534WVV.js")),
  lazy(typeorm_default, () => import("./chunk-ZPYU3WQT.js")),
  lazy(sequelize_default, () => import("./chunk-T7NAY6GA.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-2YEY7HQT.js")),
  lazy(knex_default, () => import("./chunk-CBYVWR3V.js")),
  lazy(db_migrate_default, () => import("./chunk-MPGZ7H7B.js")),
  lazy(laravel_default, () => import("./chunk-EUCTAPEN.js")),
  lazy(ecto_default, () => import("./chunk-TAU2XQKB.js")),
  lazy(liquibase_default, () => import("./chunk-HKXAWZAW.js")),
  lazy(sqitch_default, () => import("./chunk-4F3XNE35.js")),
  lazy(flyway_default, () => import("./chunk-CYJZEWL6.js")),
  lazy(pop_default, () => import("./chunk-66KUGDBA.js")),
  lazy(golang_migrate_default, () => import("./chunk-VLODM33U.js")),
  lazy(goose_default, () => import("./chunk-NXR6GTHS.js")),
  lazy(sql_migrate_default, () => import("./chunk-EUIJZAZG.js")),
  lazy(dbmate_default, () => import("./chunk-NBRKOBSH.js")),
  lazy(sql_default, () => import("./chunk-LJV4N4ZO.js"))
];

export {
  FRAMEWORKS
};
