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
} from "./chunk-C67DTCLH.js";

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
  lazy(prisma_default, () => import("./chunk-7W3GAW6L.js")),
  lazy(rails_default, () => import("./chunk-V3XZ3GQW.js")),
  lazy(django_default, () => import("./chunk-XKIQO73V.js")),
  lazy(alembic_default, () => import("./chunk-OM5OEXCF.js")),
  lazy(typeorm_default, () => import("./chunk-RA6MPWPR.js")),
  lazy(sequelize_default, () => import("./chunk-ECCTRJJL.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-3V2SNP5O.js")),
  lazy(knex_default, () => import("./chunk-3NJXPNXZ.js")),
  lazy(db_migrate_default, () => import("./chunk-XAOUJO75.js")),
  lazy(laravel_default, () => import("./chunk-XMO2SHLR.js")),
  lazy(ecto_default, () => import("./chunk-GAECAYFZ.js")),
  lazy(liquibase_default, () => import("./chunk-FBMRQQTF.js")),
  lazy(sqitch_default, () => import("./chunk-W6YH62MB.js")),
  lazy(flyway_default, () => import("./chunk-5FDAFHAZ.js")),
  lazy(pop_default, () => import("./chunk-2PY4QICO.js")),
  lazy(golang_migrate_default, () => import("./chunk-OLQP54YH.js")),
  lazy(goose_default, () => import("./chunk-GASL675L.js")),
  lazy(sql_migrate_default, () => import("./chunk-EOTTZQEG.js")),
  lazy(dbmate_default, () => import("./chunk-XTSLT2Z7.js")),
  lazy(sql_default, () => import("./chunk-5ENIX462.js"))
];

export {
  FRAMEWORKS
};
