/** The App and who acts: installation tokens, the app, the user, the repository, permissions. */
import type { Emu } from '../context';
import { intParam, R, type Req, type RouteDef } from '../http';
import * as O from '../objects';

function accessToken(req: Req) {
  intParam(req.params.installation_id, 'installation');
  const expires = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    status: 201,
    body: {
      token: `ghs_emulator${Math.random().toString(36).slice(2, 14)}`,
      expires_at: expires,
      permissions: O.appPermissions(),
      repository_selection: 'all',
    },
  };
}

function collaboratorPermission(e: Emu, req: Req) {
  const login = req.params.username ?? '';
  const p = e.permissionOf(login);
  const perms = {
    admin: p.permission === 'admin',
    maintain: p.permission === 'admin' || p.role_name === 'maintain',
    push: p.permission === 'admin' || p.permission === 'write',
    triage: p.permission !== 'none' && p.permission !== 'read' ? true : p.role_name === 'triage',
    pull: p.permission !== 'none',
  };
  return {
    status: 200,
    body: { permission: p.permission, role_name: p.role_name, user: { ...O.user(e.ctx, login), permissions: perms, role_name: p.role_name } },
  };
}

export function accessRoutes(e: Emu): RouteDef[] {
  return [
    ['POST', '/app/installations/{installation_id}/access_tokens', accessToken],
    [
      'GET',
      '/app/installations',
      (req) => {
        const { page, headers } = e.page(req, [O.installation(e.ctx)]);
        return { status: 200, body: page, headers };
      },
    ],
    ['GET', '/app', () => ({ status: 200, body: O.integration(e.ctx) })],
    ['GET', '/user', (req) => ({ status: 200, body: O.publicUser(e.ctx, req.actor.login, req.actor.type) })],
    ['GET', `${R}/installation`, () => ({ status: 200, body: O.installation(e.ctx) })],
    ['GET', `${R}`, () => ({ status: 200, body: O.fullRepository(e.ctx) })],
    ['GET', `${R}/collaborators/{username}/permission`, (req) => collaboratorPermission(e, req)],
  ];
}
