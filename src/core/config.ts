import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { DIALECT_IDS, FRAMEWORK_IDS, type FrameworkId, type Risk } from './types';
import { RULE_IDS } from './rules/index';
import { CONFIG_PATH, ConfigError, DEFAULT_CHECKLIST, DEFAULT_CONFIG } from './config-defaults';

const severitySetting = z.enum(['error', 'warning', 'notice', 'off']);
const sectionId = z.enum(['trigger', 'steps', 'verification', 'time-estimate', 'data', 'point-of-no-return', 'monitoring', 'backup-restore']);
const riskLevel = z.enum(['low', 'medium', 'high']);
const globList = z.array(z.string().min(1));
const permission = z.enum(['admin', 'maintain', 'write', 'triage', 'read']);

const checklistItem = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes'),
  text: z.string().min(1),
  /** Risk levels at which the item is required. */
  required: z.array(riskLevel).default([]),
  /** Verified by the bot itself rather than ticked by a person. */
  verify: z.enum(['revert-sha', 'reversible', 'backward-compatible', 'drill']).optional(),
});

const frameworkGlobs = z.partialRecord(z.enum(FRAMEWORK_IDS), globList);

const ruleSeverities = z.record(z.string(), severitySetting).superRefine((rules, ctx) => {
  for (const id of Object.keys(rules)) {
    if (!RULE_IDS.includes(id)) {
      ctx.addIssue({ code: 'custom', path: [id], message: `unknown rule "${id}"` });
    }
  }
});

const gateSwitch = z.boolean();

export const configSchema = z
  .strictObject({
    /** Paths never looked at (generated code, vendored files). */
    ignore: globList.default([]),
    paths: z
      .strictObject({
        /** Replace a framework's default migration globs; `[]` switches the framework off. */
        migrations: frameworkGlobs.default({}),
        deploy: globList.optional(),
        dependency: globList.optional(),
        config: globList.optional(),
      })
      .prefault({}),
    /**
     * The database a path's migrations are written for, by glob (`db/mysql/**: mysql`). Without
     * it the dialect is read from the path (`mysql/`, `.sqlite3.up.sql`) or the SQL itself, and is
     * Postgres otherwise. Other dialects get only the rules that hold there.
     */
    dialect: z.record(z.string().min(1), z.enum(DIALECT_IDS)).default({}),
    gates: z
      .strictObject({
        'rollback-plan': gateSwitch.default(true),
        'plan-sections': gateSwitch.default(true),
        'revert-sha': gateSwitch.default(true),
        reversible: gateSwitch.default(true),
        findings: gateSwitch.default(true),
        checklist: gateSwitch.default(true),
        drill: gateSwitch.default(false),
      })
      .prefault({}),
    plan: z
      .strictObject({
        /** Subsections the rollback plan must have at each risk level. */
        sections: z
          .strictObject({ low: z.array(sectionId), medium: z.array(sectionId), high: z.array(sectionId) })
          .default(() => ({ ...DEFAULT_CONFIG.plan.sections })),
      })
      .prefault({}),
    'revert-sha': z
      .strictObject({
        /** Warn when the revert SHA is more than this many commits behind the base branch head. */
        'max-behind': z.number().int().min(0).default(0),
      })
      .prefault({}),
    checklist: z.array(checklistItem).default(DEFAULT_CHECKLIST),
    rules: ruleSeverities.default({}),
    overrides: z
      .strictObject({
        /** Lowest repository permission allowed to /rollback override and /rollback ack. */
        permission: permission.default('maintain'),
        /** People allowed regardless of permission. */
        users: z.array(z.string()).default([]),
      })
      .prefault({}),
    attest: z
      .strictObject({
        /** Lowest repository permission allowed to tick checklist items. */
        permission: permission.default('write'),
      })
      .prefault({}),
    labels: z.strictObject({ enabled: z.boolean().default(false), prefix: z.string().default('rollback-risk: ') }).prefault({}),
  })
  .describe('rollback-ready configuration (.github/rollback-ready.yml)');

export type Config = z.output<typeof configSchema>;
export type ChecklistItem = z.output<typeof checklistItem>;
export type { ChecklistItemShape } from './config-defaults';

// The schema's defaults are written out in config-defaults.ts (zod-free); a test keeps them equal.
export { CONFIG_PATH, ConfigError, DEFAULT_CONFIG } from './config-defaults';

/**
 * Parse and validate the YAML text of a config file. An absent or empty file gives the defaults.
 * Throws ConfigError with file, line and a plain-words problem.
 */
export function parseConfig(text: string | undefined, file: string = CONFIG_PATH): Config {
  if (text === undefined || text.trim() === '') return DEFAULT_CONFIG;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    throw new ConfigError(file, line, `invalid YAML: ${firstError.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) return DEFAULT_CONFIG;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(file, 1, 'the file must be a mapping of settings (key: value), see docs/config.md');
  }
  const result = configSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  const node = nodeAt(doc.contents as YamlNode | null, path);
  const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  const where = path.length ? `"${path.join('.')}"` : 'top level';
  throw new ConfigError(file, line, `${where}: ${describeIssue(issue)}`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown setting${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return issue.message;
}

/** The deepest YAML node along a path (the key itself for unknown keys), for a line number. */
function nodeAt(root: YamlNode | null, path: string[]): YamlNode | undefined {
  let node: YamlNode | null | undefined = root;
  let last: YamlNode | undefined = root ?? undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === key);
      if (!pair) return last;
      last = (pair.key as YamlNode) ?? last;
      node = pair.value as YamlNode | null;
      if (node && (node as YamlNode).range) last = node as YamlNode;
    } else if (isSeq(node)) {
      node = node.items[Number(key)] as YamlNode | undefined;
      if (node) last = node;
    } else {
      return last;
    }
  }
  return last;
}

export const requiredSections = (config: Config, risk: Risk) => (risk === 'none' ? [] : config.plan.sections[risk]);

export const migrationGlobOverride = (config: Config, id: FrameworkId): string[] | undefined => config.paths.migrations[id];

/** JSON Schema of the config for editors (yaml-language-server), generated from the zod schema. */
export function configJsonSchema(): object {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  // zod checks rule ids in a refinement; tell editors the ids too.
  const props = schema.properties as Record<string, Record<string, unknown>>;
  if (props.rules) props.rules.propertyNames = { enum: [...RULE_IDS] };
  return {
    $id: 'https://github.com/rollback-ready/rollback-ready/blob/main/schema/rollback-ready.schema.json',
    title: 'rollback-ready configuration',
    ...schema,
  };
}
