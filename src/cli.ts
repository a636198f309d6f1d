#!/usr/bin/env node
// Entry point of the `rollback-ready` command. No logic here: see src/cli/main.ts.
import { main } from './cli/main';
import { useNodeWasm } from './node/wasm';

useNodeWasm();

const readStdin = async () => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin,
  isTTY: process.stdout.isTTY === true,
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
