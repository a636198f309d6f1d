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
} from "./chunk-BMCKCBTJ.js";

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
  lazy(prisma_default, () => import("./chunk-FNO5KIWF.js")),
  lazy(rails_default, () => import("./chunk-NNXKJNHP.js")),
  lazy(django_default, () => import("./chunk-AV3FNPFQ.js")),
  lazy(alembic_default, () => import("./chunk-GOYM336A.js")),
  lazy(typeorm_default, () => import("./chunk-NVFBEWBN.js")),
  lazy(sequelize_default, () => import("./chunk-XSXOH5EY.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-5XEDXQZG.js")),
  lazy(knex_default, () => import("./chunk-YLVEVOLO.js")),
  lazy(db_migrate_default, () => import("./chunk-4P3LEMUL.js")),
  lazy(laravel_default, () => import("./chunk-NXU33ZIF.js")),
  lazy(ecto_default, () => import("./chunk-Y3NMFQW3.js")),
  lazy(liquibase_default, () => import("./chunk-ZTBHJC2K.js")),
  lazy(sqitch_default, () => import("./chunk-47KERH7Y.js")),
  lazy(flyway_default, () => import("./chunk-NO5O7DXZ.js")),
  lazy(pop_default, () => import("./chunk-OF3CGZ33.js")),
  lazy(golang_migrate_default, () => import("./chunk-WAXNKMKV.js")),
  lazy(goose_default, () => import("./chunk-JQIEV4HX.js")),
  lazy(sql_migrate_default, () => import("./chunk-EMWNAZUG.js")),
  lazy(dbmate_default, () => import("./chunk-VKJ4OCTB.js")),
  lazy(sql_default, () => import("./chunk-PWQXJRY2.js"))
];

export {
  FRAMEWORKS
};
