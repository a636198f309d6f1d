// Entry point of the Action (action.yml runs dist/action/index.js). Do not add logic here: see src/action/main.ts.
import { run } from './action/main';
import { useNodeWasm } from './node/wasm';

useNodeWasm();

await run();
