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
} from "./chunk-CPFEHQIW.js";

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
  lazy(prisma_default, () => import("./chunk-FYKKDGKP.js")),
  lazy(rails_default, () => import("./chunk-3T6XAUB4.js")),
  lazy(django_default, () => import("./chunk-TJIIW2DW.js")),
  lazy(alembic_default, () => import("./chunk-6O5FFTDT.js")),
  lazy(typeorm_default, () => import("./chunk-3ZE7DELD.js")),
  lazy(sequelize_default, () => import("./chunk-6X5P4OJY.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-GK2JYKIU.js")),
  lazy(knex_default, () => import("./chunk-WZJK4GUG.js")),
  lazy(db_migrate_default, () => import("./chunk-7EK37NKS.js")),
  lazy(laravel_default, () => import("./chunk-DLJENS4C.js")),
  lazy(ecto_default, () => import("./chunk-KCS73Y4A.js")),
  lazy(liquibase_default, () => import("./chunk-SLXKDIMU.js")),
  lazy(sqitch_default, () => import("./chunk-Y5SYWHE2.js")),
  lazy(flyway_default, () => import("./chunk-MMYIS4OT.js")),
  lazy(pop_default, () => import("./chunk-K3PF3HFH.js")),
  lazy(golang_migrate_default, () => import("./chunk-C47TZZPI.js")),
  lazy(goose_default, () => import("./chunk-WJQ75J6S.js")),
  lazy(sql_migrate_default, () => import("./chunk-J66O7A5V.js")),
  lazy(dbmate_default, () => import("./chunk-7DCXGJ4X.js")),
  lazy(sql_default, () => import("./chunk-2EAEZRPV.js"))
];

export {
  FRAMEWORKS
};
