// The App on AWS Lambda (API Gateway proxy events), on Probot's own webhook verification: the same
// Probot as the server (no second Probot in the bundle). Each invocation verifies the signature,
// then runs the App's handlers to the end before it answers, since Lambda freezes the process
// afterwards. Invocations run side by side and converge through GitHub like replicas do.
import type { ApplicationFunction, Probot } from 'probot';

export interface ApiGatewayEvent {
  httpMethod?: string;
  path?: string;
  headers?: Record<string, string | undefined> | null;
  body?: string | null;
  isBase64Encoded?: boolean;
  /** API Gateway HTTP APIs (payload 2.0) */
  requestContext?: { http?: { method?: string; path?: string } };
  rawPath?: string;
}

export interface ApiGatewayResult {
  statusCode: number;
  headers?: Record<string, string>;
  body: string;
}

const json = (statusCode: number, data: unknown): ApiGatewayResult => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(data),
});

/** Errors of the handlers, however @octokit/webhooks wrapped them. */
function causes(e: unknown): unknown[] {
  if (e instanceof AggregateError) return e.errors.flatMap(causes);
  const errors = (e as { errors?: unknown[] })?.errors;
  return Array.isArray(errors) && errors.length ? errors.flatMap(causes) : [e];
}

export function createLambdaHandler(appFn: ApplicationFunction, probot: Probot) {
  // Loaded once per container: a reused container must not register the handlers twice.
  const loaded = probot.load(appFn);
  return async function webhooks(event: ApiGatewayEvent): Promise<ApiGatewayResult> {
    await loaded;
    const method = event.httpMethod ?? event.requestContext?.http?.method ?? 'POST';
    const path = event.path ?? event.rawPath ?? event.requestContext?.http?.path ?? '';
    if (method === 'GET' && /\/(healthz|ping)$/.test(path)) return { statusCode: 200, body: 'ok\n' };
    if (method !== 'POST') return json(405, { error: 'webhooks are POSTed' });
    // Header names are case-insensitive (API Gateway passes them as the client sent them).
    const headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v ?? '']));
    const id = headers['x-github-delivery'];
    const name = headers['x-github-event'];
    const signature = headers['x-hub-signature-256'];
    if (!id || !name || !signature)
      return json(400, { error: 'not a GitHub webhook delivery: x-github-delivery, x-github-event and x-hub-signature-256 are required' });
    const payload = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
    try {
      await probot.webhooks.verifyAndReceive({ id, name: name as never, signature, payload });
    } catch (e) {
      const all = causes(e);
      const bad = all.find((c) => (c as { status?: number })?.status === 400);
      if (bad) return json(400, { error: bad instanceof Error ? bad.message : String(bad) });
      // The handlers failed (and logged why): GitHub shows the delivery as failed.
      return json(500, { error: all.map((c) => (c instanceof Error ? c.message : String(c))).join('; ') });
    }
    return json(200, { ok: true });
  };
}
