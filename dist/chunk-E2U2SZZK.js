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
} from "./chunk-6ATPI6O6.js";

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
  lazy(prisma_default, () => import("./chunk-MURKE7TK.js")),
  lazy(rails_default, () => import("./chunk-2GTEBZ7C.js")),
  lazy(django_default, () => import("./chunk-WPR7QPQ7.js")),
  lazy(alembic_default, () => import("./chunk-IW3V763C.js")),
  lazy(typeorm_default, () => import("./chunk-ALR7G2DR.js")),
  lazy(sequelize_default, () => import("./chunk-B6LXD7LB.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-3QROHH35.js")),
  lazy(knex_default, () => import("./chunk-CEYDK5JF.js")),
  lazy(db_migrate_default, () => import("./chunk-CBPMKYIY.js")),
  lazy(laravel_default, () => import("./chunk-HO3KXXW7.js")),
  lazy(ecto_default, () => import("./chunk-EW44TMHN.js")),
  lazy(liquibase_default, () => import("./chunk-JRHBCAQQ.js")),
  lazy(sqitch_default, () => import("./chunk-UEN6STB3.js")),
  lazy(flyway_default, () => import("./chunk-CDI3T2UG.js")),
  lazy(pop_default, () => import("./chunk-XYT3MBMQ.js")),
  lazy(golang_migrate_default, () => import("./chunk-JPTS6CI6.js")),
  lazy(goose_default, () => import("./chunk-VKXCNNI6.js")),
  lazy(sql_migrate_default, () => import("./chunk-YQNK27RY.js")),
  lazy(dbmate_default, () => import("./chunk-2SGNAHLU.js")),
  lazy(sql_default, () => import("./chunk-XQHRBV5I.js"))
];

export {
  FRAMEWORKS
};
