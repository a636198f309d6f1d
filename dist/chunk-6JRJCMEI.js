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
} from "./chunk-CXGTXE4H.js";

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
  lazy(prisma_default, () => import("./chunk-ZXW3KT2M.js")),
  lazy(rails_default, () => import("./chunk-X3FW3IF6.js")),
  lazy(django_default, () => import("./chunk-JNHEEPIX.js")),
  lazy(alembic_default, () => import("./chunk-5QEGTFZT.js")),
  lazy(typeorm_default, () => import("./chunk-PFBT4ZQG.js")),
  lazy(sequelize_default, () => import("./chunk-VNS2TDDR.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-SGWXRVMS.js")),
  lazy(knex_default, () => import("./chunk-7JTOB3DG.js")),
  lazy(db_migrate_default, () => import("./chunk-USTUGILO.js")),
  lazy(laravel_default, () => import("./chunk-J5IYQFWK.js")),
  lazy(ecto_default, () => import("./chunk-U2XJFLYD.js")),
  lazy(liquibase_default, () => import("./chunk-LC2OLR4A.js")),
  lazy(sqitch_default, () => import("./chunk-2A34JJLX.js")),
  lazy(flyway_default, () => import("./chunk-BXOTAZFF.js")),
  lazy(pop_default, () => import("./chunk-NT7ZUKDS.js")),
  lazy(golang_migrate_default, () => import("./chunk-O6OVAYTD.js")),
  lazy(goose_default, () => import("./chunk-ZD4ET2KR.js")),
  lazy(sql_migrate_default, () => import("./chunk-LOHOEVHP.js")),
  lazy(dbmate_default, () => import("./chunk-QBICD4UC.js")),
  lazy(sql_default, () => import("./chunk-VGK3Y4EL.js"))
];

export {
  FRAMEWORKS
};
