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
} from "./chunk-M5VM6WOP.js";

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
  lazy(prisma_default, () => import("./chunk-NDIGMWEJ.js")),
  lazy(rails_default, () => import("./chunk-2AWLC644.js")),
  lazy(django_default, () => import("./chunk-2DZ4DNRJ.js")),
  lazy(alembic_default, () => import("./chunk-Y7ECQYKL.js")),
  lazy(typeorm_default, () => import("./chunk-4VWYLKOK.js")),
  lazy(sequelize_default, () => import("./chunk-4I62ETAT.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-G4KGYYPV.js")),
  lazy(knex_default, () => import("./chunk-7OOIYVVJ.js")),
  lazy(db_migrate_default, () => import("./chunk-JHCRAKPK.js")),
  lazy(laravel_default, () => import("./chunk-VAQQ4LLD.js")),
  lazy(ecto_default, () => import("./chunk-OUZ5YSUL.js")),
  lazy(liquibase_default, () => import("./chunk-OWXC3WFH.js")),
  lazy(sqitch_default, () => import("./chunk-DKZ7NSYI.js")),
  lazy(flyway_default, () => import("./chunk-EGWWZZC3.js")),
  lazy(pop_default, () => import("./chunk-2LDXK2Y5.js")),
  lazy(golang_migrate_default, () => import("./chunk-PIS7SRRC.js")),
  lazy(goose_default, () => import("./chunk-UVIS7AOT.js")),
  lazy(sql_migrate_default, () => import("./chunk-XFTTUV4Q.js")),
  lazy(dbmate_default, () => import("./chunk-RJMLMZKF.js")),
  lazy(sql_default, () => import("./chunk-DE4W7WFD.js"))
];

export {
  FRAMEWORKS
};
