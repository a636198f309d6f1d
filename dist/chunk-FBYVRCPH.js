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
} from "./chunk-GLGYJ7HL.js";

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
  lazy(prisma_default, () => import("./chunk-IOLBVDIO.js")),
  lazy(rails_default, () => import("./chunk-BLHO5KKV.js")),
  lazy(django_default, () => import("./chunk-AFUJGNNE.js")),
  lazy(alembic_default, () => import("./chunk-4SILY7LB.js")),
  lazy(typeorm_default, () => import("./chunk-5T4CFIAS.js")),
  lazy(sequelize_default, () => import("./chunk-JLPFVNP6.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-QXL2FDUZ.js")),
  lazy(knex_default, () => import("./chunk-2TGS7TLY.js")),
  lazy(db_migrate_default, () => import("./chunk-5STPZJOI.js")),
  lazy(laravel_default, () => import("./chunk-BONAQCWW.js")),
  lazy(ecto_default, () => import("./chunk-XCNRVLOJ.js")),
  lazy(liquibase_default, () => import("./chunk-NFAQSO7P.js")),
  lazy(sqitch_default, () => import("./chunk-DWN5ITNI.js")),
  lazy(flyway_default, () => import("./chunk-HB3QKQX5.js")),
  lazy(pop_default, () => import("./chunk-SL4PEKOS.js")),
  lazy(golang_migrate_default, () => import("./chunk-OZF6XPTS.js")),
  lazy(goose_default, () => import("./chunk-OFHBHZX4.js")),
  lazy(sql_migrate_default, () => import("./chunk-RWOM5XSD.js")),
  lazy(dbmate_default, () => import("./chunk-HOKQRW55.js")),
  lazy(sql_default, () => import("./chunk-TSQS65LQ.js"))
];

export {
  FRAMEWORKS
};
