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
} from "./chunk-LLDTIVI3.js";

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
  lazy(prisma_default, () => import("./chunk-N2YSMWBB.js")),
  lazy(rails_default, () => import("./chunk-3RUNI4GM.js")),
  lazy(django_default, () => import("./chunk-CFEO2QBT.js")),
  lazy(alembic_default, () => import("./chunk-IMJBHAIT.js")),
  lazy(typeorm_default, () => import("./chunk-OFDSPG2P.js")),
  lazy(sequelize_default, () => import("./chunk-UIWEON2C.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-GP5ICOHP.js")),
  lazy(knex_default, () => import("./chunk-TAV3EHJC.js")),
  lazy(db_migrate_default, () => import("./chunk-ZR7I7BLS.js")),
  lazy(laravel_default, () => import("./chunk-2T6ZH2ER.js")),
  lazy(ecto_default, () => import("./chunk-P3DTIESW.js")),
  lazy(liquibase_default, () => import("./chunk-C7G7JJUD.js")),
  lazy(sqitch_default, () => import("./chunk-4FRUIB4J.js")),
  lazy(flyway_default, () => import("./chunk-ZGJWXJHD.js")),
  lazy(pop_default, () => import("./chunk-SM6RHCRH.js")),
  lazy(golang_migrate_default, () => import("./chunk-L6EV3BSZ.js")),
  lazy(goose_default, () => import("./chunk-CKJBU5HQ.js")),
  lazy(sql_migrate_default, () => import("./chunk-N24MMZ33.js")),
  lazy(dbmate_default, () => import("./chunk-OPLG3ZRC.js")),
  lazy(sql_default, () => import("./chunk-5NUSTWHX.js"))
];

export {
  FRAMEWORKS
};
