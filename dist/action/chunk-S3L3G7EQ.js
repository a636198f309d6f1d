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
} from "./chunk-W3AMBF3A.js";

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
  lazy(prisma_default, () => import("./chunk-YMTYFSVU.js")),
  lazy(rails_default, () => import("./chunk-C56DUUI4.js")),
  lazy(django_default, () => import("./chunk-R5CMZRAM.js")),
  lazy(alembic_default, () => import("./chunk-IVER5J2L.js")),
  lazy(typeorm_default, () => import("./chunk-PCMCH2ZU.js")),
  lazy(sequelize_default, () => import("./chunk-XJQU33UD.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-AYJRG62V.js")),
  lazy(knex_default, () => import("./chunk-Y6Y5ADEQ.js")),
  lazy(db_migrate_default, () => import("./chunk-5CLDZ6YN.js")),
  lazy(laravel_default, () => import("./chunk-OYBKPFBO.js")),
  lazy(ecto_default, () => import("./chunk-R3YK4RVZ.js")),
  lazy(liquibase_default, () => import("./chunk-VIIPKUAX.js")),
  lazy(sqitch_default, () => import("./chunk-GG3VUJAS.js")),
  lazy(flyway_default, () => import("./chunk-JMQKVGEX.js")),
  lazy(pop_default, () => import("./chunk-AOLFEMWO.js")),
  lazy(golang_migrate_default, () => import("./chunk-LLGPANEM.js")),
  lazy(goose_default, () => import("./chunk-N3KYU5XM.js")),
  lazy(sql_migrate_default, () => import("./chunk-YKU6Y2LA.js")),
  lazy(dbmate_default, () => import("./chunk-4446AW5Z.js")),
  lazy(sql_default, () => import("./chunk-QCBMHLWD.js"))
];

export {
  FRAMEWORKS
};
