import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import nodePgMigrate, { nodePgMigrateToPieces } from '../../../src/core/frameworks/node-pg-migrate';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';

const FIX = 'test/fixtures/frameworks/node-pg-migrate';
const analyse = (content: string, path = 'migrations/1_x.js') => nodePgMigrate.analyse({ path, content, siblings: {} });
const fixture = (rel: string) => analyse(readFileSync(`${FIX}/${rel}`, 'utf8'), rel);
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);

describe('nodePgMigrateToPieces', () => {
  it('maps pgm operations and pgm.sql', async () => {
    const t = await nodePgMigrateToPieces(readFileSync(`${FIX}/err/migrations/1700000000000_drop-email.js`, 'utf8'));
    expect(t.up.map((p) => [p.line, p.sql.trim()])).toEqual([
      [5, 'ALTER TABLE users DROP COLUMN email;'],
      [6, 'ALTER TABLE users RENAME COLUMN "name" TO full_name;'],
      [7, 'ALTER TABLE users ALTER COLUMN team_id SET NOT NULL;'],
      [8, 'CREATE INDEX users_plan_index ON users (plan);'],
      [9, "UPDATE users SET plan = 'free', status = 'active'"],
    ]);
  });

  it('schema drops, view renames, refreshes and enum values are read; a method it does not know is a notice', async () => {
    const a = await analyse(`exports.up = (pgm) => {
  pgm.dropSchema('archive', { cascade: true });
  pgm.renameView('active_users', 'live_users');
  pgm.renameMaterializedView('user_stats', 'user_totals');
  pgm.refreshMaterializedView('daily_totals');
  pgm.refreshMaterializedView('weekly_totals', { concurrently: true });
  pgm.renameTypeValue('mood', 'sad', 'unhappy');
  pgm.addTypeValue('mood', 'calm');
  pgm.createFunction('touch', [], { returns: 'trigger', language: 'plpgsql' }, 'BEGIN RETURN NEW; END;');
  pgm.reshapeTable('users');
};
exports.down = (pgm) => {
  pgm.createSchema('archive');
};
`);
    expect(hits(a)).toEqual([
      [2, 'drop-schema'],
      [3, 'rename-table'],
      [4, 'rename-table'],
      [5, 'table-rewrite'],
      [7, 'change-column-type'],
      [8, 'enum-value-added'],
      [10, 'not-analysed'],
    ]);
  });

  it('infers the down for reversible-only operations and honours noTransaction', async () => {
    const t = await nodePgMigrateToPieces(readFileSync(`${FIX}/ok/migrations/1700000000002_add-nickname.js`, 'utf8'));
    expect(t.transactional).toBe(false);
    expect(t.downStatus).toBe('present');
    expect(t.up.map((p) => p.sql)).toEqual([
      'ALTER TABLE users ADD COLUMN nickname varchar(40);',
      'ALTER TABLE users ADD COLUMN score integer NOT NULL DEFAULT 0;',
      'CREATE INDEX CONCURRENTLY users_nickname_index ON users (nickname);',
    ]);
  });
});

describe('node-pg-migrate column shorthands', () => {
  it("'id' is a serial primary key; references become a foreign key; pgm.func defaults are SQL", async () => {
    const t = await nodePgMigrateToPieces(
      `export async function up(pgm) {
  pgm.createTable('posts', { id: 'id', user_id: { type: 'integer', references: 'users', notNull: true }, at: { type: 'timestamp', default: pgm.func('now()') } });
}
export const down = undefined;
`,
      'm.ts',
    );
    expect(t.up.map((p) => p.sql)).toEqual([
      'CREATE TABLE posts (id serial PRIMARY KEY, user_id integer NOT NULL, at timestamp DEFAULT now());',
      'ALTER TABLE posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);',
    ]);
    expect(t.downStatus).toBe('present');
  });
});

describe('node-pg-migrate.analyse', () => {
  it('flags risky operations and a down it cannot infer', async () => {
    const a = await fixture('err/migrations/1700000000000_drop-email.js');
    expect(a.down).toBe('missing');
    expect(hits(a)).toEqual([
      [3, 'missing-down-migration'],
      [5, 'drop-column'],
      [6, 'rename-column'],
      [7, 'set-not-null'],
      [8, 'non-concurrent-index'],
      [10, 'data-backfill'],
    ]);
  });

  it('exports.down = false is an empty down', async () => {
    const a = await fixture('err/migrations/1700000000001_down-false.js');
    expect(a.down).toBe('empty');
    expect(hits(a)).toEqual([[5, 'empty-down-migration']]);
  });

  it('passes a safe migration', async () => {
    const a = await fixture('ok/migrations/1700000000002_add-nickname.js');
    expect(hits(a)).toEqual([]);
  });
});

