import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import typeorm, { typeormToPieces } from '../../../src/core/frameworks/typeorm';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';
import { createClassifier } from '../../../src/core/classify';
import { parseConfig } from '../../../src/core/config';
import { FRAMEWORKS } from '../../../src/core/frameworks/index';

const FIX = 'test/fixtures/frameworks/typeorm';
const analyse = (content: string, path = 'src/migrations/1-X.ts') => typeorm.analyse({ path, content, siblings: {} });
const fixture = (rel: string) => analyse(readFileSync(`${FIX}/${rel}`, 'utf8'), rel);
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);

describe('typeormToPieces', () => {
  it('lints queryRunner.query SQL and maps queryRunner helpers', async () => {
    const t = await typeormToPieces(readFileSync(`${FIX}/err/migrations/1700000000000-DropEmail.ts`, 'utf8'));
    expect(t.up.map((p) => [p.line, p.sql, !!p.synthetic])).toEqual([
      [8, 'ALTER TABLE "user" DROP COLUMN "email"', false],
      [9, 'ALTER TABLE "user" RENAME COLUMN "name" TO full_name;', true],
      [10, 'DROP TABLE session;', true],
    ]);
  });

  it('schema and database drops and clearTable are read; a queryRunner call it does not know is a notice', async () => {
    const a = await analyse(`import { MigrationInterface, QueryRunner } from 'typeorm';

export class Cleanup1700000000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropSchema('archive', true, true);
    await queryRunner.clearTable('sessions');
    await queryRunner.clearDatabase();
    if (await queryRunner.hasTable('users')) await queryRunner.reshape('users');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createSchema('archive');
  }
}
`);
    expect(hits(a)).toEqual([
      [5, 'drop-schema'],
      [6, 'truncate'],
      [7, 'drop-schema'],
      [8, 'not-analysed'],
    ]);
  });

  it('reads TableColumn options (NOT NULL unless isNullable) and transaction = false', async () => {
    const t = await typeormToPieces(`import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
export class A implements MigrationInterface {
  transaction = false;
  async up(queryRunner: QueryRunner) {
    await queryRunner.addColumn('user', new TableColumn({ name: 'plan', type: 'varchar', length: '20' }));
  }
  async down(queryRunner: QueryRunner) {
    await queryRunner.dropColumn('user', 'plan');
  }
}
`);
    expect(t.transactional).toBe(false);
    expect(t.up.map((p) => p.sql)).toEqual(['ALTER TABLE "user" ADD COLUMN plan varchar(20) NOT NULL;']);
  });
});

describe('typeorm.analyse', () => {
  it('flags risky SQL and a down that throws', async () => {
    const a = await fixture('err/migrations/1700000000000-DropEmail.ts');
    expect(a.down).toBe('empty');
    expect(hits(a)).toEqual([
      [8, 'drop-column'],
      [9, 'rename-column'],
      [10, 'drop-table'],
      [13, 'empty-down-migration'],
    ]);
  });

  it('a down that only runs SELECT 1 is empty', async () => {
    const a = await fixture('err/migrations/1700000000002-NoopDown.ts');
    expect(a.down).toBe('empty');
    expect(hits(a)).toEqual([[8, 'empty-down-migration']]);
  });

  it('passes a safe migration', async () => {
    const a = await fixture('ok/migrations/1700000000001-AddNickname.ts');
    expect(a.down).toBe('present');
    expect(hits(a)).toEqual([]);
  });
});

describe('calls whose arguments are built in code (grist-core)', () => {
  it('a cloned column passed to changeColumn is a not-analysed notice, never silence', async () => {
    const a = await analyse(`import { MigrationInterface, QueryRunner } from "typeorm";

export class LoginDisplayEmailNonNull1552416614755 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<any> {
    const logins = (await queryRunner.getTable('logins'))!;
    const displayEmail = logins.findColumnByName('display_email')!;
    const displayEmailNonNull = displayEmail.clone();
    displayEmailNonNull.isNullable = false;
    await queryRunner.changeColumn('logins', displayEmail, displayEmailNonNull);
  }

  public async down(queryRunner: QueryRunner): Promise<any> {
    await queryRunner.query('ALTER TABLE logins ALTER COLUMN display_email DROP NOT NULL');
  }
}
`);
    expect(hits(a)).toEqual([[9, 'not-analysed']]);
  });

  it('a column held in a const is read; its clone with a property set is still a notice (ServiceAccounts1756918816559)', async () => {
    const src = `import { MigrationInterface, QueryRunner, TableColumn } from "typeorm";

export class ServiceAccounts1756918816559 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<any> {
    const userTypeColumnTemp = new TableColumn({
      name: "type",
      type: "varchar",
      isNullable: true,
    });

    await queryRunner.addColumn("users", userTypeColumnTemp);

    const userTypeColumnNonNull = userTypeColumnTemp.clone();
    userTypeColumnNonNull.isNullable = false;

    await queryRunner.changeColumn("users", userTypeColumnTemp, userTypeColumnNonNull);
  }

  public async down(queryRunner: QueryRunner): Promise<any> {
    await queryRunner.dropColumn("users", "type");
  }
}
`;
    expect(hits(await analyse(src))).toEqual([[16, 'not-analysed']]);
    expect((await typeormToPieces(src)).up.map((p) => [p.line, p.sql])).toEqual([[11, 'ALTER TABLE users ADD COLUMN "type" varchar;']]);
  });
});

