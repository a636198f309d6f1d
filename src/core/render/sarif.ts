// SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run, the rules
// that fired with their doc links, one result per finding with its region, inline ignores and
// acknowledgements as suppressions, skipped files as notifications. The shapes come from
// @types/sarif (the OASIS schema's types); test/cli/sarif.test.ts validates the output against the
// SARIF 2.1.0 JSON schema. Pure: the CLI says where paths point (`locate`).

import type { Location, Log, Notification, ReportingDescriptor, Result, Run, Suppression } from 'sarif';
import { getRule } from '../rules/index';
import type { Finding, Report, Severity } from '../types';
import { suppressedBy } from './suppressed';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
const INFORMATION_URI = 'https://github.com/rollback-ready/rollback-ready';

export interface SarifOptions {
  version: string;
  /** `file:///…/` URI of the folder relative paths start from (the repository, or where lint ran). */
  srcRoot?: string;
  /** A finding's path as a SARIF URI: relative to `srcRoot`, or absolute (`file:///…`). */
  locate(path: string): { uri: string; relative: boolean };
  /** Column (1-based) of a finding's statement, when known. */
  column?(f: Finding): number | undefined;
  /** Files the run did not analyse, and why. */
  skipped?: { path: string; reason: string }[];
  /** `check`: the verdict, risk and gates, kept in the run's properties. */
  report?: Report;
}

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note' };

/** `drop-column` → `DropColumn`: code scanning shows a rule's name beside its id. */
const ruleName = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

function descriptor(id: string, docs: string): ReportingDescriptor {
  const rule = getRule(id);
  const summary = rule?.summary ?? id;
  const level = rule && rule.defaultSeverity !== 'off' ? LEVEL[rule.defaultSeverity] : 'warning';
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: summary },
    fullDescription: { text: summary },
    helpUri: docs,
    help: { text: `${summary} See ${docs}`, markdown: `${summary}\n\nSee [${id}](${docs}) for why it matters and what to do.` },
    defaultConfiguration: { level },
    properties: { tags: ['rollback-ready', ...(rule ? [rule.category] : [])] },
  };
}

function location(path: string, options: SarifOptions, region?: { startLine: number; startColumn?: number }): Location {
  const { uri, relative } = options.locate(path);
  return {
    physicalLocation: {
      artifactLocation: relative ? { uri, uriBaseId: SRCROOT } : { uri },
      ...(region ? { region } : {}),
    },
  };
}

function suppression(f: Finding): Suppression[] | undefined {
  if (!f.suppressed) return undefined;
  const kind = f.suppressed.by === 'inline' ? 'inSource' : 'external';
  return [{ kind, status: 'accepted', justification: `${suppressedBy(f.suppressed)}: ${f.suppressed.reason}` }];
}

/** The SARIF log of a `lint` or `check` run, as a JSON string. */
export function renderSarif(findings: Finding[], options: SarifOptions): string {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Result[] = findings.map((f) => {
    let index = ruleIndex.get(f.rule);
    if (index === undefined) {
      index = rules.push(descriptor(f.rule, f.docs)) - 1;
      ruleIndex.set(f.rule, index);
    }
    const column = options.column?.(f);
    const region = { startLine: Math.max(1, f.line || 1), ...(column ? { startColumn: column } : {}) };
    const suppressions = suppression(f);
    return {
      ruleId: f.rule,
      ruleIndex: index,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(f.path, options, region)],
      ...(suppressions ? { suppressions } : {}),
    };
  });
  const notifications: Notification[] = (options.skipped ?? []).map((s) => ({
    level: 'note',
    message: { text: `Skipped ${s.path}: ${s.reason}.` },
    locations: [location(s.path, options)],
  }));
  const run: Run = {
    tool: { driver: { name: 'rollback-ready', version: options.version, semanticVersion: options.version, informationUri: INFORMATION_URI, rules } },
    ...(options.srcRoot ? { originalUriBaseIds: { [SRCROOT]: { uri: options.srcRoot } } } : {}),
    invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
    columnKind: 'utf16CodeUnits',
    results,
    ...(options.report
      ? {
          properties: {
            verdict: options.report.verdict,
            risk: options.report.risk,
            gates: options.report.gates.map((g) => ({ id: g.id, status: g.status, message: g.message })),
          },
        }
      : {}),
  };
  const log: Log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
}
