import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import knex, { knexToPieces } from '../../../src/core/frameworks/knex';
import { detectDslFramework } from '../../../src/core/frameworks/dsl/detect';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';

const FIX = 'test/fixtures/frameworks/knex';
const analyse = (content: string, path = 'migrations/1_x.js') => knex.analyse({ path, content, siblings: {} });
const fixture = (rel: string) => analyse(readFileSync(`${FIX}/${rel}`, 'utf8'), rel);
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);

describe('knexToPieces', () => {
  it('maps schema builder calls and chains', async () => {
    const t = await knexToPieces(readFileSync(`${FIX}/err/migrations/20240101_drop_email.js`, 'utf8'));
    expect(t.up.map((p) => [p.line, p.sql.trim()])).toEqual([
      [4, 'ALTER TABLE users DROP COLUMN email;'],
      [5, 'ALTER TABLE users RENAME COLUMN "name" TO full_name;'],
      [6, 'ALTER TABLE users ADD COLUMN plan character varying(20) NOT NULL;'],
      [7, 'ALTER TABLE users ALTER COLUMN age TYPE bigint;'],
      // Knex's .alter() drops NOT NULL unless .notNullable() says otherwise.
      [7, 'ALTER TABLE users ALTER COLUMN age DROP NOT NULL;'],
      [8, 'CREATE INDEX users_plan_index ON users (plan);'],
      [10, 'DROP TABLE sessions;'],
      [11, "UPDATE users SET plan = 'free', status = 'active'"],
    ]);
  });

  it("reads query builder writes, a transaction's too, as the SQL they run (louislam/uptime-kuma @ 6398a958)", async () => {
    const a = await analyse(
      [
        'exports.up = async function (knex) {',
        '    await knex("monitor").whereNull("json_path_operator").update("json_path_operator", "==");',
        '    await knex.transaction(async (trx) => {',
        '        await trx("notification").whereIn("id", [1, 2]).del();',
        '        await trx("heartbeat").del();',
        '    });',
        '    await knex("setting").insert({ key: "x" });',
        '};',
        'exports.down = async function (knex) {',
        '    await knex("setting").where("key", "x").del();',
        '};',
      ].join('\n'),
      'db/knex_migrations/2025-12-29-0000-remove-line-notify.js',
    );
    expect(hits(a)).toEqual([
      [2, 'data-backfill'],
      [4, 'data-backfill'],
      [5, 'delete-without-where'],
    ]);
    expect(a.changesData).toBe(true);
  });

  it('takes a builder method named like an Object.prototype member for no column type', async () => {
    const t = await knexToPieces(`exports.up = (knex) =>
  knex.schema.alterTable('users', (t) => {
    t.toString('x');
    t.hasOwnProperty('y');
    t.string('nick');
  });
`);
    expect(t.up.map((p) => p.sql.trim())).toEqual(['ALTER TABLE users ADD COLUMN nick character varying(255);']);
  });

  it('dropSchema, renameView, a refresh and a check are read; a schema or table call it does not know is a notice, never silence', async () => {
    const a = await analyse(`exports.up = async (knex) => {
  await knex.schema.dropSchemaIfExists('archive', true);
  await knex.schema.renameView('active_users', 'live_users');
  await knex.schema.refreshMaterializedView('daily_totals');
  await knex.schema.withSchema('app').createTable('t', (t) => { t.increments(); t.comment('new'); });
  await knex.schema.alterTable('users', (t) => { t.check('?? > 0', ['age']); });
  await knex.schema.reshape('users');
};
exports.down = async (knex) => {
  await knex.schema.dropTable('t');
};
`);
    expect(hits(a)).toEqual([
      [2, 'drop-schema'],
      [3, 'rename-table'],
      [4, 'table-rewrite'],
      [6, 'constraint-not-valid-missing'],
      [7, 'not-analysed'],
    ]);
    expect(a.hits.find((h) => h.rule === 'constraint-not-valid-missing')!.message).toContain('CHECK constraint "users_check"');
    expect(a.hits.filter((h) => h.rule === 'not-analysed').map((h) => h.message.split(' is ')[0])).toEqual(['`schema.reshape(…)`']);
  });

  it('reads createTable, foreign keys and config.transaction = false', async () => {
    const t = await knexToPieces(`exports.config = { transaction: false };
exports.up = (knex) =>
  knex.schema
    .createTable('posts', (t) => {
      t.increments('id');
      t.integer('user_id').references('id').inTable('users');
    })
    .raw('CREATE INDEX CONCURRENTLY posts_user ON posts (user_id)');
exports.down = (knex) => knex.schema.dropTable('posts');
`);
    expect(t.transactional).toBe(false);
    expect(t.up.map((p) => p.sql)).toEqual([
      'CREATE TABLE posts (id serial PRIMARY KEY, user_id integer);',
      'ALTER TABLE posts ADD CONSTRAINT posts_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id);',
      'CREATE INDEX CONCURRENTLY posts_user ON posts (user_id)',
    ]);
    expect(t.downStatus).toBe('present');
  });
});

