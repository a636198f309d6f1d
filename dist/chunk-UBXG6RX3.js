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
} from "./chunk-J5KYGH3P.js";

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
  lazy(prisma_default, () => import("./chunk-XF4N23IT.js")),
  lazy(rails_default, () => import("./chunk-XFCSIDKC.js")),
  lazy(django_default, () => import("./chunk-4KLQ5P7J.js")),
  lazy(alembic_default, () => import("./chunk-SN7RUOKP.js")),
  lazy(typeorm_default, () => import("./chunk-U3QTTMFA.js")),
  lazy(sequelize_default, () => import("./chunk-B3EY6HDU.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-H6L57WL4.js")),
  lazy(knex_default, () => import("./chunk-BG6O26P2.js")),
  lazy(db_migrate_default, () => import("./chunk-36YDB3QD.js")),
  lazy(laravel_default, () => import("./chunk-NMTVMKAJ.js")),
  lazy(ecto_default, () => import("./chunk-UVQCYIII.js")),
  lazy(liquibase_default, () => import("./chunk-VD7D6UEX.js")),
  lazy(sqitch_default, () => import("./chunk-OJJNFRLR.js")),
  lazy(flyway_default, () => import("./chunk-QVRDBCSS.js")),
  lazy(pop_default, () => import("./chunk-SHWWEU2B.js")),
  lazy(golang_migrate_default, () => import("./chunk-ZJQZUPES.js")),
  lazy(goose_default, () => import("./chunk-DAYGSJWH.js")),
  lazy(sql_migrate_default, () => import("./chunk-MZOFG372.js")),
  lazy(dbmate_default, () => import("./chunk-FS7ZSQT5.js")),
  lazy(sql_default, () => import("./chunk-MBSZBAHE.js"))
];

export {
  FRAMEWORKS
};
