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
} from "./chunk-VMUVNIAA.js";

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
  lazy(prisma_default, () => import("./chunk-EKC6RHOX.js")),
  lazy(rails_default, () => import("./chunk-AAWL3SEJ.js")),
  lazy(django_default, () => import("./chunk-2MXEQTIR.js")),
  lazy(alembic_default, () => import("./chunk-GHBBEQI4.js")),
  lazy(typeorm_default, () => import("./chunk-RCV2YZZT.js")),
  lazy(sequelize_default, () => import("./chunk-BB4S36RQ.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-QURVLKUA.js")),
  lazy(knex_default, () => import("./chunk-NO4UKJGA.js")),
  lazy(db_migrate_default, () => import("./chunk-4I2XYJQ6.js")),
  lazy(laravel_default, () => import("./chunk-E3QP6GNV.js")),
  lazy(ecto_default, () => import("./chunk-DVNXESK2.js")),
  lazy(liquibase_default, () => import("./chunk-TXX2QNZ5.js")),
  lazy(sqitch_default, () => import("./chunk-6U2EQM4Q.js")),
  lazy(flyway_default, () => import("./chunk-LQSLIVL5.js")),
  lazy(pop_default, () => import("./chunk-QQGLEXGE.js")),
  lazy(golang_migrate_default, () => import("./chunk-V67VC6NL.js")),
  lazy(goose_default, () => import("./chunk-7FVXU3TI.js")),
  lazy(sql_migrate_default, () => import("./chunk-B4L3GGNS.js")),
  lazy(dbmate_default, () => import("./chunk-ZOPHKL3D.js")),
  lazy(sql_default, () => import("./chunk-Y6SS6HUD.js"))
];

export {
  FRAMEWORKS
};
