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
} from "./chunk-PQ26JT7O.js";

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
  lazy(prisma_default, () => import("./chunk-KAJPASJK.js")),
  lazy(rails_default, () => import("./chunk-P6AM2SZY.js")),
  lazy(django_default, () => import("./chunk-MUC4WJUE.js")),
  lazy(alembic_default, () => import("./chunk-EEDTBXXN.js")),
  lazy(typeorm_default, () => import("./chunk-VLLI4XQL.js")),
  lazy(sequelize_default, () => import("./chunk-YUPWPYLF.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-6KNEHM7F.js")),
  lazy(knex_default, () => import("./chunk-RIURM7Y5.js")),
  lazy(db_migrate_default, () => import("./chunk-4AJ5SSG5.js")),
  lazy(laravel_default, () => import("./chunk-BPZDJOLT.js")),
  lazy(ecto_default, () => import("./chunk-RXGRCU2A.js")),
  lazy(liquibase_default, () => import("./chunk-GTTNSMLK.js")),
  lazy(sqitch_default, () => import("./chunk-GE4KHCDL.js")),
  lazy(flyway_default, () => import("./chunk-DEXYWJDR.js")),
  lazy(pop_default, () => import("./chunk-TVRQMPLN.js")),
  lazy(golang_migrate_default, () => import("./chunk-VXF5XUBV.js")),
  lazy(goose_default, () => import("./chunk-ELF3WSCV.js")),
  lazy(sql_migrate_default, () => import("./chunk-PNRMSAQH.js")),
  lazy(dbmate_default, () => import("./chunk-FRKFGHGB.js")),
  lazy(sql_default, () => import("./chunk-3EQSHA25.js"))
];

export {
  FRAMEWORKS
};
