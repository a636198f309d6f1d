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
} from "./chunk-3RCTYOE2.js";

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
  lazy(prisma_default, () => import("./chunk-YHTHAW55.js")),
  lazy(rails_default, () => import("./chunk-5VQRWDBE.js")),
  lazy(django_default, () => import("./chunk-OGVGSNP3.js")),
  lazy(alembic_default, () => import("./chunk-DQHMIGW4.js")),
  lazy(typeorm_default, () => import("./chunk-5A45IJ7Y.js")),
  lazy(sequelize_default, () => import("./chunk-C7QMTXYB.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-PNUYIBRC.js")),
  lazy(knex_default, () => import("./chunk-TAVWAHNE.js")),
  lazy(db_migrate_default, () => import("./chunk-UIUT3QIQ.js")),
  lazy(laravel_default, () => import("./chunk-JUNJAFSY.js")),
  lazy(ecto_default, () => import("./chunk-IYJVSRVJ.js")),
  lazy(liquibase_default, () => import("./chunk-5KJQC37S.js")),
  lazy(sqitch_default, () => import("./chunk-WHCCRX2M.js")),
  lazy(flyway_default, () => import("./chunk-LY7UMDO5.js")),
  lazy(pop_default, () => import("./chunk-KWZ6FUPA.js")),
  lazy(golang_migrate_default, () => import("./chunk-5GTTMCE4.js")),
  lazy(goose_default, () => import("./chunk-XZN6KCZA.js")),
  lazy(sql_migrate_default, () => import("./chunk-VXS7XSZN.js")),
  lazy(dbmate_default, () => import("./chunk-JW6XVXY3.js")),
  lazy(sql_default, () => import("./chunk-OM36P6SP.js"))
];

export {
  FRAMEWORKS
};
