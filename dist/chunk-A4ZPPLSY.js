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
} from "./chunk-AZKMWIAI.js";

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
  lazy(prisma_default, () => import("./chunk-QTA65A2L.js")),
  lazy(rails_default, () => import("./chunk-5CDD7JCT.js")),
  lazy(django_default, () => import("./chunk-3S5XF5IM.js")),
  lazy(alembic_default, () => import("./chunk-VLQ7RHGT.js")),
  lazy(typeorm_default, () => import("./chunk-BTXFSNCQ.js")),
  lazy(sequelize_default, () => import("./chunk-IFARQUBW.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-ILIJAAEF.js")),
  lazy(knex_default, () => import("./chunk-HV56M3FA.js")),
  lazy(db_migrate_default, () => import("./chunk-TMAGG4ZM.js")),
  lazy(laravel_default, () => import("./chunk-HYK37YGJ.js")),
  lazy(ecto_default, () => import("./chunk-W5X2D6L4.js")),
  lazy(liquibase_default, () => import("./chunk-DHC7FUZ7.js")),
  lazy(sqitch_default, () => import("./chunk-NXD77LFB.js")),
  lazy(flyway_default, () => import("./chunk-KCYU4IL7.js")),
  lazy(pop_default, () => import("./chunk-JYGPMNKW.js")),
  lazy(golang_migrate_default, () => import("./chunk-42UNCIUO.js")),
  lazy(goose_default, () => import("./chunk-CL5XB6DK.js")),
  lazy(sql_migrate_default, () => import("./chunk-GO6S5VQJ.js")),
  lazy(dbmate_default, () => import("./chunk-ACGVTHUJ.js")),
  lazy(sql_default, () => import("./chunk-PHZLQWQ4.js"))
];

export {
  FRAMEWORKS
};
