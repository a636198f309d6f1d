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
} from "./chunk-36DQ2TE3.js";

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
  lazy(prisma_default, () => import("./chunk-YJ453LZH.js")),
  lazy(rails_default, () => import("./chunk-2TG4ZY5V.js")),
  lazy(django_default, () => import("./chunk-Z7GZJHZ7.js")),
  lazy(alembic_default, () => import("./chunk-YWIY5WQI.js")),
  lazy(typeorm_default, () => import("./chunk-RRXLHBGG.js")),
  lazy(sequelize_default, () => import("./chunk-HBEZPOQG.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-7JZSE5MJ.js")),
  lazy(knex_default, () => import("./chunk-DECXBS7D.js")),
  lazy(db_migrate_default, () => import("./chunk-ISJS5MTS.js")),
  lazy(laravel_default, () => import("./chunk-RWB6TQ4R.js")),
  lazy(ecto_default, () => import("./chunk-LO3JHKKD.js")),
  lazy(liquibase_default, () => import("./chunk-U6CU2UFH.js")),
  lazy(sqitch_default, () => import("./chunk-2S4EQ7NM.js")),
  lazy(flyway_default, () => import("./chunk-VL7V6QWP.js")),
  lazy(pop_default, () => import("./chunk-KNU5ZZTZ.js")),
  lazy(golang_migrate_default, () => import("./chunk-NWY5S5GI.js")),
  lazy(goose_default, () => import("./chunk-U6MU7OWR.js")),
  lazy(sql_migrate_default, () => import("./chunk-D6YVKCE4.js")),
  lazy(dbmate_default, () => import("./chunk-OI3NETC2.js")),
  lazy(sql_default, () => import("./chunk-VQKIPBS6.js"))
];

export {
  FRAMEWORKS
};
