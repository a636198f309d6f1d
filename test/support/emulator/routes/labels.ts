/** Labels on pull requests (issues): list, add, remove. */
import type { Emu } from '../context';
import { asObject, HttpError, intParam, R, type Req, type RouteDef } from '../http';
import * as O from '../objects';

function addLabels(e: Emu, req: Req) {
  const n = e.pull(intParam(req.params.issue_number, 'issue')).number;
  const raw = Array.isArray(req.body) ? req.body : (asObject(req.body).labels as unknown);
  if (!Array.isArray(raw) || raw.length === 0) throw new HttpError(422, 'Invalid request.\n\nNo labels given.');
  const names = raw.map((x: unknown) => (typeof x === 'string' ? x : x && typeof x === 'object' ? (x as { name?: unknown }).name : undefined));
  if (names.some((x) => typeof x !== 'string' || x === '')) throw new HttpError(422, 'Invalid request.\n\nLabels must be names.');
  const list = e.state.labels.get(n) ?? [];
  for (const name of names as string[]) if (!list.includes(name)) list.push(name);
  e.state.labels.set(n, list);
  return { status: 200, body: list.map((l) => O.label(e.ctx, l)) };
}

function removeLabel(e: Emu, req: Req) {
  const n = e.pull(intParam(req.params.issue_number, 'issue')).number;
  const list = e.state.labels.get(n) ?? [];
  const i = list.indexOf(req.params.name ?? '');
  if (i < 0) throw new HttpError(404, 'Label does not exist');
  list.splice(i, 1);
  return { status: 200, body: list.map((l) => O.label(e.ctx, l)) };
}

export function labelRoutes(e: Emu): RouteDef[] {
  return [
    [
      'GET',
      `${R}/issues/{issue_number}/labels`,
      (req) => {
        const n = e.pull(intParam(req.params.issue_number, 'issue')).number;
        const { page, headers } = e.page(req, e.state.labels.get(n) ?? []);
        return { status: 200, body: page.map((l) => O.label(e.ctx, l)), headers };
      },
    ],
    ['POST', `${R}/issues/{issue_number}/labels`, (req) => addLabels(e, req)],
    ['DELETE', `${R}/issues/{issue_number}/labels/{name}`, (req) => removeLabel(e, req)],
  ];
}
