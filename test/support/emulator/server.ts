/**
 * The emulator's HTTP server: one request goes through faults, routing, the handler and OpenAPI
 * validation of the exchange; the handlers live in routes/, one module per API area.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Emu } from './context';
import { applyFault, armFaults, type ArmedFault } from './faults';
import { HttpError, readBody, send, type Res, type Route } from './http';
import * as O from './objects';
import { buildRoutes, matchRoute } from './router';
import { OpenApiValidator } from './validator';
import type { Actor, Emulator, EmulatorOptions, Exchange, PullRequest, RecordedRequest } from './types';

interface Server {
  e: Emu;
  routes: Route[];
  validator: OpenApiValidator | null;
  validationErrors: string[];
  requests: RecordedRequest[];
  exchanges: Exchange[];
  faults: ArmedFault[];
}

const tokenOf = (req: IncomingMessage) => /^(?:token|bearer)\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];

function actorOf(e: Emu, req: IncomingMessage): Actor {
  const h = req.headers['x-emulator-user'];
  const login = Array.isArray(h) ? h[0] : h;
  if (login) return { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
  // A personal access token acts as its user.
  const token = tokenOf(req);
  const owner = token ? e.opts.tokens?.[token] : undefined;
  if (owner) return { login: owner, type: owner.endsWith('[bot]') ? 'Bot' : 'User' };
  return { login: e.ctx.botLogin, type: 'Bot' };
}

/** The handler's answer; an HttpError becomes GitHub's error body, a crash a 500 noted as an error. */
async function answer(
  s: Server,
  route: Route,
  req: IncomingMessage,
  parts: { method: string; path: string; url: URL; params: Record<string, string>; body: unknown },
): Promise<Res> {
  const { method, path } = parts;
  try {
    return await route.handler({
      method,
      path,
      query: parts.url.searchParams,
      params: parts.params,
      body: parts.body,
      actor: actorOf(s.e, req),
      headers: req.headers,
    });
  } catch (e) {
    if (e instanceof HttpError) {
      if (e.status >= 500) s.validationErrors.push(`emulator error on ${method} ${path}: ${e.message}`);
      return e.status === 422
        ? { status: 422, body: { ...O.validationError(e.message), ...(e.extra ?? {}) } }
        : { status: e.status, body: O.basicError(e.message, e.status) };
    }
    const msg = e instanceof Error ? e.message : String(e);
    s.validationErrors.push(`emulator crashed on ${method} ${path}: ${msg}`);
    return { status: 500, body: O.basicError(msg, 500) };
  }
}

/** Checks the exchange against GitHub's OpenAPI description, when it is available. */
function validate(s: Server, template: string, method: string, body: unknown, out: Res) {
  if (!s.validator) return;
  try {
    // a request GitHub would reject is only an error when the emulator accepted it
    if (body !== undefined && out.status < 400) {
      const err = s.validator.validateRequest(template, method, body);
      if (err) s.validationErrors.push(err);
    }
    if (!out.raw) {
      const err = s.validator.validateResponse(template, method, out.status, out.body);
      if (err) s.validationErrors.push(err);
    }
  } catch (e) {
    s.validationErrors.push(`validator failed on ${method} ${template}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function handle(s: Server, req: IncomingMessage, res: ServerResponse) {
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', 'http://emulator');
  const path = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
  let body: unknown = undefined;
  const record = (status: number, extra: Partial<RecordedRequest> = {}) => {
    s.requests.push({ method, path, query: url.search, status, ...extra });
    s.exchanges.push({ method, path, query: url.search, status, ...(body !== undefined ? { body } : {}) });
  };
  const reply = (status: number, out: unknown, headers: Record<string, string> = {}, raw?: Buffer) => send(res, s.requests.length, status, out, headers, raw);
  const text = await readBody(req);
  const token = tokenOf(req);
  const fault = await applyFault(
    s.faults.find((x) => (!x.only || x.only.test(path)) && (!x.token || x.token === token)),
    method,
  );
  if (fault.kind === 'answer') {
    reply(fault.status, fault.body, fault.headers);
    return record(fault.status, { fault: true });
  }
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      reply(400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest', status: '400' });
      return record(400);
    }
  }
  const m = matchRoute(s.e, s.routes, method, path);
  if (!m) {
    s.validationErrors.push(`unhandled route: ${method} ${path}`);
    reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    return record(404);
  }
  const out = await answer(s, m.route, req, { method, path, url, params: m.params, body });
  validate(s, m.route.template, method, body, out);
  if (fault.kind === 'lose-answer') {
    reply(502, { message: 'Server Error', status: '502' });
    return record(502, { fault: true, landed: out.status < 400 });
  }
  reply(out.status, out.body, out.headers ?? {}, out.raw);
  record(out.status);
}

async function listen(s: Server, port: number | undefined) {
  const server = createServer((req, res) => {
    handle(s, req, res).catch((e: unknown) => {
      s.validationErrors.push(`emulator failure: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'emulator failure' }));
      } else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port ?? 0, '127.0.0.1', () => resolve());
  });
  return server;
}

