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
} from "./chunk-ZKYAN6R2.js";

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
  lazy(prisma_default, () => import("./chunk-J664LWIB.js")),
  lazy(rails_default, () => import("./chunk-NRBCBJ5Y.js")),
  lazy(django_default, () => import("./chunk-75MD2SMM.js")),
  lazy(alembic_default, () => import("./chunk-GU6UTGXN.js")),
  lazy(typeorm_default, () => import("./chunk-QVMBMNIB.js")),
  lazy(sequelize_default, () => import("./chunk-PQQ5FJYA.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-GM2MF7VT.js")),
  lazy(knex_default, () => import("./chunk-YFFHFGXS.js")),
  lazy(db_migrate_default, () => import("./chunk-VT5OJ2EE.js")),
  lazy(laravel_default, () => import("./chunk-G66HUK3J.js")),
  lazy(ecto_default, () => import("./chunk-7K7ENZ2A.js")),
  lazy(liquibase_default, () => import("./chunk-T6EASZJM.js")),
  lazy(sqitch_default, () => import("./chunk-GRAONLTX.js")),
  lazy(flyway_default, () => import("./chunk-Y6WQDSGE.js")),
  lazy(pop_default, () => import("./chunk-KZQRANYP.js")),
  lazy(golang_migrate_default, () => import("./chunk-S5CYVJUE.js")),
  lazy(goose_default, () => import("./chunk-B3EWOXTJ.js")),
  lazy(sql_migrate_default, () => import("./chunk-R2ITVCQD.js")),
  lazy(dbmate_default, () => import("./chunk-OOUPF5EO.js")),
  lazy(sql_default, () => import("./chunk-5GQVN25P.js"))
];

export {
  FRAMEWORKS
};
