/**
 * The emulator's HTTP vocabulary: a request as handlers see it, their answer, GitHub's error
 * shapes, route templates compiled to regular expressions, and writing an answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Actor } from './types';

export interface Req {
  method: string;
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  body: unknown;
  actor: Actor;
  headers: IncomingMessage['headers'];
}
export interface Res {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** raw bytes (not JSON, not validated) */
  raw?: Buffer;
}
export type Handler = (req: Req) => Promise<Res> | Res;
/** A route as a module declares it: method, OpenAPI path template, handler. */
export type RouteDef = [method: string, template: string, handler: Handler];
export interface Route {
  method: string;
  template: string;
  re: RegExp;
  names: string[];
  handler: Handler;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** The repository routes' prefix. */
export const R = '/repos/{owner}/{repo}';

export function compileTemplate(template: string): { re: RegExp; names: string[] } {
  const names: string[] = [];
  const src = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    // a repository path may be empty (`/contents` is the root) and may contain slashes, like refs
    if (name === 'path') return '(?:/(.*?))?';
    return name === 'basehead' || name === 'ref' ? '/(.+?)' : '/([^/]+)';
  });
  return { re: new RegExp(`^${src}/?$`), names };
}

/** More specific templates first: literal segments beat parameters that may contain slashes. */
export function specificity(template: string): number {
  const segs = template.split('/').filter(Boolean);
  const literal = segs.filter((s) => !s.startsWith('{')).length;
  const greedy = /\{(path|basehead|ref)\}/.test(template) ? 1 : 0;
  return literal * 10 + segs.length - greedy * 5;
}

export function intParam(v: string | undefined, what: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new HttpError(404, 'Not Found', { what });
  return n;
}

export function asObject(b: unknown): Record<string, unknown> {
  if (b === null || typeof b !== 'object' || Array.isArray(b)) throw new HttpError(400, 'Problems parsing JSON');
  return b as Record<string, unknown>;
}

export function base64Lines(buf: Buffer): string {
  const b64 = buf.toString('base64');
  let out = '';
  for (let i = 0; i < b64.length; i += 60) out += `${b64.slice(i, i + 60)}\n`;
  return out;
}

/** GitHub's page of a list: `per_page` (≤ 100) and `page` from the query, and the Link header. */
export function paginate<T>(
  api: string,
  req: Req,
  items: T[],
  opt: { defaultPer?: number; cap?: number } = {},
): { page: T[]; headers: Record<string, string> } {
  const per = Math.min(100, Math.max(1, Number(req.query.get('per_page')) || opt.defaultPer || 30));
  const pageNo = Math.max(1, Number(req.query.get('page')) || 1);
  const total = Math.min(items.length, opt.cap ?? Infinity);
  const last = Math.max(1, Math.ceil(total / per));
  const start = (pageNo - 1) * per;
  const page = start >= total ? [] : items.slice(start, Math.min(start + per, total));
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(req.query);
    q.set('per_page', String(per));
    q.set('page', String(p));
    return `<${api}${req.path}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (pageNo > 1) links.push(link(Math.min(pageNo - 1, last), 'prev'));
  if (pageNo < last) links.push(link(pageNo + 1, 'next'));
  if (pageNo < last) links.push(link(last, 'last'));
  if (pageNo > 1) links.push(link(1, 'first'));
  return { page, headers: links.length ? { link: links.join(', ') } : {} };
}

export function send(res: ServerResponse, requestNo: number, status: number, body: unknown, headers: Record<string, string>, raw?: Buffer) {
  const base: Record<string, string> = {
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-github-request-id': `EMU:${requestNo}`,
    ...headers,
  };
  if (raw) {
    res.writeHead(status, { ...base, 'content-length': String(raw.length), 'content-type': headers['content-type'] ?? 'application/octet-stream' });
    res.end(raw);
    return;
  }
  if (status === 204 || body === undefined) {
    res.writeHead(status, base);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...base, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