export async function startEmulator(opts: EmulatorOptions): Promise<Emulator> {
  const e = await Emu.create(opts);
  const validator = opts.validate === false ? null : await OpenApiValidator.load(opts.openapiPath);
  const s: Server = { e, routes: buildRoutes(e), validator, validationErrors: [], requests: [], exchanges: [], faults: [] };
  if (validator) {
    for (const r of s.routes)
      if (!validator.hasOperation(r.template, r.method)) s.validationErrors.push(`emulator route ${r.method} ${r.template} has no OpenAPI operation`);
  }
  const server = await listen(s, opts.port);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  e.ctx.api = url;
  e.ctx.web = url;
  return {
    url,
    owner: e.owner,
    repo: e.repoName,
    state: e.state,
    requests: s.requests,
    exchanges: s.exchanges,
    validationErrors: s.validationErrors,
    validationAvailable: validator !== null,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    ...controls(e),
    resetRequests() {
      s.requests.length = 0;
      s.exchanges.length = 0;
    },
    injectFaults(f) {
      s.faults = armFaults(f);
    },
  };
}

/** What a test does to the emulated GitHub directly, as people do on github.com. */
function controls(e: Emu): Pick<Emulator, 'createPullRequest' | 'updatePullRequest' | 'setPermission' | 'addComment' | 'editComment'> {
  const { state } = e;
  return {
    createPullRequest(p) {
      const number = ++e.ids.pull;
      const t = O.now();
      const pr: PullRequest = {
        number,
        id: 500_000_000 + number,
        head: p.head,
        base: p.base,
        title: p.title ?? `Pull request #${number}`,
        body: p.body ?? null,
        user: p.user ?? 'octocat',
        state: 'open',
        draft: p.draft ?? false,
        created_at: t,
        updated_at: t,
        closed_at: null,
      };
      if (p.changed_files_override !== undefined) pr.changed_files_override = p.changed_files_override;
      state.pulls.set(number, pr);
      return pr;
    },
    updatePullRequest(n, patch) {
      const pr = state.pulls.get(n);
      if (!pr) throw new Error(`no pull request #${n}`);
      Object.assign(pr, patch);
      if (patch.state === 'closed') pr.closed_at = O.now();
      if (patch.state === 'open') pr.closed_at = null;
      pr.updated_at = O.now();
    },
    setPermission(login, permission, role_name) {
      state.permissions.set(login, { permission, role_name: role_name ?? (permission === 'none' ? 'none' : permission) });
    },
    addComment(n, body, login) {
      if (!state.pulls.has(n)) throw new Error(`no pull request #${n}`);
      return e.insertComment(n, body, { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' });
    },
    editComment(id, edit, at) {
      const c = e.comment(id);
      const before = c.body;
      // Read and written in one step, as GitHub's editor refuses a save over a newer version.
      c.body = typeof edit === 'function' ? edit(before) : edit;
      c.updated_at = at ?? O.now();
      return { before, comment: c };
    },
  };
}
