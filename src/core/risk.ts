import type { MigrationAnalysis } from './frameworks/framework';
import { getRule } from './rules/index';
import type { Change, ChangedFile, Finding, Risk } from './types';

const RANK: Record<Risk, number> = { none: 0, low: 1, medium: 2, high: 3 };
export const riskAtLeast = (risk: Risk, floor: Risk) => RANK[risk] >= RANK[floor];
const max = (a: Risk, b: Risk): Risk => (RANK[a] >= RANK[b] ? a : b);

export interface RiskAssessment {
  risk: Risk;
  /** Why, in plain words, highest first. */
  reasons: string[];
}

const HIGH_CATEGORIES = new Set(['destructive', 'incompatible', 'data']);

/**
 * The seeds' table: no data change and an easy revert is low; configuration, dependency updates and
 * additive schema changes are medium; data migrations, destructive or backward-incompatible changes,
 * platform moves and major version upgrades are high; nothing relevant is none.
 */
export function assessRisk(changes: Change[], files: ChangedFile[], migrations: Map<string, MigrationAnalysis>, findings: Finding[]): RiskAssessment {
  let risk: Risk = 'none';
  const reasons: [Risk, string][] = [];
  const raise = (level: Risk, reason: string) => {
    risk = max(risk, level);
    reasons.push([level, reason]);
  };
  const byPath = new Map(files.map((f) => [f.path, f]));

  for (const change of changes) {
    if (change.kind === 'migration') {
      const analysis = migrations.get(change.path);
      const pathFindings = findings.filter((f) => f.path === change.path);
      const severe = pathFindings.filter((f) => HIGH_CATEGORIES.has(getRule(f.rule)?.category ?? ''));
      if (change.status === 'removed') raise('high', `${change.path}: a migration file is deleted`);
      else if (severe.length) raise('high', `${change.path}: ${[...new Set(severe.map((f) => f.rule))].join(', ')}`);
      else if (analysis?.changesData) raise('high', `${change.path}: changes data, not only schema`);
      else if (analysis?.role === 'down') raise('medium', `${change.path}: down migration`);
      else raise('medium', `${change.path}: schema change`);
    } else if (change.kind === 'dependency') {
      const major = majorUpgrade(byPath.get(change.path));
      if (major) raise('high', `${change.path}: major version upgrade of ${major}`);
      else raise('medium', `${change.path}: dependency update`);
    } else if (change.kind === 'config') {
      raise('medium', `${change.path}: configuration change`);
    } else if (change.kind === 'deploy') {
      const pathFindings = findings.filter((f) => f.path === change.path && !f.suppressed);
      if (pathFindings.some((f) => f.rule === 'deletion-protection-removed')) raise('high', `${change.path}: deletion protection removed`);
      else if (pathFindings.length) raise('medium', `${change.path}: ${[...new Set(pathFindings.map((f) => f.rule))].join(', ')}`);
      else raise('low', `${change.path}: deployment change`);
    }
  }
  reasons.sort((a, b) => RANK[b[0]] - RANK[a[0]]);
  return { risk, reasons: reasons.map(([level, text]) => `${level}: ${text}`) };
}

/** A dependency whose major version goes up in package.json (the manifest we can read as data). */
function majorUpgrade(file: ChangedFile | undefined): string | undefined {
  if (!file?.head || !file.base || !file.path.endsWith('package.json')) return undefined;
  let head: Record<string, unknown>;
  let base: Record<string, unknown>;
  try {
    head = JSON.parse(file.head) as Record<string, unknown>;
    base = JSON.parse(file.base) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    const h = (head[field] ?? {}) as Record<string, unknown>;
    const b = (base[field] ?? {}) as Record<string, unknown>;
    for (const [name, version] of Object.entries(h)) {
      const before = majorOf(b[name]);
      const after = majorOf(version);
      if (before !== undefined && after !== undefined && after > before) return `${name} (${String(b[name])} → ${String(version)})`;
    }
  }
  return undefined;
}

function majorOf(range: unknown): number | undefined {
  if (typeof range !== 'string') return undefined;
  const digits = range.replace(/^[^\d]*/, '').split('.')[0];
  const n = digits ? Number.parseInt(digits, 10) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}
