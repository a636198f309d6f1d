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
} from "./chunk-YFE3XBH2.js";
import "./chunk-Z3T4PHQL.js";
import "./chunk-A7OB7DX5.js";
import "./chunk-HLJU5Z7P.js";
import "./chunk-22Z7UT5T.js";
import "./chunk-3FZUAP4G.js";
import "./chunk-NC4UDZRN.js";
import "./chunk-HRVMLQ54.js";
import "./chunk-Z53GI5BO.js";
import "./chunk-PXEINMXX.js";
import "./chunk-AFULZOMO.js";
import "./chunk-RND3YNU6.js";
import "./chunk-MBQCLTKU.js";
import "./chunk-4D4VQUWN.js";
import "./chunk-BFM53OVH.js";
import "./chunk-PEBNUFUE.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-QWHFV5OT.js";
import "./chunk-U7OWEDTD.js";
import "./chunk-3CRR67YJ.js";
import "./chunk-SUCXTAHD.js";
import "./chunk-BEZLO7CC.js";
import "./chunk-2OWDQDHJ.js";
import "./chunk-F7OLIYN2.js";
import "./chunk-ZPFRN7I4.js";
import "./chunk-6P6DZJLR.js";
import "./chunk-2TJDLD7M.js";
import "./chunk-Y7UUL5HL.js";
import "./chunk-AYEM27GC.js";
import "./chunk-6JYHO3HJ.js";
import "./chunk-GHKLDGG7.js";

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
await startServer();
