// The names DSL frameworks write into SQL: every Postgres keyword that cannot stand as a column or
// table name unquoted is quoted (checked against the parser itself, whatever its version), and a
// migration naming a column so keeps its rules instead of a syntax notice about SQL no one wrote.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ident, QUOTED_KEYWORDS, sql } from '../../../src/core/frameworks/dsl/common';
import { loadPgParser } from '../../../src/core/sql/pg';
import { alembicToPieces } from '../../../src/core/frameworks/alembic';
import alembic from '../../../src/core/frameworks/alembic';

/** Every word the parser knows as reserved (4) or a type/function name (3): from its keyword table, compiled into the WASM. */
async function parserKeywords(): Promise<Set<string>> {
  const pg = await loadPgParser();
  const wasm = readFileSync(createRequire(import.meta.url).resolve('libpg-query/wasm/libpg-query.wasm')).toString('latin1');
  const words = [...new Set(wasm.match(/(?<=\0)[a-z_]{2,}(?=\0)/g))];
  return new Set(
    pg
      .scan(words.join(' '))
      .tokens.filter((t) => t.keywordKind >= 3)
      .map((t) => t.text),
  );
}

describe('ident', () => {
  it("quotes exactly the parser's reserved and type/function-name keywords among plain names", async () => {
    const keywords = await parserKeywords();
    expect(keywords.size).toBeGreaterThan(90);
    expect([...keywords].filter((k) => !QUOTED_KEYWORDS.has(k)).sort()).toEqual([]);
    expect([...QUOTED_KEYWORDS].filter((k) => !keywords.has(k)).sort()).toEqual([]);
  });

  it('makes statements the parser reads for every such name', async () => {
    const pg = await loadPgParser();
    for (const word of QUOTED_KEYWORDS) {
      const statements = [
        sql.addColumn(word, { name: word, type: 'integer', notNull: true }),
        sql.dropColumn('t', word),
        sql.setNotNull('t', word),
        sql.changeType(word, word, 'text'),
        `CREATE INDEX ON ${ident(word)} (${ident(word)});`,
      ];
      for (const s of statements) expect(() => pg.parse(s), s).not.toThrow();
    }
    expect(ident('users')).toBe('users');
    expect(ident('window')).toBe('"window"');
  });

  it('keeps the rules of an Alembic revision naming a column "window" or "offset" (dispatch, SQLAlchemy quotes them)', async () => {
    const source = [
      'def upgrade():',
      '    op.add_column("duplication_rule", sa.Column("window", sa.Integer(), nullable=True))',
      '    op.alter_column("users", "offset", existing_type=sa.Integer(), nullable=False)',
      '',
      'def downgrade():',
      '    op.alter_column("users", "offset", existing_type=sa.Integer(), nullable=True)',
      '    op.drop_column("duplication_rule", "window")',
      '',
    ].join('\n');
    expect((await alembicToPieces(source)).up.map((p) => p.sql)).toContain('ALTER TABLE duplication_rule ADD COLUMN "window" integer;');
    const a = await alembic.analyse({ path: 'migrations/versions/1_a.py', content: source, siblings: {} });
    const rules = a.hits.map((h) => h.rule);
    expect(rules).not.toContain('parse-error');
    expect(rules).toContain('set-not-null');
  });
});
