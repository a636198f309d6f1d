import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import typeorm, { typeormToPieces } from '../../../src/core/frameworks/typeorm';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';

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
});
