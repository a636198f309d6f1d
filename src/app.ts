// Entry point of `npm start` (node dist/app.js). Do not add logic here: see src/app/.
import { startServer } from './app/server';

await startServer();
