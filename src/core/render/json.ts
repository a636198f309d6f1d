import type { Report } from '../types';

/** The JSON report contract, keys in contract order. */
export function renderJson(report: Report): string {
  const { schemaVersion, verdict, risk, changes, findings, gates } = report;
  return JSON.stringify({ schemaVersion, verdict, risk, changes, findings, gates }, null, 2) + '\n';
}
