// The house's import rules, checked on resolved imports (TypeScript's own module resolution, the
// one the compiler uses), not on the text of import lines:
//   1. the core (src/core) does no I/O: nothing it reaches imports a Node I/O module, a GitHub
//      client, Probot, a database driver, or any file of src/ outside the core;
//   2. the App (src/app, src/app.ts, src/lambda.ts) never reaches the drill (src/drill).
// Every static import, `export … from`, `import type`, dynamic `import()` and `require()` counts,
// and each rule follows the graph through every file it reaches, so a re-export cannot hide one.
// A dynamic import the check cannot read (not a string literal) is an error in the core.
//
//   node scripts/check-core-purity.mjs [ROOT]     (ROOT defaults to the working directory)
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const root = resolve(process.argv[2] ?? '.');
const src = join(root, 'src');
const core = join(src, 'core');

// Node modules the core may use: computation only, no I/O.
const PURE_BUILTINS = new Set(['assert', 'assert/strict', 'buffer', 'events', 'path', 'path/posix', 'string_decoder', 'util']);
// Packages that talk to GitHub, a database or the process: never in the core.
const IO_PACKAGES = [/^octokit$/, /^@octokit\//, /^@actions\//, /^probot(\/|$)/, /^@probot\//, /^pg(\/|$)/, /^@electric-sql\//, /^pino(\/|$)/];

const configFile = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
if (configFile.error) throw new Error(ts.flattenDiagnosticMessageText(configFile.error.messageText, '\n'));
const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
const host = ts.createCompilerHost(options);
const resolutionCache = ts.createModuleResolutionCache(root, (f) => f, options);

const rel = (file) => relative(root, file).split(sep).join('/');
const inside = (file, dir) => file === dir || file.startsWith(dir + sep);

/** Every import of `file`: `{ spec, line }`, with `spec` undefined for a dynamic import of a computed name. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const info = ts.preProcessFile(text, true, true);
  const lineOf = (pos) => text.slice(0, pos).split('\n').length;
  const found = info.importedFiles.map((f) => ({ spec: f.fileName, line: lineOf(f.pos) }));
  // `import(expr)` with a computed name: preProcessFile skips it, so find it in the syntax tree.
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && !ts.isStringLiteralLike(node.arguments[0] ?? node)) {
      found.push({ spec: undefined, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  if (text.includes('import(')) visit(sf);
  return found;
}

/** What `spec` imported from `file` is: a builtin, a package, or a file of this repository. */
function classify(spec, file) {
  const bare = spec.replace(/^node:/, '');
  if (spec.startsWith('node:') || isBuiltin(spec)) return { kind: 'builtin', name: bare };
  const resolved = ts.resolveModuleName(spec, file, options, host, resolutionCache).resolvedModule;
  if (resolved && !resolved.isExternalLibraryImport && inside(resolved.resolvedFileName, root)) {
    return { kind: 'local', file: resolved.resolvedFileName };
  }
  if (spec.startsWith('.') || spec.startsWith('/')) return { kind: 'unresolved' };
  return { kind: 'package', name: spec };
}

function* walkDir(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkDir(path);
    else if (/\.(ts|mts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/**
 * Follows the import graph from `starts` through local files; `judge(import, from)` returns a
 * problem (a string) or undefined. Each problem names the importing file and line, and the path
 * from a start file when the import was reached through others.
 */
function check(starts, judge) {
  const problems = [];
  const via = new Map(starts.map((f) => [f, undefined]));
  const queue = [...starts];
  while (queue.length) {
    const file = queue.shift();
    for (const imp of importsOf(file)) {
      const what = imp.spec === undefined ? { kind: 'computed' } : classify(imp.spec, file);
      const problem = judge(what, imp.spec, file);
      if (problem) {
        const chain = [];
        for (let f = via.get(file); f; f = via.get(f)) chain.unshift(rel(f));
        problems.push(`${rel(file)}:${imp.line}: ${problem}${chain.length ? ` (reached from ${chain.join(' → ')})` : ''}`);
        continue;
      }
      if (what.kind === 'local' && !via.has(what.file) && !what.file.endsWith('.d.ts')) {
        via.set(what.file, file);
        queue.push(what.file);
      }
    }
  }
  return problems;
}

const coreFiles = [...walkDir(core)];
const coreProblems = check(coreFiles, (what, spec) => {
  const why = 'the core must stay free of I/O: pass what it needs in from a face (see src/core/parsers/wasm.ts)';
  if (what.kind === 'computed') return `imports a computed module name, which this check cannot follow (${why})`;
  if (what.kind === 'builtin' && !PURE_BUILTINS.has(what.name)) return `imports ${spec} (${why})`;
  if (what.kind === 'package' && IO_PACKAGES.some((re) => re.test(what.name))) return `imports ${spec} (${why})`;
  if (what.kind === 'local' && !inside(what.file, core) && !what.file.endsWith('.d.ts')) return `imports ${rel(what.file)} from outside src/core (${why})`;
  if (what.kind === 'unresolved') return `imports ${spec}, which does not resolve`;
  return undefined;
});

const appStarts = [...walkDir(join(src, 'app')), join(src, 'app.ts'), join(src, 'lambda.ts')];
const drill = join(src, 'drill');
const appProblems = check(appStarts, (what, spec) =>
  what.kind === 'local' && inside(what.file, drill)
    ? `imports ${spec} (${rel(what.file)}): the App never runs the drill (it never executes PR code)`
    : undefined,
);

const problems = [...coreProblems, ...appProblems];
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`import rules: ${problems.length} problem${problems.length === 1 ? '' : 's'} (scripts/check-core-purity.mjs)`);
  process.exit(1);
}
console.log(`import rules: ok (${coreFiles.length} core files and all they reach; the App reaches no drill file)`);
