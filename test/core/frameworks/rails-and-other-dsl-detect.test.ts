import { describe, expect, it } from 'vitest';
import { detectDslFramework } from '../../../src/core/frameworks/dsl/detect';

describe('detectDslFramework', () => {
  it.each([
    ['db/migrate/20240101_x.rb', 'class X < ActiveRecord::Migration[7.0]; end', 'rails'],
    ['db/post_migrate/20240101_x.rb', 'class X < ActiveRecord::Migration[7.0]; end', 'rails'],
    ['shop/migrations/0001_initial.py', 'class Migration(migrations.Migration):\n    operations = []', 'django'],
    ['migrations/versions/abc_x.py', 'def upgrade():\n    pass\n', 'alembic'],
    ['alembic/versions/abc_x.py', 'def upgrade():\n    pass\n', 'alembic'],
    ['src/migrations/1-X.ts', 'export class X implements MigrationInterface {}', 'typeorm'],
    ['migrations/1-x.js', 'module.exports = { up: async (queryInterface) => {} }', 'sequelize'],
    ['migrations/1_x.js', 'exports.up = (pgm) => {}', 'node-pg-migrate'],
    ['migrations/1_x.js', 'exports.up = (knex) => knex.schema.dropTable("x")', 'knex'],
    ['database/migrations/2024_01_01_x.php', '<?php', 'laravel'],
    ['priv/repo/migrations/1_x.exs', 'defmodule X do end', 'ecto'],
    ['prisma/migrations/1_x/migration.sql', 'SELECT 1;', 'prisma'],
    ['src/main/resources/db/changelog/changes.xml', '<databaseChangeLog/>', 'liquibase'],
    ['db/changelog-master.yaml', 'databaseChangeLog:\n  - include: {file: a.yaml}', 'liquibase'],
    ['db/changelog/1.sql', '--liquibase formatted sql\n', 'liquibase'],
  ])('%s → %s', (path, content, fw) => {
    expect(detectDslFramework(path, content)).toBe(fw);
  });

  it('leaves files of no DSL framework alone', () => {
    expect(detectDslFramework('db/changelog/1.sql', 'DROP TABLE x;')).toBeUndefined();
    expect(detectDslFramework('migrations/1_x.js', 'console.log(1)')).toBeUndefined();
    expect(detectDslFramework('src/app.rb', 'x')).toBeUndefined();
  });
});
