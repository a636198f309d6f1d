/** Injected faults: latency, 5xx, secondary rate limits and lost answers, from seeded generators. */
import type { FaultKind, FaultOptions } from './types';
import { seeded } from '../seeded';

export type ArmedFault = FaultOptions & { rand: () => number };

export function armFaults(f: FaultOptions | FaultOptions[] | null): ArmedFault[] {
  return (f === null ? [] : Array.isArray(f) ? f : [f]).map((x) => ({ ...x, rand: seeded(x.seed ?? 1) }));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What a fault does to one request: nothing, answer in its place, or carry it out and lose the answer. */
export type FaultOutcome = { kind: 'none' } | { kind: 'lose-answer' } | { kind: 'answer'; status: number; body: unknown; headers: Record<string, string> };

/** Waits the fault's latency, then draws whether and how this request fails. */
export async function applyFault(f: ArmedFault | undefined, method: string): Promise<FaultOutcome> {
  if (!f) return { kind: 'none' };
  const delay = (f.latencyMs ?? 0) + (f.jitterMs ? Math.floor(f.rand() * f.jitterMs) : 0);
  if (delay) await sleep(delay);
  if (!((f.rate ?? 0) > 0 && f.rand() < (f.rate ?? 0))) return { kind: 'none' };
  const kinds: readonly FaultKind[] = f.kinds && f.kinds.length ? f.kinds : ['500'];
  const kind = kinds[Math.floor(f.rand() * kinds.length)] ?? '500';
  // A write so chosen is carried out, then answered with a 502.
  if (kind === 'lost-answer' && method !== 'GET' && method !== 'HEAD') return { kind: 'lose-answer' };
  if (kind === 'secondary-rate-limit') {
    return {
      kind: 'answer',
      status: 403,
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      },
      headers: { 'retry-after': String(f.retryAfter ?? 1) },
    };
  }
  const status = kind === 'lost-answer' ? 502 : Number(kind);
  return { kind: 'answer', status, body: { message: status === 502 ? 'Server Error' : 'Internal Server Error', status: String(status) }, headers: {} };
}
