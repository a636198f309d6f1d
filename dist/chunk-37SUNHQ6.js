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
} from "./chunk-52KLESV7.js";

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
  lazy(prisma_default, () => import("./chunk-VUPSYVC4.js")),
  lazy(rails_default, () => import("./chunk-TI6DEGJG.js")),
  lazy(django_default, () => import("./chunk-KBHL6QFA.js")),
  lazy(alembic_default, () => import("./chunk-OESYZBSK.js")),
  lazy(typeorm_default, () => import("./chunk-VAWVBE2Z.js")),
  lazy(sequelize_default, () => import("./chunk-MYZJCFSR.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-FRVZKF7X.js")),
  lazy(knex_default, () => import("./chunk-IFRPXCC5.js")),
  lazy(db_migrate_default, () => import("./chunk-QXWY7IJG.js")),
  lazy(laravel_default, () => import("./chunk-D5WI2PD5.js")),
  lazy(ecto_default, () => import("./chunk-IQFDGMIV.js")),
  lazy(liquibase_default, () => import("./chunk-XKLPK3BY.js")),
  lazy(sqitch_default, () => import("./chunk-2TRCA632.js")),
  lazy(flyway_default, () => import("./chunk-H6N25E7A.js")),
  lazy(pop_default, () => import("./chunk-OQ2XTY3N.js")),
  lazy(golang_migrate_default, () => import("./chunk-NYR3VLMT.js")),
  lazy(goose_default, () => import("./chunk-XRZWSGQB.js")),
  lazy(sql_migrate_default, () => import("./chunk-27KSLTUY.js")),
  lazy(dbmate_default, () => import("./chunk-3UD2WBWR.js")),
  lazy(sql_default, () => import("./chunk-6JRR4MJ4.js"))
];

export {
  FRAMEWORKS
};
