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
} from "./chunk-VANN4GEO.js";

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
  lazy(prisma_default, () => import("./chunk-UCBQM2RK.js")),
  lazy(rails_default, () => import("./chunk-JCNPXNSW.js")),
  lazy(django_default, () => import("./chunk-MIMMIBOD.js")),
  lazy(alembic_default, () => import("./chunk-45HU3IAC.js")),
  lazy(typeorm_default, () => import("./chunk-4J2PN3S6.js")),
  lazy(sequelize_default, () => import("./chunk-6O25WZQQ.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-XFRPUKN3.js")),
  lazy(knex_default, () => import("./chunk-PJUD4GWR.js")),
  lazy(db_migrate_default, () => import("./chunk-JKCWA4GR.js")),
  lazy(laravel_default, () => import("./chunk-IKE4GZ3A.js")),
  lazy(ecto_default, () => import("./chunk-OX4AOFRO.js")),
  lazy(liquibase_default, () => import("./chunk-2AWY3UW4.js")),
  lazy(sqitch_default, () => import("./chunk-WMDC3AKE.js")),
  lazy(flyway_default, () => import("./chunk-DSVSOGQJ.js")),
  lazy(pop_default, () => import("./chunk-R62HSTU5.js")),
  lazy(golang_migrate_default, () => import("./chunk-EELAEP2N.js")),
  lazy(goose_default, () => import("./chunk-YX3LAHBZ.js")),
  lazy(sql_migrate_default, () => import("./chunk-LPNLBYIS.js")),
  lazy(dbmate_default, () => import("./chunk-V3L366PQ.js")),
  lazy(sql_default, () => import("./chunk-SWQBYIW4.js"))
];

export {
  FRAMEWORKS
};
