/** Check runs: create, update, read, their annotations, and the runs on a commit. */
import type { Emu } from '../context';
import { asObject, HttpError, intParam, R, type Req, type RouteDef } from '../http';
import * as O from '../objects';
import type { Annotation, CheckRun } from '../types';

const MAX_OUTPUT = 65535;
const MAX_ANNOTATIONS = 50;

function checkRunJson(e: Emu, run: CheckRun) {
  const url = `${e.repoApi()}/check-runs/${run.id}`;
  const prs = [...e.state.pulls.values()].filter((p) => p.state === 'open' && e.headShaCache.get(p.number) === run.head_sha);
  const repo = { id: e.ctx.repoId, url: e.repoApi(), name: e.repoName };
  return {
    id: run.id,
    head_sha: run.head_sha,
    node_id: O.nodeId('CheckRun', run.id),
    external_id: run.external_id ?? '',
    url,
    html_url: `${e.repoWeb()}/runs/${run.id}`,
    details_url: run.details_url ?? `${e.ctx.web}/apps/${encodeURIComponent(e.ctx.appSlug)}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.check_suite_id },
    app: O.integration(e.ctx),
    pull_requests: prs.map((p) => ({
      id: p.id,
      number: p.number,
      url: `${e.repoApi()}/pulls/${p.number}`,
      head: { ref: p.head, sha: run.head_sha, repo },
      base: { ref: p.base, sha: e.baseShaCache.get(p.number) ?? run.head_sha, repo },
    })),
  };
}

function checkOutputLimits(output: Record<string, unknown> | undefined) {
  if (!output) return;
  for (const k of ['summary', 'text'] as const) {
    const v = output[k];
    if (typeof v === 'string' && v.length > MAX_OUTPUT) {
      throw new HttpError(422, 'Invalid request.', {
        errors: [
          { resource: 'CheckRun', field: `output.${k}`, code: 'invalid', message: `Only ${MAX_OUTPUT} characters are allowed; ${v.length} were supplied.` },
        ],
      });
    }
  }
  const anns = output.annotations;
  if (anns !== undefined && !Array.isArray(anns)) throw new HttpError(422, "Invalid request.\n\nFor 'properties/annotations', it is not an array.");
  if (Array.isArray(anns) && anns.length > MAX_ANNOTATIONS) {
    throw new HttpError(422, 'Invalid request.', {
      errors: [
        {
          resource: 'CheckRun',
          field: 'output.annotations',
          code: 'too_many',
          message: `Only ${MAX_ANNOTATIONS} annotations are allowed per request; ${anns.length} were supplied.`,
        },
      ],
    });
  }
}

function toAnnotation(a: Record<string, unknown>, i: number): Annotation {
  const level = a.annotation_level;
  if (
    typeof a.path !== 'string' ||
    typeof a.start_line !== 'number' ||
    typeof a.end_line !== 'number' ||
    typeof a.message !== 'string' ||
    (level !== 'notice' && level !== 'warning' && level !== 'failure')
  ) {
    throw new HttpError(422, `Invalid request.\n\nannotation ${i} needs path, start_line, end_line, annotation_level (notice|warning|failure) and message.`);
  }
  return {
    path: a.path,
    start_line: a.start_line,
    end_line: a.end_line,
    start_column: typeof a.start_column === 'number' ? a.start_column : null,
    end_column: typeof a.end_column === 'number' ? a.end_column : null,
    annotation_level: level,
    title: typeof a.title === 'string' ? a.title : null,
    message: a.message,
    raw_details: typeof a.raw_details === 'string' ? a.raw_details : null,
  };
}

function applyStatus(run: CheckRun, body: Record<string, unknown>, creating: boolean) {
  const conclusion = body.conclusion as string | undefined;
  const status = body.status as CheckRun['status'] | undefined;
  if (status === 'completed' && !conclusion && !run.conclusion) {
    throw new HttpError(422, 'Invalid request.\n\nNo conclusion given for a completed check run.');
  }
  if (typeof body.started_at === 'string') run.started_at = body.started_at;
  if (conclusion) {
    run.conclusion = conclusion;
    run.status = 'completed';
    run.completed_at = typeof body.completed_at === 'string' ? body.completed_at : O.now();
  } else if (status) {
    run.status = status;
    if (status !== 'completed') {
      run.conclusion = null;
      run.completed_at = null;
    }
  } else if (creating) run.status = 'queued';
  if (typeof body.details_url === 'string') run.details_url = body.details_url;
  if (typeof body.external_id === 'string') run.external_id = body.external_id;
  if (typeof body.name === 'string') run.name = body.name;
}

function applyOutput(run: CheckRun, output: Record<string, unknown> | undefined) {
  if (!output) return;
  const anns = Array.isArray(output.annotations) ? output.annotations.map(toAnnotation) : [];
  if (typeof output.title === 'string') run.output.title = output.title;
  if (typeof output.summary === 'string') run.output.summary = output.summary;
  if (typeof output.text === 'string') run.output.text = output.text;
  run.annotations.push(...anns);
}

function checkRun(e: Emu, id: number): CheckRun {
  const r = e.state.checkRuns.find((x) => x.id === id);
  if (!r) throw new HttpError(404, 'Not Found');
  return r;
}

async function createCheckRun(e: Emu, req: Req) {
  const body = asObject(req.body);
  if (typeof body.name !== 'string' || body.name === '') throw new HttpError(422, 'Invalid request.\n\n"name" wasn\'t supplied.');
  if (typeof body.head_sha !== 'string') throw new HttpError(422, 'Invalid request.\n\n"head_sha" wasn\'t supplied.');
  const output = body.output as Record<string, unknown> | undefined;
  checkOutputLimits(output);
  const headSha = body.head_sha;
  if (!/^[0-9a-f]{40}$/.test(headSha) || (await e.git.objectType(headSha)) !== 'commit') throw new HttpError(422, `No commit found for SHA: ${headSha}`);
  await e.refreshPrShas();
  let suite = e.suites.get(headSha);
  if (suite === undefined) {
    suite = ++e.ids.suite;
    e.suites.set(headSha, suite);
  }
  const run: CheckRun = {
    id: 0,
    name: body.name,
    head_sha: headSha,
    status: 'queued',
    conclusion: null,
    started_at: O.now(),
    completed_at: null,
    details_url: null,
    external_id: null,
    output: { title: null, summary: null, text: null },
    annotations: [],
    check_suite_id: suite,
    writes: 1,
  };
  applyStatus(run, body, true);
  applyOutput(run, output);
  run.id = ++e.ids.checkRun;
  e.state.checkRuns.push(run);
  return { status: 201, body: checkRunJson(e, run) };
}

async function updateCheckRun(e: Emu, req: Req) {
  const run = checkRun(e, intParam(req.params.check_run_id, 'check run'));
  const body = asObject(req.body);
  const output = body.output as Record<string, unknown> | undefined;
  checkOutputLimits(output);
  await e.refreshPrShas();
  // validate everything before mutating, so a rejected update changes nothing
  const draft: CheckRun = { ...run, output: { ...run.output }, annotations: [...run.annotations] };
  applyStatus(draft, body, false);
  applyOutput(draft, output);
  Object.assign(run, draft, { writes: run.writes + 1 });
  return { status: 200, body: checkRunJson(e, run) };
}

async function listForRef(e: Emu, req: Req) {
  const sha = await e.commitOr(req.params.ref ?? '', 422);
  await e.refreshPrShas();
  let runs = e.state.checkRuns.filter((r) => r.head_sha === sha);
  const name = req.query.get('check_name');
  if (name) runs = runs.filter((r) => r.name === name);
  const st = req.query.get('status');
  if (st) runs = runs.filter((r) => r.status === st);
  if ((req.query.get('filter') ?? 'latest') === 'latest') {
    const latest = new Map<string, CheckRun>();
    for (const r of runs) {
      const prev = latest.get(r.name);
      if (!prev || prev.id < r.id) latest.set(r.name, r);
    }
    runs = [...latest.values()];
  }
  runs = [...runs].sort((a, b) => b.id - a.id);
  const { page, headers } = e.page(req, runs);
  return { status: 200, body: { total_count: runs.length, check_runs: page.map((r) => checkRunJson(e, r)) }, headers };
}

function listAnnotations(e: Emu, req: Req) {
  const run = checkRun(e, intParam(req.params.check_run_id, 'check run'));
  const { page, headers } = e.page(req, run.annotations);
  const blob = (p: string) => `${e.repoWeb()}/blob/${run.head_sha}/${O.encPath(p)}`;
  return { status: 200, body: page.map((a) => ({ ...a, blob_href: blob(a.path) })), headers };
}

export function checkRoutes(e: Emu): RouteDef[] {
  return [
    ['POST', `${R}/check-runs`, (req) => createCheckRun(e, req)],
    ['PATCH', `${R}/check-runs/{check_run_id}`, (req) => updateCheckRun(e, req)],
    [
      'GET',
      `${R}/check-runs/{check_run_id}`,
      async (req) => {
        const run = checkRun(e, intParam(req.params.check_run_id, 'check run'));
        await e.refreshPrShas();
        return { status: 200, body: checkRunJson(e, run) };
      },
    ],
    ['GET', `${R}/check-runs/{check_run_id}/annotations`, (req) => listAnnotations(e, req)],
    ['GET', `${R}/commits/{ref}/check-runs`, (req) => listForRef(e, req)],
  ];
}