describe('queryRunner.query given SQL through a name', () => {
  it('a const of the file, a constant array run in a loop and a template of constants are read where they are written', async () => {
    // Shapes from typeorm migrations that keep their SQL in a `const sql = \`…\`` before the call,
    // or in an UP array run in a loop (`for (const sql of UP) await queryRunner.query(sql)`).
    const a = await analyse(`import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'marketplace_requests';
const UP = [
  \`DROP TABLE IF EXISTS "\${TABLE}"\`,
  'DROP TYPE IF EXISTS "public"."marketplace_requests_type_enum"',
];

export class Cleanup1791028868299 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    const sql = \`
      ALTER TABLE "user" DROP COLUMN "legacy_email"\`;
    await queryRunner.query(sql);
    for (const statement of UP) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    throw new Error('irreversible');
  }
}
`);
    expect(hits(a)).toEqual([
      [5, 'drop-table'],
      [12, 'drop-column'],
      [17, 'empty-down-migration'],
    ]);
    expect(a.hits.find((h) => h.rule === 'drop-table')?.message).toContain('"marketplace_requests"');
  });

  it('SQL read from a file, imported or built in a loop is a notice on the call that says what to do', async () => {
    // 4mbromark/hf-narwhale's CreateTableUser (fs.readFileSync(join(__dirname + '/script/001-CreateTableUser.sql'))).
    const a = await analyse(`import { MigrationInterface, QueryRunner } from 'typeorm';
import * as fs from 'fs';
import { join } from 'path';
import { DROP_LEGACY } from './sql/legacy';

export class CreateTableUser1625771009637 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    const script = fs.readFileSync(join(__dirname + '/script/001-CreateTableUser.sql'), 'utf8');
    await queryRunner.query(script);
    await queryRunner.query(DROP_LEGACY);
    for (const table of await queryRunner.getTables()) await queryRunner.query(\`ANALYZE \${table.name}\`);
    for (const sql of buildStatements()) await queryRunner.query(sql);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "user"');
  }
}
`);
    expect(hits(a)).toEqual([
      [9, 'not-analysed'],
      [10, 'not-analysed'],
      [12, 'not-analysed'],
    ]);
    const messages = a.hits.map((h) => h.message);
    expect(messages[0]).toBe(
      '`queryRunner.query(script)` runs SQL read from a file at run time (`/script/001-CreateTableUser.sql`), so what it does was not judged: ' +
        'write that SQL in the migration, or review the file by hand and add `// rollback-ready-ignore not-analysed: <reason>` above the call.',
    );
    expect(messages[1]).toContain('`queryRunner.query(DROP_LEGACY)` runs SQL imported from `./sql/legacy`, which is not read with the migration');
    expect(messages[2]).toContain('`queryRunner.query(sql)` runs SQL from a loop, one value at a time known only at run time');
  });

  // FlowiseAI/Flowise packages/server/src/enterprise/database/migrations/postgres/1737076223692-RefactorEnterpriseDatabase.ts
  // and sqlite/1743758056188-FixOpenSourceAssistantTable.ts: the SQL sits in helpers the up hands its queryRunner to.
  it('reads helpers of the file the queryRunner is handed to, where they are written; an imported helper is a notice', async () => {
    const a = await analyse(`import { MigrationInterface, QueryRunner } from 'typeorm'
import { ensureColumnExists } from './mysqlCustomFunctions'
import { hasColumn } from '../../utils/database.util'

export async function dropLegacy(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE "legacy";')
}

export class Refactor1737076223692 implements MigrationInterface {
    private async modifyTable(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query('alter table "roles" rename to "temp_role";')
    }

    public async up(queryRunner: QueryRunner): Promise<void> {
        await this.modifyTable(queryRunner)
        await dropLegacy(queryRunner)
        if (!(await hasColumn(queryRunner, 'user', 'user_type'))) await ensureColumnExists(queryRunner, 'user', 'user_type', 'varchar(10)')
        await ensureColumnExists(queryRunner, 'organization', 'sso_config', 'text')
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query('alter table "temp_role" rename to "roles";')
    }
}
`);
    expect(hits(a)).toEqual([
      [6, 'drop-table'],
      [11, 'rename-table'],
      [17, 'not-analysed'],
    ]);
    expect(a.hits.find((h) => h.rule === 'not-analysed')!.message).toContain('passes the queryRunner to `ensureColumnExists`, defined outside this file');
  });

  // FlowiseAI/Flowise packages/server/src/enterprise/database/migrations/mysql/mysqlCustomFunctions.ts
  it('a helper module in the migrations folder is a notice, not a missing down', async () => {
    const a = await analyse(
      `import { QueryRunner } from 'typeorm'

export const ensureColumnExists = async (queryRunner: QueryRunner, tableName: string, columnName: string, columnType: string) => {
    await queryRunner.query(\`ALTER TABLE \${tableName} ADD COLUMN \${columnName} \${columnType};\`)
}
`,
      'src/migrations/mysql/mysqlCustomFunctions.ts',
    );
    expect(hits(a)).toEqual([[1, 'not-analysed']]);
    expect(a.hits[0]!.message).toContain('defines no migration');
  });

  // n8n's `if (dbType === 'postgresdb')`, TypeORM's own `queryRunner.connection.options.type`.
  it('reads the Postgres branch of a branch on the database, and leaves a notice for the others', async () => {
    const a = await analyse(`import { MigrationInterface, QueryRunner } from 'typeorm'

export class Widen1700000000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        const dbType = queryRunner.connection.options.type
        if (dbType === 'mysql' || dbType === 'mariadb') {
            await queryRunner.query('ALTER TABLE \`doc\` MODIFY \`body\` LONGTEXT;')
        } else if (dbType === 'postgres') {
            await queryRunner.query('ALTER TABLE "doc" DROP COLUMN "legacy";')
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query('ALTER TABLE "doc" ADD COLUMN "legacy" text;')
    }
}
`);
    expect(hits(a)).toEqual([
      [6, 'not-analysed'],
      [9, 'drop-column'],
    ]);
    expect(a.hits[0]!.message).toContain("This branch (`if (dbType === 'mysql' || dbType === 'mariadb')`) runs only on databases other than Postgres");
  });

  // n8n-io/n8n packages/cli/src/databases/migrations/postgresdb/1665754637025-RemoveCredentialUsageTable.ts:
  // one folder per DB_TYPE (`postgresdb`, `mysqldb`, `sqlite`); `postgresdb/` fell to db-migrate's notice.
  it("a TypeORM migration in n8n's postgresdb/ folder is TypeORM's", () => {
    const classifier = createClassifier(parseConfig(undefined), FRAMEWORKS);
    const content = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class RemoveCredentialUsageTable1665754637025 implements MigrationInterface {
\tasync up(queryRunner: QueryRunner) {
\t\tawait queryRunner.query(\`DROP TABLE \${getTablePrefix()}credential_usage\`);
\t}
}
`;
    const path = 'packages/cli/src/databases/migrations/postgresdb/1665754637025-RemoveCredentialUsageTable.ts';
    expect(classifier.classify(path, content)).toMatchObject({ kind: 'migration', framework: 'typeorm' });
  });
});

// Issue #9: a loop over a literal list was one notice (a loop variable) or one drop of "…".
describe('loops over a literal list', () => {
  it('runs the body once per name, for schema helpers and raw SQL alike; any other loop stays a notice', async () => {
    const a = await analyse(`import { MigrationInterface, QueryRunner } from 'typeorm';
export class Drop1700000000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const col of ['a', 'b']) await queryRunner.dropColumn('users', col);
    ['c', 'd'].forEach(async (col) => {
      await queryRunner.query(\`ALTER TABLE users DROP COLUMN \${col}\`);
    });
    for (const col of cols) await queryRunner.dropColumn('users', col);
  }
  public async down(queryRunner: QueryRunner): Promise<void> {}
}
`);
    const found = a.hits
      .filter((h) => h.rule !== 'empty-down-migration' && h.rule !== 'missing-lock-timeout')
      .map((h) => [h.line, h.rule, h.message.match(/"[^"]*"/)?.[0]]);
    expect(found).toEqual([
      [4, 'drop-column', '"a"'],
      [4, 'drop-column', '"b"'],
      [6, 'drop-column', '"c"'],
      [6, 'drop-column', '"d"'],
      [8, 'not-analysed', undefined],
    ]);
  });
});

// Issue #9: `await this.dropColumns(queryRunner, 'dispatch_offer', ['validationJson', 'score'])`, a
// private method of the migration class looping `queryRunner.dropColumn(tablePath, column)` (the shape
// of public TypeORM migrations), was one notice for arguments built in code.
describe('a method of the migration class called with literal arguments', () => {
  it('is read once per call with its parameters bound to them', async () => {
    const a = await analyse(`import { MigrationInterface, QueryRunner } from 'typeorm';

export class DropScores1700000000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.dropColumns(queryRunner, 'dispatch_offer', ['validationJson', 'score']);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "dispatch_offer" ADD "score" float8');
  }

  private async dropColumns(queryRunner: QueryRunner, tablePath: string, columns: string[]): Promise<void> {
    if (!(await queryRunner.hasTable(tablePath))) return;
    for (const column of columns) {
      if (await queryRunner.hasColumn(tablePath, column)) await queryRunner.dropColumn(tablePath, column);
    }
  }
}
`);
    expect(a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule, h.message.match(/"[^"]*"/g)?.join(' ')])).toEqual([
      [15, 'drop-column', '"validationJson" "dispatch_offer"'],
      [15, 'drop-column', '"score" "dispatch_offer"'],
    ]);
  });
});