describe('knex.analyse', () => {
  it('flags risky operations and a noop down', async () => {
    const a = await fixture('err/migrations/20240101_drop_email.js');
    expect(a.down).toBe('empty');
    expect(hits(a)).toEqual([
      [4, 'drop-column'],
      [5, 'rename-column'],
      [6, 'add-required-column'],
      [7, 'change-column-type'],
      [7, 'drop-not-null'],
      [8, 'non-concurrent-index'],
      [10, 'drop-table'],
      [12, 'data-backfill'],
      [16, 'empty-down-migration'],
    ]);
  });

  it('flags a missing down in a TypeScript migration', async () => {
    const a = await fixture('err/migrations/20240102_no_down.ts');
    expect(a.down).toBe('missing');
    expect(hits(a)).toEqual([
      [3, 'missing-down-migration'],
      [4, 'rename-table'],
    ]);
  });

  it('passes a safe migration', async () => {
    const a = await fixture('ok/migrations/20240201_add_nickname.js');
    expect(a.down).toBe('present');
    expect(hits(a)).toEqual([]);
  });

  it('never throws on broken or empty files', async () => {
    const broken = await analyse("exports.up = (knex) => knex.schema.dropTable('x'\n");
    expect(broken.hits.some((h) => h.rule === 'parse-error')).toBe(true);
    expect((await analyse('')).down).toBe('missing');
  });
});

describe('a migration whose argument is named db (laurent22/joplin packages/server/src/migrations)', () => {
  const lowercase = [
    "import { DbConnection } from '../db';",
    '',
    'export const up = async (db: DbConnection) => {',
    "\tawait db('users').update({ email: db.raw('LOWER(email)') });",
    "\tawait db('users').where(db.raw('? * 2', [10]), '>', 1).del();",
    '\tawait Promise.all([db.raw(`DROP TABLE old_a`)]);',
    '\tawait db.raw(buildSql());',
    '};',
    '',
    'export const down = async (_db: DbConnection) => {',
    '',
    '};',
    '',
  ].join('\n');

  it('is Knex: the argument is called with a table name or for raw SQL', () => {
    expect(detectDslFramework('packages/server/src/migrations/20210703155118_lowercase_emails.ts', lowercase)).toBe('knex');
    const raw = "export const up = async (db: DbConnection) => {\n\tawait db.raw('CREATE INDEX CONCURRENTLY x ON changes (user_id)');\n};\n";
    expect(detectDslFramework('src/migrations/1_x.ts', raw)).toBe('knex');
    // Not the other frameworks' (their arguments are never called), nor a file with no such use.
    expect(detectDslFramework('migrations/1_x.js', 'exports.up = function (db, callback) { db.runSql("DROP TABLE x", callback); };')).toBe('db-migrate');
    expect(detectDslFramework('migrations/1_x.ts', 'export const up = async (db) => { await helper(db); };')).toBeUndefined();
  });

  it('a raw(…) written as a value is no statement; raw SQL built in code is a notice', async () => {
    const t = await knexToPieces(lowercase, 'migrations/1_x.ts');
    expect(t.up.map((p) => [p.line, p.sql])).toEqual([
      [4, 'UPDATE users SET id = id;'],
      [5, 'DELETE FROM users WHERE true;'],
      [6, 'DROP TABLE old_a'],
    ]);
    const a = await analyse(lowercase, 'migrations/1_x.ts');
    expect(hits(a)).toEqual([
      [4, 'data-backfill'],
      [5, 'data-backfill'],
      [6, 'drop-table'],
      [7, 'not-analysed'],
      [10, 'empty-down-migration'],
    ]);
    expect(a.hits.find((h) => h.rule === 'not-analysed')?.message).toBe(
      '`db.raw(buildSql(…))` runs SQL that `buildSql(…)` returns at run time, so what it does was not judged: write the SQL in the migration ' +
        '(a string, or a `const` of this file), or review it by hand and add `// rollback-ready-ignore not-analysed: <reason>` above the call.',
    );
  });
});

