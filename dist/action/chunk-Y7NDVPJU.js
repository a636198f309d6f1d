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
} from "./chunk-IV5MVPFX.js";

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
  lazy(prisma_default, () => import("./chunk-Z554KUF7.js")),
  lazy(rails_default, () => import("./chunk-FXAZMRQX.js")),
  lazy(django_default, () => import("./chunk-Z34XBNDY.js")),
  lazy(alembic_default, () => import("./chunk-CUI2K4MZ.js")),
  lazy(typeorm_default, () => import("./chunk-33E7NBZ4.js")),
  lazy(sequelize_default, () => import("./chunk-CHS6LU63.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-VGDOFSYA.js")),
  lazy(knex_default, () => import("./chunk-65SHTUIA.js")),
  lazy(db_migrate_default, () => import("./chunk-233OPXWK.js")),
  lazy(laravel_default, () => import("./chunk-ZHDSBMOV.js")),
  lazy(ecto_default, () => import("./chunk-A6XYTPQU.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-GRXU7T4B.js"), import("./chunk-ENDJWIUJ.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-DHSAGRP6.js")),
  lazy(flyway_default, () => import("./chunk-YKQND766.js")),
  lazy(pop_default, () => import("./chunk-SPWIRYFC.js")),
  lazy(golang_migrate_default, () => import("./chunk-J72VFIHF.js")),
  lazy(goose_default, () => import("./chunk-VVF3L6IS.js")),
  lazy(sql_migrate_default, () => import("./chunk-N5RILFM4.js")),
  lazy(dbmate_default, () => import("./chunk-SAYOFPOA.js")),
  lazy(sql_default, () => import("./chunk-IPIVM4SN.js"))
];

export {
  FRAMEWORKS
};
