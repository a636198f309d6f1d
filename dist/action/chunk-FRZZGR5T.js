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
} from "./chunk-U4C6YYZU.js";

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
  lazy(prisma_default, () => import("./chunk-SRXUFDTW.js")),
  lazy(rails_default, () => import("./chunk-MJXK5MNE.js")),
  lazy(django_default, () => import("./chunk-MD52MCMP.js")),
  lazy(alembic_default, () => import("./chunk-2N5F67FH.js")),
  lazy(typeorm_default, () => import("./chunk-6O3EFJDG.js")),
  lazy(sequelize_default, () => import("./chunk-FWYOQWR7.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-7IYR3SUA.js")),
  lazy(knex_default, () => import("./chunk-2HDV242U.js")),
  lazy(db_migrate_default, () => import("./chunk-23CY6EE2.js")),
  lazy(laravel_default, () => import("./chunk-I5VWDKHZ.js")),
  lazy(ecto_default, () => import("./chunk-34MPZHB3.js")),
  lazy(liquibase_default, () => import("./chunk-V3X6P4XB.js")),
  lazy(sqitch_default, () => import("./chunk-V56W7QCJ.js")),
  lazy(flyway_default, () => import("./chunk-JLJGQXAM.js")),
  lazy(pop_default, () => import("./chunk-MC4H6P66.js")),
  lazy(golang_migrate_default, () => import("./chunk-SBRC23VE.js")),
  lazy(goose_default, () => import("./chunk-FYRHGI2Y.js")),
  lazy(sql_migrate_default, () => import("./chunk-5SWWKLQN.js")),
  lazy(dbmate_default, () => import("./chunk-BZ66Z6AW.js")),
  lazy(sql_default, () => import("./chunk-Z7X625K3.js"))
];

export {
  FRAMEWORKS
};
