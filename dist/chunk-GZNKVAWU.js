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
} from "./chunk-KBVVRWPD.js";

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
  lazy(prisma_default, () => import("./chunk-Q6VMEEDT.js")),
  lazy(rails_default, () => import("./chunk-QT26P7SZ.js")),
  lazy(django_default, () => import("./chunk-5FML2OEU.js")),
  lazy(alembic_default, () => import("./chunk-RNBX32J2.js")),
  lazy(typeorm_default, () => import("./chunk-2NAMWJCC.js")),
  lazy(sequelize_default, () => import("./chunk-WIVS2L2V.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-GVOG5MXG.js")),
  lazy(knex_default, () => import("./chunk-WV6LCBT7.js")),
  lazy(db_migrate_default, () => import("./chunk-QCBKRUJR.js")),
  lazy(laravel_default, () => import("./chunk-VHFTKUN7.js")),
  lazy(ecto_default, () => import("./chunk-DL4ICVZT.js")),
  lazy(liquibase_default, () => import("./chunk-O4DPCJ4C.js")),
  lazy(sqitch_default, () => import("./chunk-PHWNSSAL.js")),
  lazy(flyway_default, () => import("./chunk-OZPO6CTT.js")),
  lazy(pop_default, () => import("./chunk-HY4J5KOY.js")),
  lazy(golang_migrate_default, () => import("./chunk-2UHSDOL5.js")),
  lazy(goose_default, () => import("./chunk-W6QQDAYI.js")),
  lazy(sql_migrate_default, () => import("./chunk-E2IXSA6F.js")),
  lazy(dbmate_default, () => import("./chunk-YIYQBDXY.js")),
  lazy(sql_default, () => import("./chunk-MSUUMDCE.js"))
];

export {
  FRAMEWORKS
};
