/**
 * Validates emulator traffic against GitHub's published OpenAPI description
 * (@octokit/openapi, generated/api.github.com.json). Loaded once, compiled lazily per
 * operation and cached. Missing package → validation is unavailable (never an exception).
 */
// namespace imports: bundles often prepend a banner that itself imports `createRequire`/`dirname`
import * as emuFs from 'node:fs/promises';
import * as emuModule from 'node:module';
import * as emuPath from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = unknown;
interface OpenApiDoc {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { responses?: Record<string, { content?: Record<string, { schema?: Json }> }> } & Record<string, unknown>;
}
interface OpenApiOperation {
  operationId?: string;
  requestBody?: { content?: Record<string, { schema?: Json }> };
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: Json }> }>;
}

const DOC_ID = 'gh';

export function locateOpenApiDocument(): string | null {
  try {
    const req = emuModule.createRequire(import.meta.url);
    const pkg = req.resolve('@octokit/openapi/package.json');
    return emuPath.join(emuPath.dirname(pkg), 'generated', 'api.github.com.json');
  } catch {
    return null;
  }
}

/** OpenAPI 3.0 `nullable: true` without a `type` is not understood by ajv: rewrite it as anyOf. */
function rewriteNullable(node: Json): Json {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = rewriteNullable(node[i]);
    return node;
  }
  if (node === null || typeof node !== 'object') return node;
  const obj = node as Record<string, Json>;
  for (const k of Object.keys(obj)) obj[k] = rewriteNullable(obj[k]);
  // ajv's `nullable` does not extend an `enum`: allow null explicitly
  if (obj.nullable === true && Array.isArray(obj.enum) && !obj.enum.includes(null)) obj.enum = [...obj.enum, null];
  if (obj.nullable === true && obj.type === undefined) {
    const rest: Record<string, Json> = { ...obj };
    delete rest.nullable;
    const keep: Record<string, Json> = {};
    for (const k of ['description', 'title', 'example', 'examples']) {
      if (k in rest) {
        keep[k] = rest[k];
        delete rest[k];
      }
    }
    return { ...keep, anyOf: [rest, { type: 'null' }] };
  }
  return obj;
}

/** Copy the top of an operation-level schema, pointing its local $refs into the whole document. */
function rebase(node: Json): Json {
  if (Array.isArray(node)) return node.map(rebase);
  if (node === null || typeof node !== 'object') return node;
  const obj = node as Record<string, Json>;
  if (typeof obj.$ref === 'string' && obj.$ref.startsWith('#/')) return { $ref: `${DOC_ID}${obj.$ref}` };
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = rebase(v);
  return out;
}

export class OpenApiValidator {
  private ajv: Ajv;
  private cache = new Map<string, ValidateFunction | null>();

  private constructor(private readonly doc: OpenApiDoc) {
    this.ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false, logger: false, discriminator: false });
    const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
    (addFormats as unknown as (a: Ajv) => void)(this.ajv);
    this.ajv.addSchema(doc as object, DOC_ID);
  }

  private static shared = new Map<string, Promise<OpenApiValidator | null>>();

  /** Load once per process and path: emulators started in the same process share the compiled schemas. */
  static load(path: string | null | undefined = locateOpenApiDocument()): Promise<OpenApiValidator | null> {
    if (!path) return Promise.resolve(null);
    let p = OpenApiValidator.shared.get(path);
    if (!p) {
      p = OpenApiValidator.read(path);
      OpenApiValidator.shared.set(path, p);
    }
    return p;
  }

  private static async read(path: string): Promise<OpenApiValidator | null> {
    try {
      const doc = JSON.parse(await emuFs.readFile(path, 'utf8')) as OpenApiDoc;
      rewriteNullable(doc.components);
      rewriteNullable(doc.paths);
      return new OpenApiValidator(doc);
    } catch {
      return null;
    }
  }

  hasOperation(template: string, method: string): boolean {
    return Boolean(this.doc.paths[template]?.[method.toLowerCase()]);
  }

  private compile(key: string, schema: Json | undefined): ValidateFunction | null {
    if (this.cache.has(key)) return this.cache.get(key) ?? null;
    let fn: ValidateFunction | null = null;
    if (schema !== undefined) fn = this.ajv.compile(rebase(schema) as object);
    this.cache.set(key, fn);
    return fn;
  }

  private op(template: string, method: string): OpenApiOperation | undefined {
    return this.doc.paths[template]?.[method.toLowerCase()];
  }

  /** Returns an error message, or null when the body matches (or nothing is documented). */
  validateRequest(template: string, method: string, body: Json): string | null {
    const op = this.op(template, method);
    if (!op) return `no OpenAPI operation for ${method} ${template}`;
    const content = op.requestBody?.content;
    if (!content) return null;
    const schema = (content['application/json'] ?? Object.values(content)[0])?.schema;
    const fn = this.compile(`req ${method} ${template}`, schema);
    if (!fn || fn(body)) return null;
    return `request ${method} ${template}: ${this.ajv.errorsText(fn.errors?.slice(0, 5))}`;
  }

  validateResponse(template: string, method: string, status: number, body: Json): string | null {
    const op = this.op(template, method);
    if (!op) return `no OpenAPI operation for ${method} ${template}`;
    let resp = op.responses?.[String(status)];
    if (!resp) {
      if (status >= 400) return null; // undocumented error status: GitHub answers these too
      return `response ${method} ${template}: status ${status} is not documented`;
    }
    if (resp.$ref) resp = this.doc.components.responses?.[resp.$ref.split('/').pop() ?? ''];
    const content = resp?.content;
    if (!content) {
      if (body === undefined || body === null || body === '') return null;
      return `response ${method} ${template} ${status}: documented without a body but one was sent`;
    }
    const schema = (content['application/json'] ?? Object.values(content)[0])?.schema;
    const fn = this.compile(`res ${method} ${template} ${status}`, schema);
    if (!fn || fn(body)) return null;
    return `response ${method} ${template} ${status}: ${this.ajv.errorsText(fn.errors?.slice(0, 5))}`;
  }
}
