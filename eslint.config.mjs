// ESLint (flat config) with typescript-eslint: the recommended rules that flag real problems, and
// the house's import rules as an editor sees them. The same import rules are checked on resolved
// imports, through every re-export and dynamic import(), by scripts/check-core-purity.mjs; both run
// in `npm run lint`. Formatting is prettier's job (`npm run format`), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Node modules that do I/O (or hand out a `require`, like node:module's createRequire).
const NODE_IO = [
  'fs',
  'fs/promises',
  'child_process',
  'cluster',
  'dgram',
  'dns',
  'dns/promises',
  'http',
  'http2',
  'https',
  'inspector',
  'module',
  'net',
  'os',
  'process',
  'readline',
  'repl',
  'tls',
  'tty',
  'url',
  'v8',
  'vm',
  'worker_threads',
  'wasi',
];
const CORE_IMPURE = 'The core (src/core) does no I/O and knows no face: pass what it needs in from a face (see src/core/parsers/wasm.ts).';

/**
 * no-restricted-imports for src/core: Node I/O modules, GitHub clients, Probot, database drivers,
 * and any relative import that climbs out of src/core. A relative specifier only says where it
 * leads from its own folder, so there is one entry per folder depth (`../x` leaves the core from
 * src/core/a.ts, `../../x` from src/core/sql/a.ts, and so on).
 */
function coreImportRules() {
  const paths = [
    ...NODE_IO.flatMap((name) => [
      { name, message: CORE_IMPURE },
      { name: `node:${name}`, message: CORE_IMPURE },
    ]),
    { name: 'octokit', message: CORE_IMPURE },
    { name: 'probot', message: CORE_IMPURE },
    { name: 'pg', message: CORE_IMPURE },
  ];
  const packages = { group: ['@octokit/*', '@actions/*', '@probot/*', '@electric-sql/*', 'probot/*'], message: CORE_IMPURE };
  return [0, 1, 2, 3, 4, 5].map((depth) => ({
    files: [`src/core/${'*/'.repeat(depth)}*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths, patterns: [packages, { regex: `^(\\.\\./){${depth + 1}}(\\.\\./|(?!core(/|$)))`, message: CORE_IMPURE }] },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist.tmp-*/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', 'examples/**', 'schema/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        // Node's globals (the project runs on Node only).
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        clearImmediate: 'readonly',
        queueMicrotask: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        fetch: 'readonly',
        Response: 'readonly',
        Request: 'readonly',
        Headers: 'readonly',
        performance: 'readonly',
        WebAssembly: 'readonly',
        Blob: 'readonly',
        globalThis: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        require: 'readonly',
      },
    },
  },
  {
    rules: {
      // Parsers and output tests match NUL, ESC and other control characters on purpose.
      'no-control-regex': 'off',
      // `let x = ''` before a branch that always sets it: a habit of the house, not a bug.
      'no-useless-assignment': 'off',
      // The house writes the cause's message into the error it throws, where the user reads it.
      'preserve-caught-error': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests poke at untyped JSON (webhook payloads, API bodies); the drill drives untyped PGlite results.
    files: ['test/**', 'src/drill/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  ...coreImportRules(),
  {
    files: ['src/app/**/*.ts', 'src/app.ts', 'src/lambda.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\.?/drill(/|$)', message: 'The App never runs the drill: it never executes PR code.' }] },
      ],
    },
  },
);
