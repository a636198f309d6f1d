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
} from "./chunk-PUUSVQJA.js";

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
  lazy(prisma_default, () => import("./chunk-2UTV63N4.js")),
  lazy(rails_default, () => import("./chunk-VO3OS22M.js")),
  lazy(django_default, () => import("./chunk-GH6FSPGE.js")),
  lazy(alembic_default, () => import("./chunk-MY7XIM5S.js")),
  lazy(typeorm_default, () => import("./chunk-SPLZ3HGK.js")),
  lazy(sequelize_default, () => import("./chunk-5LIO2U64.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-5Y5KII7Z.js")),
  lazy(knex_default, () => import("./chunk-D5C62EE4.js")),
  lazy(db_migrate_default, () => import("./chunk-2BYIQKAJ.js")),
  lazy(laravel_default, () => import("./chunk-BML3ODEF.js")),
  lazy(ecto_default, () => import("./chunk-P7MJEAQG.js")),
  lazy(liquibase_default, () => import("./chunk-PTJGQDY7.js")),
  lazy(sqitch_default, () => import("./chunk-USATDTSF.js")),
  lazy(flyway_default, () => import("./chunk-XOPB4IQP.js")),
  lazy(pop_default, () => import("./chunk-KXYZNW5Y.js")),
  lazy(golang_migrate_default, () => import("./chunk-4XILOQNH.js")),
  lazy(goose_default, () => import("./chunk-C6CHOA3K.js")),
  lazy(sql_migrate_default, () => import("./chunk-YYJTIMF3.js")),
  lazy(dbmate_default, () => import("./chunk-ZXZVYJJK.js")),
  lazy(sql_default, () => import("./chunk-5X6N3G5H.js"))
];

export {
  FRAMEWORKS
};
