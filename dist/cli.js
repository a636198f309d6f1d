#!/usr/bin/env node
import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  spawnLintWorkers
} from "./chunk-II5MWUUH.js";
import {
  useNodeWasm
} from "./chunk-B5PBSPAV.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-ADI5M2KE.js";

// src/cli.ts
useNodeWasm();
var argv = process.argv.slice(2);
if (argv[0] === "lint") spawnLintWorkers(argv.length - 1, process.env);
var { main } = await import("./chunk-CGFYECX4.js");
var readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
};
main(argv, {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin,
  isTTY: process.stdout.isTTY === true,
  env: process.env
}).then((code) => {
  process.exitCode = code;
});
