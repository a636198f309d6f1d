// Entry point of `npm start` (node dist/app.js). Do not add logic here: see src/app/.
import { startServer } from './app/server';
import { useNodeWasm } from './node/wasm';

useNodeWasm();

await startServer();
