// Runs the shipped Action the way a runner does: action.yml's `runs.main` (dist/action/index.js)
// under Node 24, from a copy of action.yml and the Action's own folder alone (dist/action/: no other
// face's bundles, no node_modules), with the environment and files a runner sets. A run that needs
// anything outside that folder fails here.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ensureDist, tool } from './built';

/** What action.yml tells the runner to run (`runs.main`, relative to the Action's root). */
export function actionMain(root = resolve('.')): string {
  return (parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { runs: { main: string } }).runs.main;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The JSON report the `report` output points at (read before the run's folder is removed). */
  report?: { verdict: string; gates: Array<{ id: string; status: string; message: string }>; findings: Array<{ rule: string; path: string; line: number }> };
}

export function shipAction(): { dir: string; cleanup(): void } {
  ensureDist();
  const dir = mkdtempSync(join(tmpdir(), 'rr-action-'));
  const folder = dirname(actionMain());
  cpSync(resolve(folder), join(dir, folder), { recursive: true });
  cpSync(resolve('action.yml'), join(dir, 'action.yml'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

export async function runShippedAction(
  shipped: string,
  api: { url: string; owner: string; repo: string },
  event: string,
  payload: unknown,
  inputs: Record<string, string> = {},
  /** More environment (tuning for the emulator: RETRY_AFTER_BASE_MS, LEASE_TTL_MS, …). */
  extraEnv: Record<string, string> = {},
  /** Options for Node itself, before the script (V8 traces); a runner passes none. */
  nodeArgs: string[] = [],
): Promise<ActionRun> {
  const work = mkdtempSync(join(tmpdir(), 'rr-run-'));
  const files = { event: join(work, 'event.json'), output: join(work, 'output'), summary: join(work, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${api.owner}/${api.repo}`,
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: work,
    'INPUT_GITHUB-TOKEN': 'ghs_workflowtoken',
    INPUT_CONFIG: '.github/rollback-ready.yml',
    INPUT_MODE: 'check',
    'INPUT_DRY-RUN': 'false',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...extraEnv,
  };
  // Asynchronous: the emulator answers from this process.
  const child = spawn(tool('node24'), [...nodeArgs, join(shipped, actionMain(shipped))], { cwd: work, env });
  const result = { stdout: '', stderr: '' };
  child.stdout.on('data', (d: Buffer) => (result.stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (result.stderr += d.toString()));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  const outputs = parseOutputs(readFileSync(files.output, 'utf8'));
  let report: ActionRun['report'];
  try {
    report = outputs.report ? (JSON.parse(readFileSync(outputs.report, 'utf8')) as ActionRun['report']) : undefined;
  } catch {
    report = undefined;
  }
  const run = { status, ...result, outputs, summary: readFileSync(files.summary, 'utf8'), ...(report ? { report } : {}) };
  rmSync(work, { recursive: true, force: true });
  return run;
}
