// One embedded Postgres (PGlite) per worker thread. PGlite runs in WebAssembly on the thread that
// calls it and honours no statement_timeout: a statement that hangs (pg_sleep, an endless loop)
// would block its thread for good. Hosting it here lets the drill stop such a statement by
// terminating the worker. Plain JavaScript so it runs unbundled from src/ as well as from dist/.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from './extensions.mjs';

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

/** @param {unknown} error */
function describe(error) {
  const e = /** @type {{ message?: string, code?: string, position?: string | number, where?: string }} */ (error ?? {});
  return { message: String(e.message ?? error), code: e.code, position: e.position === undefined ? undefined : Number(e.position), where: e.where };
}

/**
 * The contrib extensions the migrations create (`workerData.extensions`, found by the drill in their
 * CREATE EXTENSION statements), loaded at start-up from their bundles beside the bundle in dist/ (or
 * in PGlite's package): each costs start-up time, so only those. One it does not ship fails visibly.
 */
function extensions(/** @type {string | undefined} */ assets, /** @type {string[]} */ wanted) {
  if (!assets) return {};
  return Object.fromEntries(
    PGLITE_EXTENSIONS.filter((name) => wanted.includes(name)).map((name) => [
      name.replace(/-/g, '_'),
      { name, setup: async () => ({ bundlePath: new URL(`${name}.tar.gz`, assets) }) },
    ]),
  );
}

const opening = (async () => {
  const data = workerData?.loadDataDir;
  const options = { extensions: extensions(workerData?.assets, workerData?.extensions ?? []) };
  const db = await PGlite.create(data ? { ...options, loadDataDir: new Blob([data]) } : options);
  const { rows } = await db.query('SELECT version() AS v');
  return { db, version: String(/** @type {{ v: string }} */ (rows[0]).v) };
})();

port.on('message', async (/** @type {{ id: number, op: string, sql?: string, params?: unknown[], data?: string }} */ m) => {
  try {
    const { db, version } = await opening;
    if (m.op === 'open') return port.postMessage({ id: m.id, ok: true, version });
    if (m.op === 'exec') {
      await db.exec(/** @type {string} */ (m.sql));
      return port.postMessage({ id: m.id, ok: true });
    }
    if (m.op === 'query') {
      const { rows } = await db.query(/** @type {string} */ (m.sql), m.params ?? []);
      return port.postMessage({ id: m.id, ok: true, rows });
    }
    if (m.op === 'copy') {
      // `COPY … FROM '/dev/blob'`: the rows a script holds inline, as psql would send them.
      await db.query(/** @type {string} */ (m.sql), [], { blob: new Blob([m.data ?? '']) });
      return port.postMessage({ id: m.id, ok: true });
    }
    if (m.op === 'dump') {
      const blob = await db.dumpDataDir('gzip');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return port.postMessage({ id: m.id, ok: true, bytes }, [bytes.buffer]);
    }
    if (m.op === 'close') {
      await db.close();
      return port.postMessage({ id: m.id, ok: true });
    }
    port.postMessage({ id: m.id, ok: false, error: { message: `unknown operation ${m.op}` } });
  } catch (error) {
    port.postMessage({ id: m.id, ok: false, error: describe(error) });
  }
});
