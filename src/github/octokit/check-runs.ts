// Check runs: find this App's run of a name on a SHA, start one, and complete it with its
// annotations (50 per request, appended, never twice).
import type { CheckAnnotation, CheckRunRequest, ExistingCheckRun } from '../port';
import { write } from '../writes';
import { type ApiCheckRun, NO_PLUGIN_RETRY, pages, type PortContext, toCheckRun } from './api';

/** GitHub answers 50 annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;

const annotationKey = (a: Pick<CheckAnnotation, 'path' | 'start_line' | 'annotation_level' | 'title' | 'message'>) =>
  JSON.stringify([a.path, a.start_line, a.annotation_level, a.title, a.message]);

/** The App's own runs only: another app may publish a check of the same name. */
async function ownRun(ctx: PortContext, r: ApiCheckRun): Promise<boolean> {
  const slug = r.app?.slug;
  if (!slug) return true;
  const me = await ctx.botLogin().catch(() => undefined);
  // A personal access token cannot create check runs: then any app's run of this name is ours.
  if (!me || !me.endsWith('[bot]')) return true;
  return me.slice(0, -'[bot]'.length) === slug;
}

async function listCheckRuns(ctx: PortContext, headSha: string, name: string): Promise<ExistingCheckRun[]> {
  const out: ExistingCheckRun[] = [];
  const params = { ref: headSha, check_name: name, filter: 'all', per_page: 100 };
  for await (const page of pages<ApiCheckRun>(ctx, 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs', params)) {
    for (const r of page.data) if (r.name === name && (await ownRun(ctx, r))) out.push(toCheckRun(r));
  }
  return out.sort((a, b) => a.id - b.id);
}

async function findCheckRun(ctx: PortContext, headSha: string, name: string): Promise<ExistingCheckRun | undefined> {
  const { octokit, base } = ctx;
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    ...base,
    ref: headSha,
    check_name: name,
    filter: 'latest',
    per_page: 100,
  });
  for (const r of (data as { check_runs: ApiCheckRun[] }).check_runs) if (r.name === name && (await ownRun(ctx, r))) return toCheckRun(r);
  return undefined;
}

async function annotationKeys(ctx: PortContext, id: number): Promise<Set<string>> {
  const seen = new Set<string>();
  for await (const page of pages<CheckAnnotation>(ctx, 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', {
    check_run_id: id,
    per_page: 100,
  })) {
    for (const a of page.data) seen.add(annotationKey(a));
  }
  return seen;
}

async function startCheckRun(ctx: PortContext, start: { name: string; headSha: string; detailsUrl?: string }) {
  const { octokit, base, policy, route } = ctx;
  let created = true;
  const id = await write(
    route('POST', '/check-runs'),
    policy,
    async () => {
      const res = await octokit.request('POST /repos/{owner}/{repo}/check-runs', {
        ...base,
        name: start.name,
        head_sha: start.headSha,
        status: 'in_progress',
        started_at: new Date().toISOString(),
        ...(start.detailsUrl ? { details_url: start.detailsUrl } : {}),
        ...NO_PLUGIN_RETRY,
      });
      return (res.data as { id: number }).id;
    },
    // A run of this name on this head after a lost answer is the one just created (or a
    // replica's): either way it must not be created again.
    async () => {
      const found = (await listCheckRuns(ctx, start.headSha, start.name)).at(-1);
      if (found) created = false;
      return found?.id;
    },
  );
  return { id, created };
}

async function completeCheckRun(ctx: PortContext, id: number, run: CheckRunRequest, known: { annotationsCount?: number } = {}) {
  const { octokit, base, policy, route } = ctx;
  const state = {
    status: 'completed',
    conclusion: run.conclusion,
    completed_at: new Date().toISOString(),
    ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
  };
  // GitHub appends annotations on every update and cannot delete them: send only the ones the
  // run lacks, and after a lost answer read them back rather than append twice.
  let seen = run.annotations.length && known.annotationsCount !== 0 ? await annotationKeys(ctx, id) : new Set<string>();
  const missing = () => run.annotations.filter((a) => !seen.has(annotationKey(a)));
  let first = true;
  do {
    const batch = missing().slice(0, ANNOTATIONS_PER_REQUEST);
    await write(
      route('PATCH', `/check-runs/${id}`),
      policy,
      async () => {
        const output = {
          title: run.title,
          summary: run.summary,
          ...(run.text !== undefined ? { text: run.text } : {}),
          annotations: batch.filter((a) => !seen.has(annotationKey(a))),
        };
        await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          ...base,
          check_run_id: id,
          ...(first ? state : {}),
          output,
          ...NO_PLUGIN_RETRY,
        });
        return true;
      },
      batch.length
        ? async () => {
            seen = await annotationKeys(ctx, id);
            return batch.every((a) => seen.has(annotationKey(a))) ? true : undefined;
          }
        : undefined,
    );
    for (const a of batch) seen.add(annotationKey(a));
    first = false;
  } while (missing().length > 0);
}

async function createOrUpdateCheckRun(ctx: PortContext, run: CheckRunRequest, lookup?: Promise<ExistingCheckRun | undefined>) {
  // Look the run up by name on this SHA first, so a redelivery updates rather than duplicates.
  const existing = await (lookup ?? findCheckRun(ctx, run.headSha, run.name));
  const started = existing ? { id: existing.id, created: false } : await startCheckRun(ctx, run);
  await completeCheckRun(ctx, started.id, run, { annotationsCount: existing?.annotationsCount ?? 0 });
  return started;
}

export function checkRuns(ctx: PortContext) {
  return {
    findCheckRun: (headSha: string, name: string) => findCheckRun(ctx, headSha, name),
    listCheckRuns: (headSha: string, name: string) => listCheckRuns(ctx, headSha, name),
    startCheckRun: (start: { name: string; headSha: string; detailsUrl?: string }) => startCheckRun(ctx, start),
    completeCheckRun: (id: number, run: CheckRunRequest, known?: { annotationsCount?: number }) => completeCheckRun(ctx, id, run, known),
    createOrUpdateCheckRun: (run: CheckRunRequest, lookup?: Promise<ExistingCheckRun | undefined>) => createOrUpdateCheckRun(ctx, run, lookup),
  };
}
