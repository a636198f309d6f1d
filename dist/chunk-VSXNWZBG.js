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
} from "./chunk-U2EV4RDO.js";

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
  lazy(prisma_default, () => import("./chunk-OHY3Z5BY.js")),
  lazy(rails_default, () => import("./chunk-XBAO7ENU.js")),
  lazy(django_default, () => import("./chunk-VBHL3JIG.js")),
  lazy(alembic_default, () => import("./chunk-SRG2J7DP.js")),
  lazy(typeorm_default, () => import("./chunk-KP4OZO3M.js")),
  lazy(sequelize_default, () => import("./chunk-DYEZSFQR.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-AWWJIIJI.js")),
  lazy(knex_default, () => import("./chunk-ZI6GI3LP.js")),
  lazy(db_migrate_default, () => import("./chunk-J6RIFRV6.js")),
  lazy(laravel_default, () => import("./chunk-BKIKMHXZ.js")),
  lazy(ecto_default, () => import("./chunk-AUZWY6R5.js")),
  lazy(liquibase_default, () => import("./chunk-IQNGOWDC.js")),
  lazy(sqitch_default, () => import("./chunk-32TPVZ35.js")),
  lazy(flyway_default, () => import("./chunk-KEFK7RG3.js")),
  lazy(pop_default, () => import("./chunk-DI4G3M53.js")),
  lazy(golang_migrate_default, () => import("./chunk-HQT54BN4.js")),
  lazy(goose_default, () => import("./chunk-BCCKRDCJ.js")),
  lazy(sql_migrate_default, () => import("./chunk-DDMJQ3AB.js")),
  lazy(dbmate_default, () => import("./chunk-OG2A57DW.js")),
  lazy(sql_default, () => import("./chunk-IAICCFZM.js"))
];

export {
  FRAMEWORKS
};
