#!/usr/bin/env node
// Entry point of the `rollback-ready` command. No logic here: see src/cli/main.ts.
import { spawnLintWorkers } from './cli/lint-spawn';
import { useNodeWasm } from './node/wasm';

useNodeWasm();
const argv = process.argv.slice(2);
// A large `lint` lints on several threads: their workers start now, before the rest of the CLI
// loads, so their start-up overlaps this thread's (src/cli/lint-spawn.ts).
if (argv[0] === 'lint') spawnLintWorkers(argv.length - 1, process.env);
const { main } = await import('./cli/main');

const readStdin = async () => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

main(argv, {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin,
  isTTY: process.stdout.isTTY === true,
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
