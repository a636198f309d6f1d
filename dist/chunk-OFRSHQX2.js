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
} from "./chunk-PDBVHPW7.js";

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
  lazy(prisma_default, () => import("./chunk-J4BRL55I.js")),
  lazy(rails_default, () => import("./chunk-DMMK7DNW.js")),
  lazy(django_default, () => import("./chunk-KMBAO2A5.js")),
  lazy(alembic_default, () => import("./chunk-LD2ISPRK.js")),
  lazy(typeorm_default, () => import("./chunk-ZPHUZCRE.js")),
  lazy(sequelize_default, () => import("./chunk-XMNLS5NN.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-EQV7YTRS.js")),
  lazy(knex_default, () => import("./chunk-J4IGZEGV.js")),
  lazy(db_migrate_default, () => import("./chunk-BL5P5FQ4.js")),
  lazy(laravel_default, () => import("./chunk-2IJJUEPJ.js")),
  lazy(ecto_default, () => import("./chunk-6UTAAVVJ.js")),
  lazy(liquibase_default, () => import("./chunk-FS3M45XJ.js")),
  lazy(sqitch_default, () => import("./chunk-QX6RXK3O.js")),
  lazy(flyway_default, () => import("./chunk-DJWRABTM.js")),
  lazy(pop_default, () => import("./chunk-MGYJTW3U.js")),
  lazy(golang_migrate_default, () => import("./chunk-YZJJH22P.js")),
  lazy(goose_default, () => import("./chunk-X7E2DICC.js")),
  lazy(sql_migrate_default, () => import("./chunk-MWD5SZGY.js")),
  lazy(dbmate_default, () => import("./chunk-KMJ32T6N.js")),
  lazy(sql_default, () => import("./chunk-PNGWIGSQ.js"))
];

export {
  FRAMEWORKS
};
