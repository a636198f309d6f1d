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
} from "./chunk-ZQSYNBY4.js";

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
  lazy(prisma_default, () => import("./chunk-2CV4KCWH.js")),
  lazy(rails_default, () => import("./chunk-PVRELGOK.js")),
  lazy(django_default, () => import("./chunk-XLIOZODT.js")),
  lazy(alembic_default, () => import("./chunk-J6Z3PCTH.js")),
  lazy(typeorm_default, () => import("./chunk-DPCMN43I.js")),
  lazy(sequelize_default, () => import("./chunk-5DMEQUPI.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-PL7NXFQK.js")),
  lazy(knex_default, () => import("./chunk-YQCYBX4Q.js")),
  lazy(db_migrate_default, () => import("./chunk-JLIXZN4M.js")),
  lazy(laravel_default, () => import("./chunk-ARTR7YZL.js")),
  lazy(ecto_default, () => import("./chunk-ZLX7ILH6.js")),
  lazy(liquibase_default, () => import("./chunk-PGBCSJS3.js")),
  lazy(sqitch_default, () => import("./chunk-BF7E3SDJ.js")),
  lazy(flyway_default, () => import("./chunk-HN2H454X.js")),
  lazy(pop_default, () => import("./chunk-2V27O5ZZ.js")),
  lazy(golang_migrate_default, () => import("./chunk-JOCTOJJ7.js")),
  lazy(goose_default, () => import("./chunk-YAXRGR6B.js")),
  lazy(sql_migrate_default, () => import("./chunk-YZFFR5YX.js")),
  lazy(dbmate_default, () => import("./chunk-4PXJUDJI.js")),
  lazy(sql_default, () => import("./chunk-VEJ3O36E.js"))
];

export {
  FRAMEWORKS
};
