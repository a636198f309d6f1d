// Who may record what with a slash command: `ack` and `override` need `overrides.permission`
// (default maintain) or a place in `overrides.users`; `/rollback risk` needs write to raise the
// risk above the assessed level and maintain (or `overrides.users`) to lower it.
import type { Config } from '../core/config';
import type { Risk } from '../core/types';
import { hasPermission, type GitHubPort, type Permission } from '../github/port';
import type { DecisionRequest } from './decisions';

export interface DecisionOutcome {
  accepted: boolean;
  message: string;
}

const RANK: Record<Risk, number> = { none: 0, low: 1, medium: 2, high: 3 };

/** The permission a request needs; for a risk level it depends on the level assessed. */
export function permissionNeeded(request: DecisionRequest, config: Config | undefined, assessed: Risk | undefined): Permission {
  if (request.kind === 'risk') return assessed !== undefined && RANK[request.level] < RANK[assessed] ? 'maintain' : 'write';
  return config?.overrides.permission ?? 'maintain';
}

export async function decide(
  port: GitHubPort,
  request: DecisionRequest,
  { config, assessed, headSha }: { config: Config | undefined; assessed: Risk | undefined; headSha: string },
): Promise<DecisionOutcome> {
  const needed = permissionNeeded(request, config, assessed);
  const listed = config?.overrides.users.includes(request.by) ?? false;
  // Raising the risk only asks for more: the listed users need no more than anyone with write.
  const allowed = (listed && !(request.kind === 'risk' && needed === 'write')) || hasPermission(await port.getPermission(request.by), needed);
  const short = headSha.slice(0, 7);
  if (!allowed) {
    const what =
      request.kind === 'risk'
        ? `\`/rollback risk ${request.level}\` ${needed === 'maintain' ? `lowers the risk below the assessed ${assessed} and` : ''} needs the ${needed} permission on this repository${needed === 'maintain' ? ' (or a place in `overrides.users` of the config)' : ''}`
        : `\`/rollback ${request.kind}\` needs the ${needed} permission on this repository (or a place in \`overrides.users\` of the config)`;
    return { accepted: false, message: `@${request.by}: ${what.replace(/\s+/g, ' ')}; nothing was changed.` };
  }
  switch (request.kind) {
    case 'ack':
      return { accepted: true, message: `@${request.by} acknowledged \`${request.rule}\`: ${request.reason}` };
    case 'override':
      return { accepted: true, message: `@${request.by} overrode the failing gates for ${short}: ${request.reason}. A new commit ends the override.` };
    case 'risk':
      return {
        accepted: true,
        message: `@${request.by} set the risk to ${request.level} for ${short} (assessed: ${assessed ?? 'unknown'}): ${request.reason}. A new commit ends it.`,
      };
  }
}
