// The Must-show of issue 12: `npm run lint` (ESLint, the resolved-import check, the type check)
// fails when the core imports an I/O module. Run on a copy of the tree (src/ and the lint's own
// configs, node_modules linked), so the real tree is never touched: the unmodified copy passes
// lint's import steps (ESLint and the resolved-import check, the steps `npm run lint` runs first),
// the copy with `import 'node:fs'` added to a core file fails `npm run lint` and names that file.
// The type check and prettier are left to `npm run lint` on the real tree: on the copy they
// doubled this file's time and cannot see an import the steps before them pass.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const COPIED = ['src', 'scripts/check-core-purity.mjs', 'eslint.config.mjs', 'tsconfig.json', 'package.json', '.prettierrc.json', '.prettierignore'];
let copy: string;

const run = (command: string, args: string[]) => {
  const r = spawnSync(command, args, { cwd: copy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
};
const lint = () => run('npm', ['run', '--silent', 'lint']);
const LINT_IMPORT_STEPS = 'eslint --cache . && node scripts/check-core-purity.mjs';
const lintImportSteps = () => run('sh', ['-c', `PATH="$PWD/node_modules/.bin:$PATH" && ${LINT_IMPORT_STEPS}`]);
const importRules = () => run(process.execPath, ['scripts/check-core-purity.mjs']);
const addLine = (file: string, line: string) => writeFileSync(join(copy, file), `${line}\n${readFileSync(join(copy, file), 'utf8')}`);

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'rr-import-rules-'));
  for (const path of COPIED) cpSync(join(root, path), join(copy, path), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run lint enforces the core’s purity on a copy of the tree', () => {
  it("passes on the unmodified copy, then fails on `import 'node:fs'` in src/core, naming the file", { timeout: 600_000 }, () => {
    // The steps run here are the ones `npm run lint` starts with.
    const scripts = (JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.lint!.startsWith(`${LINT_IMPORT_STEPS} && `)).toBe(true);
    const clean = lintImportSteps();
    expect(clean.output).toContain('import rules: ok');
    expect(clean.status).toBe(0);

    addLine('src/core/risk.ts', "import 'node:fs';");
    const dirty = lint();
    expect(dirty.status).not.toBe(0);
    expect(dirty.output).toMatch(/src\/core\/risk\.ts/);
    expect(dirty.output).toContain("'node:fs' import is restricted");

    // The resolved-import check fails on it by itself too (not only ESLint).
    const rules = importRules();
    expect(rules.status).toBe(1);
    expect(rules.output).toContain('src/core/risk.ts:1: imports node:fs');
  });

  it('follows re-exports and catches what ESLint cannot read: a computed import() and a face reached through a core file', { timeout: 120_000 }, () => {
    writeFileSync(join(copy, 'src/core/computed-import.ts'), "const name = ['node', 'fs'].join(':');\nexport const load = () => import(name);\n");
    writeFileSync(join(copy, 'src/core/reexport.ts'), "export * from './reexport-inner';\n");
    writeFileSync(join(copy, 'src/core/reexport-inner.ts'), "// A core file that re-exports a face\nexport { main } from '../cli/main';\n");
    const rules = importRules();
    expect(rules.status).toBe(1);
    expect(rules.output).toContain('src/core/computed-import.ts:2: imports a computed module name');
    expect(rules.output).toContain('src/core/reexport-inner.ts:2: imports src/cli/main.ts from outside src/core');
  });

  it('fails when the App reaches the drill, through any chain of imports', { timeout: 120_000 }, () => {
    writeFileSync(join(copy, 'src/runner/uses-drill.ts'), "export { rehearse } from '../drill/rehearse';\n");
    addLine('src/app/options.ts', "import '../runner/uses-drill';");
    const rules = importRules();
    expect(rules.status).toBe(1);
    expect(rules.output).toMatch(
      /src\/runner\/uses-drill\.ts:1: imports \.\.\/drill\/rehearse \(src\/drill\/rehearse\.ts\): the App never runs the drill.*reached from src\/app\/options\.ts/,
    );
  });
});