describe('what node-pg-migrate can reverse by itself (operations with a `reverse`, salsita/node-pg-migrate @ 55b10c22)', () => {
  const downOf = async (call: string) => (await analyse(`exports.up = (pgm) => {\n  ${call}\n};\n`)).down;
  it('operations without a reverse leave no inferable down: missing-down-migration', async () => {
    for (const call of [
      "pgm.addTypeValue('mood', 'angry');",
      "pgm.dropSequence('order_seq');",
      "pgm.alterSequence('order_seq', { restart: 1 });",
      "pgm.dropTrigger('users', 'audit');",
      "pgm.dropMaterializedView('stats');",
      "pgm.revokeOnTables({ tables: 'users', privileges: 'ALL', roles: 'app' });",
      "pgm.addConstraint('products', null, { check: 'price > 0' });",
      "pgm.addConstraint('products', 'price_positive', 'CHECK (price > 0)');",
    ])
      expect(await downOf(call), call).toBe('missing');
  });
  it('a named constraint given as options, an index, a sequence created: the down is inferred', async () => {
    for (const call of [
      "pgm.addConstraint('products', 'price_positive', { check: 'price > 0' });",
      "pgm.createIndex('users', 'email');",
      "pgm.createSequence('order_seq');",
      "pgm.renameTypeValue('mood', 'sad', 'blue');",
    ])
      expect(await downOf(call), call).toBe('present');
  });
});

describe('names node-pg-migrate quotes', () => {
  it('a constraint name that is no plain identifier parses (stacks-blockchain-api: valid_coinbase-pay-to-alt)', async () => {
    const a = await analyse(`exports.up = (pgm) => {
  pgm.addConstraint('txs', 'valid_coinbase-pay-to-alt', \`CHECK (type_id != 5 OR (coinbase_alt_recipient IS NOT NULL))\`);
};
exports.down = (pgm) => {
  pgm.dropConstraint('txs', 'valid_coinbase-pay-to-alt');
};`);
    expect(hits(a)).toEqual([[2, 'constraint-not-valid-missing']]);
  });
});

describe('pgm.sql given SQL through a name', () => {
  it('a const of the file is read where it is written (Emurgo/tangata-manu migrations)', async () => {
    const a = await analyse(`exports.shorthands = undefined

const SQL = \`
ALTER TABLE utxos
DROP COLUMN block_num;
\`

exports.up = (pgm) => {
  pgm.sql(SQL)
}

exports.down = false
`);
    expect(hits(a)).toEqual([
      [4, 'drop-column'],
      [12, 'empty-down-migration'],
    ]);
  });

  it("a function of the file's template gets the constant arguments its call gives (stacks-blockchain-api's writeDeltas)", async () => {
    const t = await nodePgMigrateToPieces(`export function up(pgm) {
  const writeDeltas = (sourceInsert) => \`
    WITH ins AS (\${sourceInsert} RETURNING principal)
    INSERT INTO balance_count_deltas (principal) SELECT principal FROM ins\`;
  pgm.sql(writeDeltas(\`INSERT INTO principal_tx_balance_changes (principal) SELECT sender FROM txs\`));
}
export function down(pgm) {
  pgm.dropTable('balance_count_deltas');
}
`);
    expect(t.up.map((p) => [p.line, p.inexact ?? false, p.sql.replace(/\s+/g, ' ').trim()])).toEqual([
      [
        2,
        false,
        'WITH ins AS (INSERT INTO principal_tx_balance_changes (principal) SELECT sender FROM txs RETURNING principal) INSERT INTO balance_count_deltas (principal) SELECT principal FROM ins',
      ],
    ]);
  });

  it('SQL read from a .sql file or imported is a notice on the call; the down read through a const judges it', async () => {
    // andradedpg/gh-info application/migrations/20230720163000_create_users_table.js
    const a = await analyse(`const fs = require('fs');
const path = require('path');
const { INITIAL_SCHEMA_UP } = require('../db/schema');

exports.up = pgm => {
  const sqlPath = path.join(__dirname, './sql/20230720163000_create_users_table.up.sql');
  const sql = fs.readFileSync(sqlPath, { encoding: 'utf-8' });
  pgm.sql(sql);
  pgm.sql(INITIAL_SCHEMA_UP);
};

const DOWN = 'SELECT 1';
exports.down = pgm => {
  pgm.sql(DOWN);
};
`);
    expect(hits(a)).toEqual([
      [8, 'not-analysed'],
      [9, 'not-analysed'],
      [13, 'empty-down-migration'],
    ]);
    expect(a.hits[0]!.message).toBe(
      '`pgm.sql(sql)` runs SQL read from a file at run time (`./sql/20230720163000_create_users_table.up.sql`), so what it does was not judged: ' +
        'write that SQL in the migration, or review the file by hand and add `// rollback-ready-ignore not-analysed: <reason>` above the call.',
    );
    expect(a.hits[1]!.message).toContain('`pgm.sql(INITIAL_SCHEMA_UP)` runs SQL imported from `../db/schema`');
  });
});

