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
} from "./chunk-ZP3PZSRZ.js";

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
  lazy(prisma_default, () => import("./chunk-BL56CADU.js")),
  lazy(rails_default, () => import("./chunk-DIKEM2HM.js")),
  lazy(django_default, () => import("./chunk-QSP4SDBA.js")),
  lazy(alembic_default, () => import("./chunk-6OG7QR7Z.js")),
  lazy(typeorm_default, () => import("./chunk-4SEMSFWU.js")),
  lazy(sequelize_default, () => import("./chunk-OWE3YIAM.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-KXUTGHXY.js")),
  lazy(knex_default, () => import("./chunk-SZIFAEKC.js")),
  lazy(db_migrate_default, () => import("./chunk-LSMQKBBM.js")),
  lazy(laravel_default, () => import("./chunk-YFQI5U3Z.js")),
  lazy(ecto_default, () => import("./chunk-6HLUZOCE.js")),
  lazy(liquibase_default, () => import("./chunk-URAVTLE2.js")),
  lazy(sqitch_default, () => import("./chunk-XRFGN2IH.js")),
  lazy(flyway_default, () => import("./chunk-YZVZJKK7.js")),
  lazy(pop_default, () => import("./chunk-PYRNWCJI.js")),
  lazy(golang_migrate_default, () => import("./chunk-CZJPOL3N.js")),
  lazy(goose_default, () => import("./chunk-C5VPAFX2.js")),
  lazy(sql_migrate_default, () => import("./chunk-J733RBMU.js")),
  lazy(dbmate_default, () => import("./chunk-PYRAWBJA.js")),
  lazy(sql_default, () => import("./chunk-YFGH7KWX.js"))
];

export {
  FRAMEWORKS
};
