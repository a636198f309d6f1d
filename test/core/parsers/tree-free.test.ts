// Tree-sitter trees live in WASM memory that the garbage collector never frees: every reader must
// delete its tree however it ends, or the long-running App leaks a tree per failing file. Trees are
// observed through web-tree-sitter's own Parser (the module the core loads), counting what each
// reader parses and deletes; a failure is injected where every reader first touches its tree.
import { afterEach, describe, expect, it } from 'vitest';
import { Parser } from 'web-tree-sitter';
import { analyseTerraform } from '../../../src/core/deploy/terraform';
import { alembicToPieces } from '../../../src/core/frameworks/alembic';
import { dbMigrateJsPieces } from '../../../src/core/frameworks/db-migrate';
import { djangoToPieces } from '../../../src/core/frameworks/django';
import { ectoToPieces } from '../../../src/core/frameworks/ecto';
import { knexToPieces } from '../../../src/core/frameworks/knex';
import { laravelToPieces } from '../../../src/core/frameworks/laravel';
import { nodePgMigrateToPieces } from '../../../src/core/frameworks/node-pg-migrate';
import { fizzToPieces } from '../../../src/core/frameworks/pop';
import { gooseGoUpPieces } from '../../../src/core/frameworks/goose-go';
import { railsToPieces } from '../../../src/core/frameworks/rails';
import { sequelizeToPieces } from '../../../src/core/frameworks/sequelize';
import { typeormToPieces } from '../../../src/core/frameworks/typeorm';

const JS_UP_DOWN = 'exports.up = function (db) { return db.dropTable("users"); };\nexports.down = function (db) { return null; };\n';

const readers: [string, () => Promise<unknown>][] = [
  ['rails', () => railsToPieces('class DropUsers < ActiveRecord::Migration[7.1]\n  def change\n    drop_table :users\n  end\nend\n')],
  [
    'django',
    () =>
      djangoToPieces('from django.db import migrations\n\nclass Migration(migrations.Migration):\n    operations = [migrations.DeleteModel(name="User")]\n'),
  ],
  ['alembic', () => alembicToPieces('from alembic import op\n\ndef upgrade():\n    op.drop_table("users")\n\ndef downgrade():\n    pass\n')],
  ['ecto', () => ectoToPieces('defmodule M do\n  use Ecto.Migration\n  def change do\n    drop table(:users)\n  end\nend\n')],
  ['laravel', () => laravelToPieces("<?php\nreturn new class extends Migration {\n  public function up(): void { Schema::drop('users'); }\n};\n")],
  ['pop (fizz)', () => fizzToPieces('drop_table("users")\n')],
  ['knex', () => knexToPieces('exports.up = (knex) => knex.schema.dropTable("users");\nexports.down = () => {};\n')],
  ['node-pg-migrate', () => nodePgMigrateToPieces('exports.up = (pgm) => { pgm.dropTable("users"); };\n')],
  ['db-migrate', () => dbMigrateJsPieces('migrations/20240101-drop.js', JS_UP_DOWN)],
  ['typeorm', () => typeormToPieces('export class Drop { async up(q) { await q.query("DROP TABLE users"); } async down(q) {} }\n')],
  ['sequelize', () => sequelizeToPieces('module.exports = { up: (q) => q.dropTable("users"), down: () => {} };\n')],
  [
    'goose (Go)',
    () =>
      gooseGoUpPieces(
        'package m\n\nfunc init() { goose.AddMigrationContext(up, nil) }\n\nfunc up(ctx context.Context, tx *sql.Tx) error {\n\t_, err := tx.ExecContext(ctx, "DROP TABLE users")\n\treturn err\n}\n',
      ),
  ],
  ['terraform', () => analyseTerraform('resource "aws_db_instance" "db" {\n  deletion_protection = false\n}\n')],
];

const realParse = Parser.prototype.parse;
afterEach(() => {
  Parser.prototype.parse = realParse;
});

/** Counts the trees parsed and deleted while `read` runs; `fail` makes every tree's root throw. */
async function watchTrees(read: () => Promise<unknown>, fail: boolean): Promise<{ parsed: number; deleted: number; error?: unknown }> {
  const counts = { parsed: 0, deleted: 0 };
  Parser.prototype.parse = function (this: Parser, ...args: Parameters<Parser['parse']>) {
    const tree = realParse.apply(this, args);
    if (!tree) return tree;
    counts.parsed++;
    const free = tree.delete.bind(tree);
    tree.delete = () => {
      counts.deleted++;
      free();
    };
    if (fail) {
      Object.defineProperty(tree, 'rootNode', {
        get() {
          throw new Error('injected reader failure');
        },
      });
    }
    return tree;
  };
  try {
    await read();
    return counts;
  } catch (error) {
    return { ...counts, error };
  } finally {
    Parser.prototype.parse = realParse;
  }
}

describe('every tree-sitter tree is deleted, once, however its reader ends', () => {
  it.each(readers)('%s: a reader that throws still deletes its tree', async (_name, read) => {
    await read(); // load the grammar first, so only the reader's own parse is counted
    const seen = await watchTrees(read, true);
    expect(seen.parsed).toBeGreaterThan(0);
    expect(seen.deleted).toBe(seen.parsed);
    // The failure really happened inside the reader: it was thrown, or turned into a finding.
    if (seen.error) expect(String(seen.error)).toContain('injected reader failure');
  });

  it.each(readers)('%s: a reader that succeeds deletes its tree exactly once', async (_name, read) => {
    const seen = await watchTrees(read, false);
    expect(seen.error).toBeUndefined();
    expect(seen.parsed).toBeGreaterThan(0);
    expect(seen.deleted).toBe(seen.parsed);
  });
});
