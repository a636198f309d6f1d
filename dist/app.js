import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  appOctokit,
  appOptionsFrom,
  createApp,
  createNodeMiddleware,
  createProbot
} from "./chunk-OEATL3WS.js";
import "./chunk-3FZUAP4G.js";
import "./chunk-NFS4IIYW.js";
import "./chunk-SLAQWKJ4.js";
import "./chunk-ETT5GGDQ.js";
import "./chunk-K2KLJH5U.js";
import "./chunk-UNWKPUWI.js";
import "./chunk-HYY4EOWV.js";
import "./chunk-WYNSWX4E.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-VTJ6QDQT.js";
import "./chunk-BEZLO7CC.js";
import "./chunk-VRU5LLEH.js";
import "./chunk-ZFFODCYG.js";
import "./chunk-OQYEAIFO.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-7QYY34KQ.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-7WUAOE4O.js";
import "./chunk-QPD4Q67D.js";
import "./chunk-VIAG5GR7.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-EPOSKRKZ.js";
import {
  useNodeWasm
} from "./chunk-B5PBSPAV.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-H5HVMUYY.js";
import "./chunk-AYEM27GC.js";
import "./chunk-XVF5O5FK.js";
import "./chunk-ADI5M2KE.js";

// src/app/server.ts
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { resolve } from "node:path";
import { parseEnv } from "node:util";
function withDotEnv(env, file = resolve(env.ENV_FILE || ".env")) {
  if (!existsSync(file)) return env;
  const fromFile = parseEnv(readFileSync(file, "utf8"));
  return { ...fromFile, ...env };
}
function missingSettings(env) {
  const missing = [];
  if (!env.APP_ID) missing.push("APP_ID (the App ID from the App settings page)");
  if (!env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH) missing.push("PRIVATE_KEY or PRIVATE_KEY_PATH (the private key .pem)");
  if (!env.WEBHOOK_SECRET) missing.push("WEBHOOK_SECRET (the webhook secret set on the App)");
  return missing;
}
async function startServer(processEnv = process.env) {
  const env = withDotEnv(processEnv);
  const missing = missingSettings(env);
  if (missing.length) {
    process.stderr.write(
      `rollback-ready app: cannot start, not set: ${missing.join("; ")}.
Set them in the environment or in .env (cp .env.example .env; see docs/app.md).
`
    );
    process.exit(2);
  }
  const probot = createProbot({ env, overrides: { Octokit: appOctokit(env) } });
  const webhooksPath = env.WEBHOOK_PATH || "/api/github/webhooks";
  const middleware = await createNodeMiddleware(createApp(appOptionsFrom(env)), { probot, webhooksPath });
  const server = createServer((req, res) => {
    if (req.method === "GET" && (req.url === "/healthz" || req.url === "/ping")) {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
      return;
    }
    void middleware(req, res, () => {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    });
  });
  const port = env.PORT === void 0 || env.PORT === "" ? 3e3 : Number(env.PORT);
  const host = env.HOST || "0.0.0.0";
  await new Promise((resolve2, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve2());
  });
  const address = server.address();
  process.stdout.write(`rollback-ready app listening on http://${address.address}:${address.port}${webhooksPath}
`);
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  return server;
}

// src/app.ts
useNodeWasm();
await startServer();
