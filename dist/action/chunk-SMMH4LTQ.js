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
} from "./chunk-D3QXKQ65.js";

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
  lazy(prisma_default, () => import("./chunk-HDNXSMEG.js")),
  lazy(rails_default, () => import("./chunk-RKXK34VT.js")),
  lazy(django_default, () => import("./chunk-JDFV747U.js")),
  lazy(alembic_default, () => import("./chunk-H3D2HCDM.js")),
  lazy(typeorm_default, () => import("./chunk-4FYEKWEJ.js")),
  lazy(sequelize_default, () => import("./chunk-HZV6IVOE.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-26TY4RFJ.js")),
  lazy(knex_default, () => import("./chunk-FQVX33R4.js")),
  lazy(db_migrate_default, () => import("./chunk-MBKE4HIH.js")),
  lazy(laravel_default, () => import("./chunk-ZBSHX32N.js")),
  lazy(ecto_default, () => import("./chunk-73UNBERJ.js")),
  lazy(liquibase_default, () => import("./chunk-QHZPDBTE.js")),
  lazy(sqitch_default, () => import("./chunk-A3D4QXT5.js")),
  lazy(flyway_default, () => import("./chunk-B66GAXCS.js")),
  lazy(pop_default, () => import("./chunk-XWNU7SCM.js")),
  lazy(golang_migrate_default, () => import("./chunk-UYQ5VS2K.js")),
  lazy(goose_default, () => import("./chunk-4GEOWTZE.js")),
  lazy(sql_migrate_default, () => import("./chunk-A3LIMYRY.js")),
  lazy(dbmate_default, () => import("./chunk-GLRHI44I.js")),
  lazy(sql_default, () => import("./chunk-ITNNRNPZ.js"))
];

export {
  FRAMEWORKS
};
