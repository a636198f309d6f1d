// Tests are a face too: they install the Node WASM loader the CLI, Action and App install at
// start-up, so the core's parsers can load their WASM (the core itself reads no files).
import { useNodeWasm } from '../../src/node/wasm';

useNodeWasm();
