// The App's HTTP server as `npm start` runs it: Probot's webhook middleware on an http.Server,
// configured from the environment and a `.env` file (see .env.example), plus a health check for
// load balancers.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { createNodeMiddleware, createProbot } from 'probot';
import { createApp } from './app-function';
import { appOptionsFrom } from './options';
import { appOctokit } from './octokit-defaults';

/**
 * The environment with `.env` (in the working directory, as Probot apps read it) under it: a
 * variable set in the environment wins over the file.
 */
export function withDotEnv(env: NodeJS.ProcessEnv, file = resolve(env.ENV_FILE || '.env')): NodeJS.ProcessEnv {
  if (!existsSync(file)) return env;
  const fromFile = parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
  return { ...fromFile, ...env };
}

/** What is missing from the environment, in words a person deploying the App can act on. */
export function missingSettings(env: NodeJS.ProcessEnv): string[] {
  const missing: string[] = [];
  if (!env.APP_ID) missing.push('APP_ID (the App ID from the App settings page)');
  if (!env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH) missing.push('PRIVATE_KEY or PRIVATE_KEY_PATH (the private key .pem)');
  if (!env.WEBHOOK_SECRET) missing.push('WEBHOOK_SECRET (the webhook secret set on the App)');
  return missing;
}

export async function startServer(processEnv: NodeJS.ProcessEnv = process.env): Promise<Server> {
  const env = withDotEnv(processEnv);
  const missing = missingSettings(env);
  if (missing.length) {
    process.stderr.write(
      `rollback-ready app: cannot start, not set: ${missing.join('; ')}.\nSet them in the environment or in .env (cp .env.example .env; see docs/app.md).\n`,
    );
    process.exit(2);
  }
  const probot = createProbot({ env, overrides: { Octokit: appOctokit(env) } });
  const webhooksPath = env.WEBHOOK_PATH || '/api/github/webhooks';
  const middleware = await createNodeMiddleware(createApp(appOptionsFrom(env)), { probot, webhooksPath });
  const server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url === '/healthz' || req.url === '/ping')) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return;
    }
    void middleware(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    });
  });
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  const host = env.HOST || '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  // One line on stdout that tools (and tests) can read the port from.
  process.stdout.write(`rollback-ready app listening on http://${address.address}:${address.port}${webhooksPath}\n`);
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return server;
}
