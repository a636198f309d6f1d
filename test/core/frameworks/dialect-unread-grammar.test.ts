// A grammar that fails to load while a config is read (a DataSource file, a knexfile, Laravel's
// config/database.php) leaves the migration's database in doubt, said, never a silent Postgres.
// The grammar is made unloadable through the WASM loader seam (src/core/parsers/wasm.ts) before
// anything in this file has loaded it (a loaded grammar is kept; a failed load is not).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { setWasmLoader } from '../../../src/core/parsers/wasm';
import { nodeWasmLoader } from '../../../src/node/wasm';
import typeorm from '../../../src/core/frameworks/typeorm';
import { laravelAppDialect } from '../../../src/core/frameworks/app-dialect';

const text = (rel: string) => readFileSync(`test/fixtures/patterns/${rel}`, 'utf8');
const reader = (files: Record<string, string>) => async (path: string) => files[path];
/** The node loader, except for the grammar of `broken` (`tree-sitter-javascript`), whose file cannot be read. */
const without = (broken: string) => ({
  load: (spec: string) => (spec.includes(broken) ? Promise.reject(new Error(`cannot read ${spec}: disk gone`)) : nodeWasmLoader.load(spec)),
});
afterEach(() => void setWasmLoader(nodeWasmLoader));

describe('a grammar that does not load while a config is read', () => {
  it('TypeORM: a JavaScript DataSource read without its grammar gives the notice; with it, MySQL', async () => {
    const path = 'server/src/migrations/1663824858297-InitialMigration.ts';
    const content = text(`typeorm-dialect/ok/songbook/${path}`);
    const files = { 'server/ormconfig.js': "module.exports = { type: 'mysql', host: 'db' };\n" };
    setWasmLoader(without('tree-sitter-javascript'));
    const { hits } = await typeorm.analyse({ path, content, siblings: {}, readFile: reader(files) });
    const notices = hits.filter((h) => h.rule === 'not-analysed');
    expect(notices, JSON.stringify(hits)).toHaveLength(1);
    expect(notices[0]!.message).toContain('could not be read: server/ormconfig.js (cannot read');
    expect(notices[0]!.message).toContain("`dialect: {'server/src/migrations/**': postgres}`");
    // The backticks of its MySQL SQL are read tolerantly, not given a Postgres parse error.
    expect(hits.map((h) => h.rule)).not.toContain('parse-error');

    setWasmLoader(nodeWasmLoader);
    const again = await typeorm.analyse({ path, content, siblings: {}, readFile: reader(files) });
    expect(again.hits).toEqual([]);
  });

  it("Laravel: config/database.php read without the PHP grammar, DB_CONNECTION's driver unknown", async () => {
    setWasmLoader(without('tree-sitter-php'));
    const files = { '.env.example': 'DB_CONNECTION=mysql\n', 'config/database.php': text('app-dialect/ok/koel/config/database.php') };
    expect(await laravelAppDialect('', reader(files))).toEqual({
      doubt: [{ dialect: 'mysql', from: "the app's DB_CONNECTION (.env.example)" }],
      unread: [{ file: 'config/database.php', failure: expect.stringContaining('disk gone') }],
    });
  });
});