describe("node-pg-migrate's own index names", () => {
  it('an unnamed index is <table>_<columns>[_unique]_index, in the table schema', async () => {
    const t = await nodePgMigrateToPieces(`exports.up = (pgm) => {
  pgm.createIndex({ schema: 'eligibility', name: 'member' }, ['tenant_id', { name: 'email', sort: 'DESC' }], { unique: true });
  pgm.createIndex('users', 'email');
  pgm.dropIndex({ schema: 'eligibility', name: 'member' }, ['tenant_id'], { unique: true });
  pgm.dropIndex('users', 'nickname');
};
`);
    expect(t.up.map((p) => p.sql)).toEqual([
      'CREATE UNIQUE INDEX member_tenant_id_email_unique_index ON eligibility.member (tenant_id, email);',
      'CREATE INDEX users_email_index ON users (email);',
      'DROP INDEX eligibility.member_tenant_id_unique_index;',
      'DROP INDEX users_nickname_index;',
    ]);
  });
});

describe('a table in a schema', () => {
  it('is named as written in messages, eligibility.member, not as one quoted name', async () => {
    const a = await analyse(`exports.up = (pgm) => {
  pgm.dropColumns({ schema: 'eligibility', name: 'member' }, ['legacy']);
};
exports.down = (pgm) => {
  pgm.addColumns({ schema: 'eligibility', name: 'member' }, { legacy: { type: 'text' } });
};
`);
    expect(a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => h.message)).toEqual([
      'Dropping column "legacy" from eligibility.member deletes its data; a rollback cannot restore it. Stop reading the column first, deploy, then drop it in a later release.',
    ]);
  });

  it('a table named at run time (a loop variable) is read with a run-time name, never skipped', async () => {
    const a = await analyse(`exports.up = (pgm) => {
  for (const t of ['a_log', 'b_log']) {
    pgm.dropTable(t);
  }
  ['c', 'd'].forEach((name) => pgm.dropColumn(name, 'legacy'));
};
exports.down = false;
`);
    expect(hits(a)).toEqual([
      [3, 'drop-table'],
      [5, 'drop-column'],
      [7, 'empty-down-migration'],
    ]);
    expect(a.hits[0]!.message).toContain('"…" (named at run time)');
  });

  it('the call that keeps node-pg-migrate from inferring a down is named as written (`pgm.db.query`)', async () => {
    const a = await analyse("exports.up = async (pgm) => {\n  await pgm.db.query('CREATE TABLE t (id int)');\n};\n");
    expect(a.hits.find((h) => h.rule === 'missing-down-migration')?.message).toContain('`pgm.db.query` (line 2)');
  });

  it("the file's own shorthands are applied as node-pg-migrate applies them, the column's options winning", async () => {
    const a = await analyse(`exports.shorthands = {
  ownerRef: { type: 'integer', notNull: true, references: 'users' },
  id: { type: 'uuid', primaryKey: true, default: 'gen_random_uuid()' },
};
exports.up = (pgm) => {
  pgm.addColumns('posts', { owner_id: 'ownerRef', editor_id: { type: 'ownerRef', notNull: false } });
  pgm.createTable('tags', { id: 'id' });
};
`);
    expect(hits(a)).toEqual([
      [6, 'add-required-column'],
      [6, 'constraint-not-valid-missing'],
      [6, 'constraint-not-valid-missing'],
    ]);
    const t = await nodePgMigrateToPieces(
      "export const shorthands = { id: { type: 'uuid', primaryKey: true } };\nexport const up = (pgm) => pgm.createTable('tags', { id: 'id' });\n",
      'm.ts',
    );
    expect(t.up.map((p) => p.sql)).toEqual(['CREATE TABLE tags (id uuid PRIMARY KEY);']);
  });
});
