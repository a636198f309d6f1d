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
} from "./chunk-6PCSDDZU.js";

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
  lazy(prisma_default, () => import("./chunk-OI5MGOQG.js")),
  lazy(rails_default, () => import("./chunk-UTLYGZ5M.js")),
  lazy(django_default, () => import("./chunk-SJYPHMTJ.js")),
  lazy(alembic_default, () => import("./chunk-G47MUOOQ.js")),
  lazy(typeorm_default, () => import("./chunk-FSEAHWDZ.js")),
  lazy(sequelize_default, () => import("./chunk-YRKHIV2V.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-67CU4QAM.js")),
  lazy(knex_default, () => import("./chunk-RI72FMOA.js")),
  lazy(db_migrate_default, () => import("./chunk-NLMFURBD.js")),
  lazy(laravel_default, () => import("./chunk-FE7VQLAY.js")),
  lazy(ecto_default, () => import("./chunk-66D3YBU3.js")),
  lazy(liquibase_default, () => import("./chunk-QPAUMXEE.js")),
  lazy(sqitch_default, () => import("./chunk-NNM2QO52.js")),
  lazy(flyway_default, () => import("./chunk-AUIRU7DF.js")),
  lazy(pop_default, () => import("./chunk-ENW4DO3G.js")),
  lazy(golang_migrate_default, () => import("./chunk-ORCBEXJY.js")),
  lazy(goose_default, () => import("./chunk-HTENYCNK.js")),
  lazy(sql_migrate_default, () => import("./chunk-MSO7USMK.js")),
  lazy(dbmate_default, () => import("./chunk-XAQIQK4I.js")),
  lazy(sql_default, () => import("./chunk-UITZ23TT.js"))
];

export {
  FRAMEWORKS
};