describe("Knex's Postgres names and unique constraints (knex lib/dialects/postgres/schema/pg-tablecompiler.js)", () => {
  it('table.unique adds a unique constraint named <table>_<columns>_unique; an index is <table>_<columns>_index', async () => {
    // Shape from laurent22/joplin packages/server/src/migrations/20211030103016_item_owner_name_unique.ts.
    const src = [
      'export const up = async (db) => {',
      "  await db.schema.alterTable('items', (table) => {",
      "    table.unique(['name', 'owner_id']);",
      "    table.unique(['jop_id'], { useConstraint: false });",
      "    table.index(['content_storage_id']);",
      "    table.string('slug').index();",
      '  });',
      '};',
      'export const down = async (db) => {',
      "  await db.schema.alterTable('items', (table) => {",
      "    table.dropUnique(['name', 'owner_id']);",
      '  });',
      '};',
      '',
    ].join('\n');
    const t = await knexToPieces(src, 'migrations/1_x.ts');
    expect(t.up.map((p) => p.sql)).toEqual([
      'ALTER TABLE items ADD CONSTRAINT items_name_owner_id_unique UNIQUE ("name", owner_id);',
      'CREATE UNIQUE INDEX items_jop_id_unique ON items (jop_id);',
      'CREATE INDEX items_content_storage_id_index ON items (content_storage_id);',
      'ALTER TABLE items ADD COLUMN slug character varying(255);',
      'CREATE INDEX items_slug_index ON items (slug);',
    ]);
    expect(t.downSql?.map((p) => p.sql)).toEqual(['ALTER TABLE items DROP CONSTRAINT items_name_owner_id_unique;']);
    const a = await analyse(src, 'migrations/1_x.ts');
    expect(hits(a)).toEqual([
      [3, 'unique-constraint'],
      [4, 'non-concurrent-index'],
      [5, 'non-concurrent-index'],
      [6, 'non-concurrent-index'],
    ]);
    expect(a.hits.find((h) => h.rule === 'non-concurrent-index')?.message).toContain('"items_jop_id_unique"');
  });
});

