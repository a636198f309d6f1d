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
} from "./chunk-MX5756MS.js";

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
  lazy(prisma_default, () => import("./chunk-2XUL6DCI.js")),
  lazy(rails_default, () => import("./chunk-XRCRTUK7.js")),
  lazy(django_default, () => import("./chunk-ZRRG5KTV.js")),
  lazy(alembic_default, () => import("./chunk-2FUQZWRW.js")),
  lazy(typeorm_default, () => import("./chunk-K5NQDO3U.js")),
  lazy(sequelize_default, () => import("./chunk-FQVVTVSY.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-343IINRO.js")),
  lazy(knex_default, () => import("./chunk-JJLUFGPA.js")),
  lazy(db_migrate_default, () => import("./chunk-WXOG7GOX.js")),
  lazy(laravel_default, () => import("./chunk-GS2O5DFC.js")),
  lazy(ecto_default, () => import("./chunk-PL44GMU7.js")),
  lazy(liquibase_default, () => import("./chunk-BSAHDZV6.js")),
  lazy(sqitch_default, () => import("./chunk-ANH26FFR.js")),
  lazy(flyway_default, () => import("./chunk-4JBAJAEL.js")),
  lazy(pop_default, () => import("./chunk-TJIWOCBK.js")),
  lazy(golang_migrate_default, () => import("./chunk-XHK3O2BF.js")),
  lazy(goose_default, () => import("./chunk-TBIFD7SG.js")),
  lazy(sql_migrate_default, () => import("./chunk-3ZBO6GO3.js")),
  lazy(dbmate_default, () => import("./chunk-5RGXRERV.js")),
  lazy(sql_default, () => import("./chunk-TD3DMYJE.js"))
];

export {
  FRAMEWORKS
};
