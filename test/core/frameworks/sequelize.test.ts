import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import sequelize, { sequelizeToPieces } from '../../../src/core/frameworks/sequelize';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';

const FIX = 'test/fixtures/frameworks/sequelize';
const analyse = (content: string, path = 'migrations/1-x.js') => sequelize.analyse({ path, content, siblings: {} });
const fixture = (rel: string) => analyse(readFileSync(`${FIX}/${rel}`, 'utf8'), rel);
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);

describe('sequelizeToPieces', () => {
  it('maps queryInterface calls; sequelize-cli is not transactional', async () => {
    const t = await sequelizeToPieces(readFileSync(`${FIX}/err/migrations/20240101-remove-email.js`, 'utf8'));
    expect(t.transactional).toBe(false);
    expect(t.up.map((p) => [p.line, p.sql])).toEqual([
      [7, 'ALTER TABLE "Users" DROP COLUMN email;'],
      [8, 'ALTER TABLE "Users" RENAME COLUMN "name" TO "fullName";'],
      // As Sequelize writes changeColumn: NOT NULL dropped unless allowNull is false, then the TYPE.
      [9, 'ALTER TABLE "Users" ALTER COLUMN age DROP NOT NULL;'],
      [9, 'ALTER TABLE "Users" ALTER COLUMN age TYPE bigint;'],
      [10, 'ALTER TABLE "Users" ADD COLUMN plan character varying(20) NOT NULL;'],
      [11, 'CREATE INDEX users_plan ON "Users" (plan);'],
      [12, `UPDATE "Users" SET plan = 'free', status = 'active'`],
    ]);
  });

  it('drops that name no table are said; a queryInterface call it does not know is a notice, never silence', async () => {
    const a = await analyse(`module.exports = {
  async up(queryInterface) {
    await queryInterface.dropSchema('archive');
    await queryInterface.dropAllTables();
    await queryInterface.dropAllSchemas();
    await queryInterface.describeTable('users');
    await queryInterface.renameEverything('users');
  },
  async down(queryInterface) {
    await queryInterface.createSchema('archive');
  },
};
`);
    expect(hits(a)).toEqual([
      [3, 'drop-schema'],
      [4, 'drop-table'],
      [5, 'drop-schema'],
      [7, 'not-analysed'],
    ]);
    expect(a.hits.find((h) => h.rule === 'not-analysed')!.message).toContain('`queryInterface.renameEverything(…)` is not a call rollback-ready reads');
  });

  it('reads umzug-style context parameters', async () => {
    const t = await sequelizeToPieces(
      `export async function up({ context: qi }) {
  await qi.dropTable('legacy');
}
export async function down({ context: qi }) {
  await qi.createTable('legacy', { id: { type: 'INTEGER', primaryKey: true } });
}
`,
      'migrations/1.ts',
    );
    expect(t.up.map((p) => p.sql)).toEqual(['DROP TABLE legacy;']);
    expect(t.downStatus).toBe('present');
  });
});