describe('names the file gives a constant', () => {
  it('a table, a column and raw SQL held in constants are read (BohdanQQ/ivis-core server/knex/migrations)', async () => {
    const a = await analyse(`const EXECS_TABLE = 'job_executors';
const CERT_COL = 'cert_serial';
const DROP_OLD = \`DROP TABLE \${EXECS_TABLE}_old\`;

exports.up = (knex, Promise) => (async () => {
    await knex.schema.table(EXECS_TABLE, table => {
        table.dropColumn(CERT_COL);
    });
    await knex.raw(DROP_OLD);
})();

exports.down = (knex, Promise) => Promise.all([knex.schema.table(EXECS_TABLE, t => t.string(CERT_COL))]);
`);
    expect(hits(a)).toEqual([
      [3, 'drop-table'],
      [7, 'drop-column'],
    ]);
    expect(a.hits.find((h) => h.rule === 'drop-table')?.message).toContain('"job_executors_old"');
  });

  // requarks/wiki server/db/migrations/2.1.85.js and 2.2.17.js: one migration for every database wiki.js supports.
  it('reads branches on the database as alternatives: the Postgres one is read, the others leave a notice', async () => {
    const a = await analyse(`exports.up = async knex => {
  switch (WIKI.config.db.type) {
    case 'postgres':
      await knex.schema.raw('ALTER TABLE "pageHistory" DROP COLUMN "legacy"')
      break
    case 'mariadb':
    case 'mysql':
      await knex.schema.raw('ALTER TABLE pageHistory DROP COLUMN versionDate')
      await knex.schema.alterTable('pageHistory', table => {
        table.specificType('content', 'LONGTEXT').alter()
      })
      break
    case 'mssql':
      await knex.schema.alterTable('pageHistory', table => {
        table.specificType('content', 'VARCHAR(max)').alter()
      })
      break
  }
  await knex.schema.alterTable('pages', table => {
    if (WIKI.config.db.type !== 'mysql') {
      table.json('extra').notNullable().defaultTo('{}')
    } else {
      table.json('extra')
    }
  })
}

exports.down = knex => knex.schema.table('pages', table => { table.dropColumn('extra') })
`);
    expect(hits(a)).toEqual([
      [4, 'drop-column'],
      [6, 'not-analysed'],
      [13, 'not-analysed'],
      [22, 'not-analysed'],
    ]);
    expect(a.hits.find((h) => h.line === 6)!.message).toContain("This branch (`case 'mariadb', case 'mysql'` of `switch (WIKI.config.db.type)`)");
    expect(a.hits.find((h) => h.line === 22)!.message).toContain("the else of `if (WIKI.config.db.type !== 'mysql')`");
  });

  // requarks/wiki server/db/beta/index.js: `module.exports = { async migrate (knex) { … } }` beside the migrations.
  it('a module that exports no up or down is a notice, not a missing down', async () => {
    const a = await analyse(`module.exports = {
  async migrate (knex) {
    await knex.schema.dropTable('pageTree')
  }
}
`);
    expect(hits(a)).toEqual([[1, 'not-analysed']]);
    expect(a.down).toBe('missing');
  });

  // requarks/wiki server/db/migrations/2.2.17.js: `.raw(sqlVersionDate)` at the end of a schema chain.
  it('names raw SQL at the end of a long chain by its root, not by the whole chain', async () => {
    const a = await analyse(`exports.up = async knex => {
  let sqlVersionDate = ''
  if (process.env.X) sqlVersionDate = 'UPDATE "pageHistory" SET "versionDate" = "createdAt"'
  await knex.schema
    .alterTable('pageHistory', table => {
      table.string('versionDate').notNullable().defaultTo('')
    })
    .raw(sqlVersionDate)
}

exports.down = knex => knex.schema.table('pageHistory', table => { table.dropColumn('versionDate') })
`);
    const notice = a.hits.find((h) => h.rule === 'not-analysed')!;
    expect(notice.message).toMatch(/^`knex\.…\.raw\(sqlVersionDate\)` runs SQL/);
  });

  // TryGhost/Ghost ghost/core/core/server/data/migrations/versions/5.0/2022-03-14-12-33-delete-duplicate-offer-redemptions.js
  it("reads the up and down functions a project's helper is given", async () => {
    const a = await analyse(
      `const { createTransactionalMigration } = require('../../utils');

module.exports = createTransactionalMigration(
  async function up(knex) {
    await knex.schema.dropTable('members_analytic_events');
  },
  async function down() {},
);
`,
      'ghost/core/core/server/data/migrations/versions/5.0/2022-05-10-08-33-drop-members-analytics-table.js',
    );
    expect(hits(a)).toEqual([
      [5, 'drop-table'],
      [7, 'empty-down-migration'],
    ]);
  });

  // TryGhost/Ghost ghost/core/core/server/data/migrations/versions/5.0/2022-05-09-10-00-drop-members-subscribed-column.js
  it('a migration a helper builds is a notice naming the helper', async () => {
    const a = await analyse(`const {createDropColumnMigration} = require('../../utils');
const knex = null;

module.exports = {
    ...createDropColumnMigration('members', 'subscribed', {}),

    down: async () => {
        // no-op
    },
};
`);
    expect(hits(a)).toEqual([
      [5, 'not-analysed'],
      [7, 'empty-down-migration'],
    ]);
    expect(a.hits.find((h) => h.rule === 'not-analysed')!.message).toContain("built by `createDropColumnMigration('members', 'subscribed', {})`");
  });
});

