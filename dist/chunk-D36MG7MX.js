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
} from "./chunk-D3LRSX25.js";

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
  lazy(prisma_default, () => import("./chunk-NMESWUAA.js")),
  lazy(rails_default, () => import("./chunk-H5HL3CUK.js")),
  lazy(django_default, () => import("./chunk-N2EXEOPK.js")),
  lazy(alembic_default, () => import("./chunk-ANWQNRB5.js")),
  lazy(typeorm_default, () => import("./chunk-QWVCFOAE.js")),
  lazy(sequelize_default, () => import("./chunk-KT6DR2U6.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-L3LO4Z77.js")),
  lazy(knex_default, () => import("./chunk-FYRXRLXP.js")),
  lazy(db_migrate_default, () => import("./chunk-W2WEH36F.js")),
  lazy(laravel_default, () => import("./chunk-5RZZ5D6Q.js")),
  lazy(ecto_default, () => import("./chunk-QVGOY5GV.js")),
  lazy(liquibase_default, () => import("./chunk-IPLXCO2Q.js")),
  lazy(sqitch_default, () => import("./chunk-23ADGFOW.js")),
  lazy(flyway_default, () => import("./chunk-LQ5FQ5BC.js")),
  lazy(pop_default, () => import("./chunk-TRQMAHLV.js")),
  lazy(golang_migrate_default, () => import("./chunk-XYAFCQIU.js")),
  lazy(goose_default, () => import("./chunk-F3OMG45Q.js")),
  lazy(sql_migrate_default, () => import("./chunk-SH37LZHT.js")),
  lazy(dbmate_default, () => import("./chunk-U7A4VUPF.js")),
  lazy(sql_default, () => import("./chunk-RN53YALX.js"))
];

export {
  FRAMEWORKS
};
