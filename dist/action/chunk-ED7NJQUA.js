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
} from "./chunk-RIYG2LBD.js";

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
  lazy(prisma_default, () => import("./chunk-T3W4LSL6.js")),
  lazy(rails_default, () => import("./chunk-SGXMBQBW.js")),
  lazy(django_default, () => import("./chunk-J46GMMON.js")),
  lazy(alembic_default, () => import("./chunk-CBDMTMDU.js")),
  lazy(typeorm_default, () => import("./chunk-W5PBDKSL.js")),
  lazy(sequelize_default, () => import("./chunk-SWHPZSJW.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-6WXDYYCD.js")),
  lazy(knex_default, () => import("./chunk-XJIMGMNV.js")),
  lazy(db_migrate_default, () => import("./chunk-JOZXBCLB.js")),
  lazy(laravel_default, () => import("./chunk-LNH4BKHY.js")),
  lazy(ecto_default, () => import("./chunk-KRLNDRLY.js")),
  lazy(liquibase_default, () => import("./chunk-NNUZGSX3.js")),
  lazy(sqitch_default, () => import("./chunk-TYUSUNHK.js")),
  lazy(flyway_default, () => import("./chunk-SOQMVZPD.js")),
  lazy(pop_default, () => import("./chunk-BQ7C5OMW.js")),
  lazy(golang_migrate_default, () => import("./chunk-2O4CA4KV.js")),
  lazy(goose_default, () => import("./chunk-265GHQTB.js")),
  lazy(sql_migrate_default, () => import("./chunk-64BWI5MJ.js")),
  lazy(dbmate_default, () => import("./chunk-DJQIMB7F.js")),
  lazy(sql_default, () => import("./chunk-HOUWSFX3.js"))
];

export {
  FRAMEWORKS
};
