// Where Sqitch finds a project's plan and config for a deploy folder, as App::Sqitch::Target
// resolves them (sqitchers/sqitch@0ab857e3 lib/App/Sqitch/Target.pm): each of `top_dir`,
// `deploy_dir` and `plan_file` from the core target's `[target "<name>"]` section, else the engine's
// `[engine "<engine>"]`, else `[core]`; `top_dir` defaults to the folder Sqitch runs in (the one
// holding sqitch.conf), `deploy_dir` to `<top_dir>/deploy` and `plan_file` to `<top_dir>/sqitch.plan`.
// A project that keeps its scripts under `db/` (`top_dir = db`) and its plan beside sqitch.conf
// (`plan_file = sqitch.plan`) had its plan looked for in `db/` and its engine not read at all.
import type { ConfigReader } from './tool-dialect';
import { isUnread, readConfigFile, upwards } from './tool-dialect';
import type { UnreadConfig } from './dialect-doubt';
import { readGitConfig, sqitchEngine } from './sqitch-project';

export interface SqitchLayout {
  /** The sqitch.conf that describes the folder (absent when none does: `<root>sqitch.conf`, as before). */
  conf: string;
  /** The plan Sqitch deploys the folder's scripts from. */
  plan: string;
  /** A sqitch.conf on the way whose read failed: it may move the folder's plan and engine, so neither is known. */
  unread?: UnreadConfig;
}

/** `base` + a relative path as Sqitch's Path::Class cleans it (`./`, `a/../`), as a folder (`db/`) or a file. */
export function joinPath(base: string, rel: string, folder: boolean): string | undefined {
  if (rel.startsWith('/') || rel.startsWith('~')) return undefined;
  const parts: string[] = [];
  for (const part of `${base}${rel}`.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  const joined = parts.join('/');
  return folder ? (joined ? `${joined}/` : '') : joined;
}

/** What a sqitch.conf (in folder `dir`) says of the project whose deploy scripts are in `deployDir`; undefined when it is not that project's. */
export function sqitchConfLayout(text: string, dir: string, deployDir: string): SqitchLayout | undefined {
  const conf = readGitConfig(text);
  const engine = sqitchEngine(conf);
  const target = conf.get('core.target') ?? (engine ? conf.get(`engine.${engine}.target`) : undefined);
  const fetch = (key: string) =>
    (target ? conf.get(`target.${target}.${key}`) : undefined) || (engine ? conf.get(`engine.${engine}.${key}`) : undefined) || conf.get(`core.${key}`);
  const top = joinPath(dir, fetch('top_dir') ?? '.', true);
  if (top === undefined) return undefined;
  const deploy = fetch('deploy_dir') ? joinPath(dir, fetch('deploy_dir')!, true) : `${top}deploy/`;
  if (deploy !== deployDir) return undefined;
  const plan = fetch('plan_file') ? joinPath(dir, fetch('plan_file')!, false) : `${top}sqitch.plan`;
  return plan === undefined ? undefined : { conf: `${dir}sqitch.conf`, plan };
}

/**
 * The sqitch.conf and plan of the project whose scripts are in `root` + `deploy/`: the nearest
 * sqitch.conf at or above `root` whose top_dir (or deploy_dir) is that folder; without one, the
 * files beside the scripts' folders (`<root>sqitch.conf`, `<root>sqitch.plan`).
 */
export async function sqitchLayout(root: string, read: ConfigReader): Promise<SqitchLayout> {
  for (const dir of upwards(root)) {
    const text = await readConfigFile(read, `${dir}sqitch.conf`);
    if (isUnread(text)) return { conf: `${root}sqitch.conf`, plan: `${root}sqitch.plan`, unread: text };
    const layout = text === undefined ? undefined : sqitchConfLayout(text, dir, `${root}deploy/`);
    if (layout) return layout;
  }
  return { conf: `${root}sqitch.conf`, plan: `${root}sqitch.plan` };
}
