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
} from "./chunk-V7U2I34B.js";

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
  lazy(prisma_default, () => import("./chunk-C4I3TE64.js")),
  lazy(rails_default, () => import("./chunk-D3QGJLMP.js")),
  lazy(django_default, () => import("./chunk-ASTJFRJZ.js")),
  lazy(alembic_default, () => import("./chunk-YTY663V3.js")),
  lazy(typeorm_default, () => import("./chunk-TPU7LDJQ.js")),
  lazy(sequelize_default, () => import("./chunk-LJ6ZR534.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-CHEXVLGE.js")),
  lazy(knex_default, () => import("./chunk-MFUEO66C.js")),
  lazy(db_migrate_default, () => import("./chunk-NXLLVGSO.js")),
  lazy(laravel_default, () => import("./chunk-HNTT5V3E.js")),
  lazy(ecto_default, () => import("./chunk-QAORYVFK.js")),
  lazy(liquibase_default, () => import("./chunk-ZCQ6JFAE.js")),
  lazy(sqitch_default, () => import("./chunk-E2RDS3MF.js")),
  lazy(flyway_default, () => import("./chunk-HD6FS2VJ.js")),
  lazy(pop_default, () => import("./chunk-3OQ7PS2Z.js")),
  lazy(golang_migrate_default, () => import("./chunk-HB3J7F2X.js")),
  lazy(goose_default, () => import("./chunk-MMRKZHOU.js")),
  lazy(sql_migrate_default, () => import("./chunk-UAU4WOVA.js")),
  lazy(dbmate_default, () => import("./chunk-QDXXQXRJ.js")),
  lazy(sql_default, () => import("./chunk-GBLAAZOG.js"))
];

export {
  FRAMEWORKS
};
