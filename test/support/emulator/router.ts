/** The emulator's routes, collected from the modules by API area, and matching a request to one. */
import type { Emu } from './context';
import { compileTemplate, specificity, type Route, type RouteDef } from './http';
import * as O from './objects';
import { accessRoutes } from './routes/access';
import { checkRoutes } from './routes/checks';
import { commentRoutes } from './routes/comments';
import { contentRoutes } from './routes/contents';
import { labelRoutes } from './routes/labels';
import { pullRoutes } from './routes/pulls';
import { reactionRoutes } from './routes/reactions';

export function buildRoutes(e: Emu): Route[] {
  const defs: RouteDef[] = [
    ...accessRoutes(e),
    ...pullRoutes(e),
    ...contentRoutes(e),
    ...checkRoutes(e),
    ...commentRoutes(e),
    ...reactionRoutes(e),
    ...labelRoutes(e),
  ];
  const routes = defs.map(([method, template, handler]) => ({ method, template, handler, ...compileTemplate(template) }));
  // more specific templates first (literal segments beat parameters that may contain slashes)
  return routes.sort((a, b) => specificity(b.template) - specificity(a.template));
}

export function matchRoute(e: Emu, routes: Route[], method: string, path: string): { route: Route; params: Record<string, string> } | null {
  for (const route of routes) {
    if (route.method !== method) continue;
    const m = route.re.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] ?? '');
    });
    const otherRepo =
      params.owner !== undefined && (params.owner.toLowerCase() !== e.owner.toLowerCase() || (params.repo ?? '').toLowerCase() !== e.repoName.toLowerCase());
    if (otherRepo) return { route: { ...route, handler: () => ({ status: 404, body: O.basicError('Not Found', 404) }) }, params };
    return { route, params };
  }
  return null;
}