describe('sequelize.analyse', () => {
  it('flags risky operations and a down that is only // noop', async () => {
    const a = await fixture('err/migrations/20240101-remove-email.js');
    expect(a.down).toBe('empty');
    expect(hits(a)).toEqual([
      [7, 'drop-column'],
      [8, 'rename-column'],
      [9, 'drop-not-null'],
      [9, 'change-column-type'],
      [10, 'add-required-column'],
      [11, 'non-concurrent-index'],
      [12, 'data-backfill'],
      [15, 'empty-down-migration'],
    ]);
  });

  it('passes a safe migration (concurrent index)', async () => {
    const a = await fixture('ok/migrations/20240201-add-nickname.js');
    expect(a.down).toBe('present');
    expect(hits(a)).toEqual([]);
  });

  it('SQL run with replacements or bind holds placeholders: no parse error of the migration', async () => {
    // Shape from outline/outline server/migrations/20180324214403-serializer-upgrade.js at d77dcdf8.
    const src = [
      'module.exports = {',
      '  up: async (queryInterface) => {',
      '    await queryInterface.sequelize.query(`update documents set "text" = :fixedText where id = :id`, {',
      '      replacements: { fixedText: "x", id: 1 },',
      '    });',
      '    await queryInterface.sequelize.query(`update documents set "title" = $1 where id = $2`, { bind: ["x", 1] });',
      '    await queryInterface.sequelize.query(`select 1 from documents where id = :id`);',
      '  },',
      '  down: async () => {},',
      '};',
      '',
    ].join('\n');
    // Without replacements, `:id` is a syntax error Postgres would report too.
    expect(hits(await analyse(src)).filter(([, rule]) => rule === 'parse-error')).toEqual([[7, 'parse-error']]);
  });

  it('flags a missing down', async () => {
    const a = await analyse("module.exports = { async up(queryInterface) { await queryInterface.removeColumn('a', 'b'); } };\n");
    expect(a.down).toBe('missing');
    expect(hits(a)).toEqual([
      [1, 'missing-down-migration'],
      [1, 'drop-column'],
    ]);
  });

  it('addColumn with references is one ADD COLUMN … REFERENCES: no row checked unless it has a default', async () => {
    // Shape from opencollective/opencollective-api migrations/20220601073835-add-created-by-user-id-to-host-applications.js
    // (18 such columns) and 20230629114015-add-VirtualCardRequests-table.js (the one with `defaultValue: null`).
    const src = (extra: string) =>
      [
        'module.exports = {',
        '  async up(queryInterface, Sequelize) {',
        "    await queryInterface.addColumn('HostApplications', 'CreatedByUserId', {",
        "      type: Sequelize.INTEGER, references: { key: 'uid', model: 'Users' }, onDelete: 'SET NULL', allowNull: true," + extra,
        '    });',
        '  },',
        "  async down(queryInterface) { await queryInterface.removeColumn('HostApplications', 'CreatedByUserId'); },",
        '};',
        '',
      ].join('\n');
    const plain = await sequelizeToPieces(src(''));
    expect(plain.up.map((p) => p.sql)).toEqual(['ALTER TABLE "HostApplications" ADD COLUMN "CreatedByUserId" integer REFERENCES "Users" (uid);']);
    expect(hits(await analyse(src('')))).toEqual([]);
    // With a default, even NULL, Postgres checks every row for the foreign key.
    const withDefault = await sequelizeToPieces(src(' defaultValue: null,'));
    expect(withDefault.up.map((p) => p.sql)).toEqual([
      'ALTER TABLE "HostApplications" ADD COLUMN "CreatedByUserId" integer DEFAULT NULL;',
      'ALTER TABLE "HostApplications" ADD CONSTRAINT "HostApplications_CreatedByUserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES "Users" (uid);',
    ]);
    expect(hits(await analyse(src(' defaultValue: null,')))).toEqual([[3, 'constraint-not-valid-missing']]);
  });
  it('a down that only logs does nothing; a call to a helper it does not know may do work', async () => {
    // Shape from opencollective/opencollective-api migrations/20221209185509-remove-fundraiser.js (35 such downs).
    const src = (down: string) =>
      [
        'module.exports = {',
        '  async up(queryInterface) {',
        "    await queryInterface.removeColumn('Collectives', 'fundraiser');",
        '  },',
        '  async down() {',
        '    // No come back from this',
        down,
        '  },',
        '};',
        '',
      ].join('\n');
    const logs = await analyse(src("    console.log('No rollback');\n    logger.warn(`see MigrationLogs`);"));
    expect(logs.down).toBe('empty');
    expect(logs.hits.find((h) => h.rule === 'empty-down-migration')?.message).toBe(
      'The `down` function only writes a log line: rolling back leaves the change in place.',
    );
    expect(hits(logs)).toEqual([
      [3, 'drop-column'],
      [5, 'empty-down-migration'],
    ]);
    expect((await analyse(src("    console.log('restoring');\n    await restoreFundraisers();"))).down).toBe('present');
  });
  it("a call's argument is not its SQL: a function of the file gives its template, any other a notice", async () => {
    // Shapes from opencollective/opencollective-api migrations/20260625120000-backfill-stripe-payment-intent-data-and-indexes.ts
    // and 20230511095430-fix-expenses-taxes.js (`buildQuery({ … })`, a function inside up).
    const src = [
      "import dedent from 'dedent';",
      "import { viewsQuery } from './lib/views';",
      'const getBackfillSQL = (table: string) => `',
      '  UPDATE "${table}" SET data = data - \'paymentIntent\';',
      '`;',
      'module.exports = {',
      '  async up(queryInterface) {',
      '    const buildQuery = ({ amount = 0 }) => {',
      '      return `UPDATE "Transactions" SET "amount" = ${amount}`;',
      '    };',
      "    await queryInterface.sequelize.query(getBackfillSQL('Orders'));",
      '    await queryInterface.sequelize.query(buildQuery({ amount: 1 }));',
      '    await queryInterface.sequelize.query(dedent(`DROP TABLE "Old"`));',
      "    await queryInterface.sequelize.query(viewsQuery('Orders'));",
      '  },',
      "  async down() { throw new Error('no'); },",
      '};',
      '',
    ].join('\n');
    const t = await sequelizeToPieces(src, 'migrations/1-x.ts');
    expect(t.up.map((p) => [p.line, p.sql.trim()])).toEqual([
      [3, 'UPDATE "Orders" SET data = data - \'paymentIntent\';'],
      [9, 'UPDATE "Transactions" SET "amount" = __interp__'],
      [13, 'DROP TABLE "Old"'],
    ]);
    const a = await analyse(src, 'migrations/1-x.ts');
    expect(hits(a)).toEqual([
      [4, 'data-backfill'],
      [9, 'data-backfill'],
      [13, 'drop-table'],
      [14, 'not-analysed'],
      [16, 'empty-down-migration'],
    ]);
    expect(a.hits.find((h) => h.rule === 'not-analysed')?.message).toBe(
      '`queryInterface.sequelize.query(viewsQuery(…))` runs SQL that `viewsQuery(…)` of `./lib/views` returns at run time, which is not read with ' +
        'the migration, so what it does was not judged: write the SQL in the migration (a string, or a `const` of this file), or review it by ' +
        'hand and add `// rollback-ready-ignore not-analysed: <reason>` above the call.',
    );
  });
  it("an unnamed index has Sequelize's name: <table>_<fields> underscored (lib/utils.js nameIndex)", async () => {
    const src = [
      'module.exports = {',
      '  async up(queryInterface) {',
      "    await queryInterface.addIndex('Orders', ['ManualPaymentProviderId']);",
      "    await queryInterface.removeIndex('Orders', ['CollectiveId']);",
      '  },',
      "  async down(queryInterface) { await queryInterface.removeIndex('Orders', ['ManualPaymentProviderId']); },",
      '};',
      '',
    ].join('\n');
    expect((await sequelizeToPieces(src)).up.map((p) => p.sql)).toEqual([
      'CREATE INDEX orders__manual_payment_provider_id ON "Orders" ("ManualPaymentProviderId");',
      'DROP INDEX orders__collective_id;',
    ]);
  });

  // opencollective-api's data migrations: `VALUES (…, :data)` with `{ replacements: { data } }`.
  it('SQL with replacements is read with values for its placeholders; what still does not parse is a notice on the call', async () => {
    const a = await analyse(`module.exports = {
  async up(queryInterface) {
    await queryInterface.sequelize.query(
      \`CREATE INDEX "orders_paused" ON "Orders" ("status") WHERE "status" = :status\`,
      { replacements: { status: 'PAUSED' } },
    );
    await queryInterface.sequelize.query('INSERT INTO "MigrationLogs" ("type", "data") VALUES (:type, :data)', { replacements: { type: 'MIGRATION', data: {} } });
    await queryInterface.sequelize.query('ALTER TABLE :table DROP COLUMN "legacy"', { replacements: { table: 'Orders' } });
  },
  async down() {},
};
`);
    // The index is read whole; the drop, read for destructive operations only, is said with the notice.
    expect(hits(a)).toEqual([
      [4, 'non-concurrent-index'],
      [8, 'not-analysed'],
      [8, 'drop-column'],
      [10, 'empty-down-migration'],
    ]);
    const notice = a.hits.find((h) => h.rule === 'not-analysed');
    expect(notice?.line).toBe(8);
    expect(notice?.message).toContain('`queryInterface.sequelize.query(…)` runs SQL with bind placeholders');
    expect(notice?.message).toContain('read for destructive operations only');
  });

  // opencollective-api's 20240130172551-non-null-created-at-updated-at.ts: `SET ${cond ? … : ''}`.
  it('SQL built with ${…} parts that does not parse is a notice on the call, not silence', async () => {
    const a = await analyse(`module.exports = {
  async up(queryInterface) {
    for (const table of TABLES) {
      await queryInterface.sequelize.query(\`
        UPDATE "\${table.name}"
        SET \${table.a ? '"updatedAt" = NOW()' : ''} \${table.b ? ',' : ''}
      \`);
    }
  },
  async down() {},
};
`);
    const notice = a.hits.find((h) => h.rule === 'not-analysed');
    expect(notice?.line).toBe(4);
    expect(notice?.message).toContain('SQL built with `${…}` parts known only at run time');
    expect(notice?.message).toContain('line 6: syntax error at or near a `${…}` part');
  });
});