describe('raw SQL with bindings or run-time parts', () => {
  it('reads bindings as values, and says SQL whose `${…}` parts do not parse, on its call', async () => {
    const a = await analyse(`exports.up = async function (knex) {
  await knex.raw('UPDATE users SET name = ? WHERE id = ?', [name, id]);
  await knex.raw(\`ALTER TABLE \${table} \${change}\`);
  await knex.raw(\`ALTER TABLE \\\`users\\\` MODIFY \${column} TEXT\`);
};
exports.down = async function () {};
`);
    expect(hits(a).filter(([line]) => line !== 4)).toEqual([
      [2, 'data-backfill'],
      [3, 'not-analysed'],
      [6, 'empty-down-migration'],
    ]);
    // MySQL's marks (backticks, MODIFY): read in that dialect, not said as Postgres' parse error.
    expect(a.hits.filter((h) => h.line === 4 && h.rule === 'not-analysed')).toEqual([]);
    expect(a.hits.find((h) => h.rule === 'not-analysed')?.message).toMatch(/^`knex\.raw\(…\)` runs SQL built with `\$\{…\}` parts known only at run time/);
  });
});

describe('tables named at run time', () => {
  it('a drop, rename, alter or delete of a table the code names at run time is read under the placeholder, never skipped', async () => {
    const a = await analyse(`const OLD = ['legacy_a', 'legacy_b'];
exports.up = async function (knex) {
  for (const t of OLD) {
    await knex.schema.dropTable(t);
  }
  await knex.schema.alterTable(process.env.TABLE, (table) => table.dropColumn('email'));
  await knex(tableName).del();
  for (const t of tables) await knex.schema.dropTable(t);
};
exports.down = async function () {};
`);
    expect(hits(a).filter(([, rule]) => rule !== 'empty-down-migration')).toEqual([
      [4, 'drop-table'],
      [4, 'drop-table'],
      [6, 'drop-column'],
      [7, 'delete-without-where'],
      [8, 'drop-table'],
    ]);
    // A loop over a list the file holds is read once per name; any other loop under the placeholder.
    const drops = a.hits.filter((h) => h.rule === 'drop-table').map((h) => h.message);
    expect(drops[0]).toContain('"legacy_a"');
    expect(drops[1]).toContain('"legacy_b"');
    expect(drops[2]).toContain('"…" (named at run time)');
  });

  // Loops over a list written in the migration (issue #9: two columns dropped, no finding at all).
  it('a forEach, map or for…of over a literal list runs its body once per name; a column named at run time is still dropped', async () => {
    const a = await analyse(`const RENAMED = ['title', 'body'];
exports.up = async function (knex) {
  await knex.schema.alterTable('users', (table) => {
    ['legacy_a', 'legacy_b'].forEach((col) => table.dropColumn(col));
    RENAMED.map((c) => table.renameColumn(c, \`\${c}_old\`));
    columns.forEach((col) => table.dropColumn(col));
  });
  for (const t of ['events', 'sessions']) await knex.schema.dropTable(t);
};
exports.down = async function () {};
`);
    const found = a.hits
      .filter((h) => h.rule !== 'empty-down-migration' && h.rule !== 'missing-lock-timeout')
      .map((h) => [h.line, h.rule, h.message.match(/"[^"]*"/)![0]]);
    expect(found).toEqual([
      [4, 'drop-column', '"legacy_a"'],
      [4, 'drop-column', '"legacy_b"'],
      [5, 'rename-column', '"title"'],
      [5, 'rename-column', '"body"'],
      [6, 'drop-column', '"…"'],
      [8, 'drop-table', '"events"'],
      [8, 'drop-table', '"sessions"'],
    ]);
  });

  it('a table created under a run-time name is not taken as new for later calls on another run-time name', async () => {
    const a = await analyse(`exports.up = async function (knex) {
  await knex.schema.createTable(name, (t) => t.increments('id'));
  await knex.schema.dropTable(other);
};
exports.down = async function (knex) { await knex.schema.createTable(other, (t) => t.increments('id')); };
`);
    expect(hits(a)).toContainEqual([3, 'drop-table']);
  });
});

describe("Knex's column type aliases and knex.fn (thedevs-network/kutt server/migrations @ fc832d7e)", () => {
  it('reads table.dateTime, bool, biginteger and varchar as the columns Knex adds, not as calls it does not read', async () => {
    // Knex's TableBuilder has a method for each of its columnTypes, aliases included, and its
    // ColumnCompiler lower-cases the type: dateTime is datetime (kutt 20200730203154_expire_in.js).
    const src = `exports.up = async (knex) => {
  await knex.schema.alterTable('links', (table) => {
    table.dateTime('expire_in');
    table.bool('banned').notNullable();
    table.biginteger('visit_count');
    table.varchar('note', 40);
  });
};
exports.down = async (knex) => {
  await knex.schema.alterTable('links', (table) => table.dropColumns('expire_in', 'banned', 'visit_count', 'note'));
};
`;
    const t = await knexToPieces(src);
    expect(t.up.map((p) => p.sql)).toEqual([
      'ALTER TABLE links ADD COLUMN expire_in timestamp with time zone;',
      'ALTER TABLE links ADD COLUMN banned boolean NOT NULL;',
      'ALTER TABLE links ADD COLUMN visit_count bigint;',
      'ALTER TABLE links ADD COLUMN note character varying(40);',
    ]);
    expect(hits(await analyse(src))).toEqual([[4, 'add-required-column']]);
  });

  it('knex.fn.uuid() as a default is gen_random_uuid() on Postgres: volatile, the added column rewrites the table', async () => {
    // kutt 20200510140704_domains.js: table.uuid("uuid").notNullable().defaultTo(knex.fn.uuid()).
    const src = `async function up(knex) {
  await knex.schema.alterTable("domains", (table) => {
    table.uuid("uuid").notNullable().defaultTo(knex.fn.uuid());
  });
}
async function down(knex) {
  await knex.schema.alterTable("domains", (table) => table.dropColumn("uuid"));
}
module.exports = { up, down };
`;
    const t = await knexToPieces(src);
    expect(t.up.map((p) => p.sql)).toEqual(['ALTER TABLE domains ADD COLUMN uuid uuid NOT NULL DEFAULT gen_random_uuid();']);
    expect(hits(await analyse(src))).toEqual([[3, 'volatile-default']]);
  });
});

describe('functions the migration hands its Knex object to (thedevs-network/kutt server/migrations @ fc832d7e)', () => {
  it('a helper of this file is read where it is written; an imported one is a notice, once per function or module object, never silence', async () => {
    // kutt 20200211220920_constraints.js: `await models.createLinkTable(knex)`, whose helper (server/models/link.model.js)
    // adds links.uuid NOT NULL DEFAULT knex.fn.uuid(): nothing was said.
    const a = await analyse(`const models = require("../models");

async function addUuid(db, table) {
  await db.schema.alterTable(table, (t) => {
    t.uuid("uuid").notNullable().defaultTo(db.fn.uuid());
  });
}

async function up(knex) {
  await models.createUserTable(knex);
  await models.createLinkTable(knex);
  await models.createUserTable(knex);
  await addUuid(knex, "links");
  await seedAdmins(knex);
  if (isPostgres(knex)) console.log(knex.client.config);
}
async function down() {
  // do nothing
}
module.exports = { up, down };
`);
    expect(hits(a)).toEqual([
      [5, 'volatile-default'],
      [10, 'not-analysed'],
      [14, 'not-analysed'],
      [17, 'empty-down-migration'],
    ]);
    expect(a.hits.find((h) => h.rule === 'not-analysed')!.message).toContain(
      '`models.createUserTable(knex)` passes the Knex object to functions of `models`, defined outside this file',
    );
  });
});

describe('a down that hands the Knex object to a function of the file', () => {
  it('reads the function for the down SQL, as for the up', async () => {
    const t = await knexToPieces(`async function dropUuid(db) {
  await db.schema.alterTable("domains", (t) => t.dropColumn("uuid"));
}
exports.up = async (knex) => {
  await knex.schema.alterTable("domains", (t) => t.uuid("uuid"));
};
exports.down = async (knex) => {
  await dropUuid(knex);
};
`);
    expect(t.downSql?.map((p) => p.sql)).toEqual(['ALTER TABLE domains DROP COLUMN uuid;']);
  });
});

// kutt keeps the database as a flag (`const isMySQL = …`); codimd tests it with a helper of its
// own (`isSQLite(sequelize)`): a name that says which database it tests is a branch on it.
describe('a branch on a flag or helper named for a database', () => {
  it('reads the Postgres side and leaves a notice for the other', async () => {
    const a = await analyse(`const { isMySQL, isPostgres } = require('../utils');
exports.up = async function (knex) {
  if (isMySQL) {
    await knex.schema.alterTable('links', (t) => t.index('target'));
  }
  if (!isPostgres(knex)) return;
  await knex.schema.alterTable('links', (t) => t.dropColumn('legacy'));
};
exports.down = async function (knex) {
  await knex.schema.alterTable('links', (t) => t.string('legacy'));
};
`);
    expect(hits(a)).toEqual([
      [3, 'not-analysed'],
      [7, 'drop-column'],
    ]);
    expect(a.hits[0]!.message).toContain('This branch (`if (isMySQL)`) runs only on databases other than Postgres');
  });
});

// Issue #9: `dropLegacy(knex, 'events')` was read as a drop on table "…" (named at run time), though
// the call names 'events'. The shape of public Knex migrations' `async function dropColumns(knex,
// tableName, columns) { for (const column of columns) … table.dropColumn(column) }`.
describe('a helper of the file called with literal arguments', () => {
  it('is read once per call with its parameters bound to them; arguments known only at run time stay "…"', async () => {
    const t = await knexToPieces(`const LEGACY = ['send_invites', 'channels'];
async function dropColumns(knex, tableName, columns) {
  if (!(await knex.schema.hasTable(tableName))) return;
  for (const column of columns) {
    if (await knex.schema.hasColumn(tableName, column)) {
      await knex.schema.alterTable(tableName, (table) => {
        table.dropColumn(column);
      });
    }
  }
}
const dropLegacy = (knex, table) => knex.schema.alterTable(table, (t) => t.dropColumn('legacy'));
exports.up = async function up(knex) {
  await dropColumns(knex, 'teams_integrations', LEGACY);
  await dropLegacy(knex, 'events');
  await dropLegacy(knex, process.env.TABLE);
};
exports.down = async function down() {};
`);
    expect(t.up.map((p) => [p.line, p.sql.trim()])).toEqual([
      [7, 'ALTER TABLE teams_integrations DROP COLUMN send_invites;'],
      [7, 'ALTER TABLE teams_integrations DROP COLUMN channels;'],
      [12, 'ALTER TABLE events DROP COLUMN legacy;'],
      [12, 'ALTER TABLE __interp__ DROP COLUMN legacy;'],
    ]);
  });
});
