// Tolerant matching of heading and label wording: case, emoji, punctuation, "roll back" vs
// "rollback", numbering ("3. Rollback steps") and trailing colons never matter.

export type PlanSectionId = 'trigger' | 'steps' | 'verification' | 'time-estimate' | 'data' | 'point-of-no-return' | 'monitoring' | 'backup-restore';

export interface PlanSectionInfo {
  id: PlanSectionId;
  /** Canonical heading, as the skeleton writes it. */
  title: string;
  /** One line on what to write, for the skeleton. */
  hint: string;
}

/** The plan subsections, in the order the seeds' "Stage Rollback Plan" template uses. */
export const PLAN_SECTIONS: PlanSectionInfo[] = [
  {
    id: 'trigger',
    title: 'Rollback trigger',
    hint: 'The signals that make you roll back (error rate, failed health checks, data integrity alerts) and who decides.',
  },
  {
    id: 'steps',
    title: 'Rollback steps',
    hint: 'The exact commands or actions, in order, to return to the last known good state.',
  },
  {
    id: 'verification',
    title: 'Rollback verification',
    hint: 'How you confirm the rollback worked: health checks, smoke tests, error rates back to baseline.',
  },
  {
    id: 'time-estimate',
    title: 'Rollback time estimate',
    hint: 'How long the rollback takes, end to end (minutes or hours).',
  },
  {
    id: 'data',
    title: 'Data considerations',
    hint: 'What happens to data created or modified by this change when you roll back: preserved, lost, or needs cleanup.',
  },
  {
    id: 'point-of-no-return',
    title: 'Point of no return',
    hint: 'The moment after which rolling back is no longer possible without data loss, or "none".',
  },
  {
    id: 'monitoring',
    title: 'Monitoring',
    hint: 'The dashboards and alerts you watch during and after the rollout, and for how long.',
  },
  {
    id: 'backup-restore',
    title: 'Backup and restore',
    hint: 'Which backup is taken before the change, and the procedure to restore it.',
  },
];

/**
 * Lower-case words only: emoji, punctuation and markup are dropped, "roll back" / "roll-back"
 * become "rollback", "&" becomes "and".
 */
export function normaliseLabel(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if ((w === 'roll' || w === 'rolling') && words[i + 1] === 'back') {
      out.push('rollback');
      i++;
    } else if (w === 'rollbacks') out.push('rollback');
    else out.push(w);
  }
  // Leading numbering: "1 rollback steps", "step 2 verification" is left alone.
  while (out.length > 1 && /^\d{1,3}$/.test(out[0] as string)) out.shift();
  return out.join(' ');
}

const SYNONYMS: Record<PlanSectionId, string[]> = {
  trigger: [
    'trigger',
    'triggers',
    'rollback trigger',
    'when to rollback',
    'when to revert',
    'when to abort',
    'abort criteria',
    'abort conditions',
    'rollback criteria',
    'rollback conditions',
    'criteria',
    'trigger conditions',
  ],
  steps: [
    'steps',
    'rollback steps',
    'procedure',
    'procedures',
    'rollback procedure',
    'how to rollback',
    'how to revert',
    'how to undo',
    'rollback instructions',
    'instructions',
    'revert steps',
    'revert procedure',
    'runbook',
    'rollback runbook',
  ],
  verification: [
    'verification',
    'rollback verification',
    'how to verify',
    'how to verify the rollback',
    'verify',
    'verification steps',
    'smoke tests',
    'smoke test',
    'validation',
    'post rollback verification',
    'post rollback checks',
    'post rollback checklist',
  ],
  'time-estimate': [
    'time estimate',
    'rollback time estimate',
    'rollback time',
    'duration',
    'rollback duration',
    'eta',
    'estimated time',
    'estimated duration',
    'estimated rollback time',
    'time to rollback',
    'time to restore',
    'expected duration',
  ],
  data: ['data', 'data considerations', 'data consideration', 'data impact', 'data loss', 'data handling', 'data changes', 'data safety'],
  'point-of-no-return': ['point of no return', 'ponr', 'no return point', 'point of no return ponr'],
  monitoring: ['monitoring', 'monitoring plan', 'alerts', 'alerting', 'monitoring and alerts', 'monitoring and alerting', 'observability', 'dashboards'],
  'backup-restore': [
    'backup and restore',
    'backup restore',
    'backup',
    'backups',
    'restore',
    'backup plan',
    'restore plan',
    'restore procedure',
    'backup and recovery',
    'backup and restore procedure',
    'backup and restore plan',
  ],
};

const SYNONYM_INDEX = new Map<string, PlanSectionId>();
for (const [id, names] of Object.entries(SYNONYMS) as [PlanSectionId, string[]][]) {
  for (const name of names) SYNONYM_INDEX.set(name, id);
}

/** The canonical section a heading or label names, if any. */
export function mapSection(label: string): PlanSectionId | undefined {
  const n = normaliseLabel(label);
  if (n.length === 0 || n.length > 80) return undefined;
  const direct = SYNONYM_INDEX.get(n);
  if (direct) return direct;
  // "Rollback: steps", "Stage rollback steps", "Rollback plan steps" …
  const stripped = n.replace(/^(?:(?:stage|the|our)\s+)*rollback\s+(?:plan\s+)?/, '');
  if (stripped !== n && stripped.length > 0) return SYNONYM_INDEX.get(stripped);
  return undefined;
}

const BEFORE_ROLLBACK = new Set([
  'stage',
  'the',
  'our',
  'a',
  'deployment',
  'deploy',
  'release',
  'migration',
  'migrations',
  'database',
  'db',
  'app',
  'application',
  'pr',
  'emergency',
  'proposed',
  'per',
]);
const PLAN_WORDS = new Set([
  'plan',
  'plans',
  'strategy',
  'strategies',
  'procedure',
  'procedures',
  'playbook',
  'runbook',
  'section',
  'approach',
  'notes',
  'details',
  'information',
  'info',
]);
const TRAILING_OK = new Set(['required', 'optional', 'mandatory', 'if', 'needed', 'applicable']);
const AND_OK = new Set(['recovery', 'revert', 'restore', 'mitigation', 'backout', 'safety', 'risk', 'risks']);

/** Does this heading (or bold pseudo-heading) open the rollback plan? */
export function isPlanHeading(text: string): boolean {
  const n = normaliseLabel(text);
  if (n.length === 0 || n.length > 120) return false;
  const words = n.split(' ');
  const at = words.findIndex((w) => w === 'rollback' || w === 'revert' || w === 'backout');
  if (at < 0 || at > 3) return false;
  for (let i = 0; i < at; i++) if (!BEFORE_ROLLBACK.has(words[i] as string)) return false;
  const rest = words.slice(at + 1);
  if (words[at] !== 'rollback') return rest.length > 0 && PLAN_WORDS.has(rest[0] as string);
  if (rest.length === 0) return true;
  const first = rest[0] as string;
  if (PLAN_WORDS.has(first)) return true;
  if (first === 'and' && rest.length > 1 && AND_OK.has(rest[1] as string)) return true;
  return rest.every((w) => TRAILING_OK.has(w));
}