// Issue #9: `for (const col of ['legacy_a', 'legacy_b']) await queryInterface.removeColumn('users', col)`
// dropped two columns without a word.
describe('loops and names known at run time', () => {
  it('a loop over a literal list runs its body once per name; a name known only at run time is still a drop', async () => {
    const a = await analyse(`const OLD = ['a', 'b'];
module.exports = {
  async up(queryInterface) {
    for (const col of ['legacy_a', 'legacy_b']) {
      await queryInterface.removeColumn('users', col);
    }
    OLD.forEach((t) => queryInterface.dropTable(t));
    for (const col of columns) await queryInterface.removeColumn('users', col);
    await queryInterface.renameColumn(tableName, 'a', 'b');
  },
  async down() {},
};
`);
    const found = a.hits
      .filter((h) => h.rule !== 'empty-down-migration' && h.rule !== 'missing-lock-timeout')
      .map((h) => [h.line, h.rule, h.message.match(/"[^"]*"/)![0]]);
    expect(found).toEqual([
      [5, 'drop-column', '"legacy_a"'],
      [5, 'drop-column', '"legacy_b"'],
      [7, 'drop-table', '"a"'],
      [7, 'drop-table', '"b"'],
      [8, 'drop-column', '"…"'],
      [9, 'rename-column', '"a"'],
    ]);
    expect(a.hits.find((h) => h.line === 9)!.message).toContain('of "…" (named at run time)');
  });
});

// outline/outline server/migrations/20191118023010-cascade-delete.js: `for (const constraintName of
// constraintNames) { try { …drop constraint "${constraintName}"…; return; } catch … }` tries each
// name until one works; it is not two drops.
it('a loop over a literal list that may stop early (a return, a break) is read once, its variable named at run time', async () => {
  const t = await sequelizeToPieces(`const constraintNames = ['revisions_documentId_fkey', 'documentId_foreign_idx'];
module.exports = {
  up: async (queryInterface) => {
    for (const constraintName of constraintNames) {
      try {
        await queryInterface.removeConstraint('revisions', constraintName);
        return;
      } catch (err) {}
    }
  },
  down: async () => {},
};
`);
  expect(t.up.map((p) => p.sql)).toEqual(['ALTER TABLE revisions DROP CONSTRAINT __interp__;']);
});

// Issue #9: `dropLegacy(queryInterface, 'users', ['a', 'b'])` dropped two columns without a word (the
// reader never followed a function it hands queryInterface to). Helper shapes of public sequelize-cli
// migrations (`addColumnIfNotExists(queryInterface, "memberships", "package_name", { … })`).
describe('functions of the file the migration hands its queryInterface to', () => {
  it('are read once per call, their parameters bound to the literal arguments; an imported one is a notice', async () => {
    const a = await analyse(`'use strict';
const { renameLegacy } = require('../helpers');
async function addColumnIfNotExists(queryInterface, tableName, columnName, definition) {
  const table = await queryInterface.describeTable(tableName);
  if (!table[columnName]) await queryInterface.addColumn(tableName, columnName, definition);
}
const dropLegacy = async (qi, table, columns) => {
  for (const column of columns) await qi.removeColumn(table, column);
};
module.exports = {
  async up(queryInterface, Sequelize) {
    await addColumnIfNotExists(queryInterface, 'memberships', 'package_name', { type: Sequelize.STRING(100), allowNull: false });
    await dropLegacy(queryInterface, 'users', ['a', 'b']);
    await dropLegacy(queryInterface, process.env.TABLE, ['c']);
    await renameLegacy(queryInterface, 'users');
    await renameLegacy(queryInterface, 'orgs');
  },
  async down() {},
};
`);
    expect(
      a.hits
        .filter((h) => h.rule !== 'missing-lock-timeout')
        .map((h) => [
          h.line,
          h.rule,
          h.message
            .match(/"[^"]*"/g)
            ?.slice(0, 2)
            .join(' '),
        ]),
    ).toEqual([
      [5, 'add-required-column', '"package_name" "memberships"'],
      [8, 'drop-column', '"a" "users"'],
      [8, 'drop-column', '"b" "users"'],
      [8, 'drop-column', '"c" "…"'],
      [15, 'not-analysed', undefined],
      [18, 'empty-down-migration', undefined],
    ]);
    expect(a.hits.find((h) => h.rule === 'not-analysed')!.message).toContain('passes the queryInterface to `renameLegacy`, defined outside this file');
  });

  it('a helper that calls itself is read once', async () => {
    const t = await sequelizeToPieces(`const again = async (qi, t) => {
  await qi.removeColumn(t, 'x');
  await again(qi, t);
};
module.exports = { up: async (queryInterface) => { await again(queryInterface, 'orgs'); }, down: async () => {} };
`);
    expect(t.up.map((p) => p.sql)).toEqual(['ALTER TABLE orgs DROP COLUMN x;']);
  });

  it('addColumn and changeColumn on a column named at run time are read under the placeholder, as removeColumn is', async () => {
    const t = await sequelizeToPieces(`module.exports = {
  async up(queryInterface, Sequelize) {
    const col = process.env.COL;
    await queryInterface.addColumn('users', col, { type: Sequelize.STRING, allowNull: false });
    await queryInterface.changeColumn('orgs', col, { type: Sequelize.TEXT });
  },
  async down() {},
};
`);
    const a = await analyse(`module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.addColumn('users', process.env.NEW_COLUMN, { type: Sequelize.STRING });
    await queryInterface.removeColumn('users', process.env.OLD_COLUMN);
  },
  async down() {},
};
`);
    expect(hits(a)).toContainEqual([4, 'drop-column']);
    expect(t.up.map((p) => p.sql)).toEqual([
      // Not taken as a new column: a later call on a run-time name may be on another one.
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS __interp__ character varying(255) NOT NULL;',
      'ALTER TABLE orgs ALTER COLUMN __interp__ DROP NOT NULL;',
      'ALTER TABLE orgs ALTER COLUMN __interp__ TYPE text;',
    ]);
  });
});

// opencollective/opencollective-api migrations/20240130172551-non-null-created-at-updated-at.ts:
// `changeColumn(table.name, column, { ...fixedColumnParams, allowNull: false })`, the type in the
// constant spread (read as text before); 20220816142946-enhance-activities-links.js imports
// `doesColumnExist(queryInterface, 'Activities', 'OrderId')`, a read.
it("an options object's spread constant gives its keys; an imported helper named as a read is passed over", async () => {
  const source = `import { doesColumnExist } from './lib/helpers';
module.exports = {
  async up(queryInterface, Sequelize) {
    const fixedColumnParams = { type: Sequelize.DATE, allowNull: true, defaultValue: Sequelize.NOW };
    if (!(await doesColumnExist(queryInterface, 'Users', 'createdAt'))) return;
    await queryInterface.changeColumn('Users', 'createdAt', { ...fixedColumnParams, allowNull: false });
  },
  async down() {},
};
`;
  const t = await sequelizeToPieces(source);
  expect(t.up.map((p) => p.sql)).toEqual([
    'ALTER TABLE "Users" ALTER COLUMN "createdAt" SET NOT NULL;',
    'ALTER TABLE "Users" ALTER COLUMN "createdAt" TYPE timestamp with time zone;',
  ]);
  expect(t.hits.map((h) => h.rule)).toEqual(['empty-down-migration']);
});
