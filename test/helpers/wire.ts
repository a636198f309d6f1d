// Golden files of what goes over the wire (the way release-drafter snapshots the requests it
// sends): the emulator's exchanges, normalized so that only what the code decides remains —
// commit SHAs become the branch names they stand for, times become <time>, the emulator's
// address <api>, ids {id} — written as YAML so that Markdown bodies read as text in a diff.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';
import type { Exchange } from '../support/emulator/index';

export interface WireNames {
  /** the emulator's base URL */
  api: string;
  /** commit SHA → what it stands for (a branch name) */
  shas: Record<string, string>;
}

const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\b/g;
/** Keys whose values are ids or times the emulator or the clock chose. */
const VOLATILE = new Set(['started_at', 'completed_at', 'id', 'check_run_id', 'comment_id', 'reaction_id']);

function normalizeText(text: string, names: WireNames): string {
  let out = text.split(names.api).join('<api>');
  for (const [sha, name] of Object.entries(names.shas)) {
    out = out.split(sha).join(`<${name}>`);
    // Short forms (7 to 12 characters), as reports show them.
    out = out.replace(new RegExp(`\\b${sha.slice(0, 7)}[0-9a-f]{0,5}\\b`, 'g'), `<${name}:short>`);
  }
  return out.replace(/\b[0-9a-f]{40}\b/g, '<sha>').replace(ISO_TIME, '<time>');
}

function normalizeValue(value: unknown, names: WireNames): unknown {
  if (typeof value === 'string') return normalizeText(value, names);
  if (Array.isArray(value)) return value.map((v) => normalizeValue(v, names));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, VOLATILE.has(k) ? `<${k}>` : normalizeValue(v, names)]));
  }
  return value;
}

/** Path ids (check runs, comments, reactions) chosen by the emulator become {id}. */
const normalizePath = (path: string) => path.replace(/\/(check-runs|comments|reactions)\/\d+/g, '/$1/{id}');

export interface WireEntry {
  request: string;
  status: number;
  body?: unknown;
}

/**
 * Writes stay in the order they were made; the reads between two writes are sorted, since the
 * faces send some of them at once (the Action prefetches) and their arrival order is not theirs.
 * The Action sends its prefetched reads (the config, the files) while it claims the pull request's
 * lease (the first write): a read that arrives before that claim is counted with the reads after
 * it, where it arrives when the claim is faster.
 */
function inWriteOrder(entries: WireEntry[]): WireEntry[] {
  const out: WireEntry[] = [];
  let reads: WireEntry[] = [];
  let writes = 0;
  const flush = () => {
    out.push(...reads.sort((a, b) => (a.request < b.request ? -1 : a.request > b.request ? 1 : 0)));
    reads = [];
  };
  for (const e of entries) {
    if (e.request.startsWith('GET ')) reads.push(e);
    else if (writes++ === 0 && /^POST \S+\/reactions$/.test(e.request)) out.push(e);
    else {
      flush();
      out.push(e);
    }
  }
  flush();
  return out;
}

export function normalizeWire(exchanges: readonly Exchange[], names: WireNames): WireEntry[] {
  const entries = exchanges.map((x) => {
    const query = x.query ? normalizeText(decodeURIComponent(x.query), names) : '';
    const entry: WireEntry = { request: `${x.method} ${normalizeText(normalizePath(x.path), names)}${query}`, status: x.status };
    if (x.body !== undefined) entry.body = normalizeValue(x.body, names);
    return entry;
  });
  return inWriteOrder(entries);
}

export const wireText = (entries: WireEntry[]) => stringify(entries, { lineWidth: 0, blockQuote: 'literal' });

/**
 * The golden file's text, to compare with what was sent. With UPDATE_GOLDEN=1 the file is
 * (re)written from what was sent first, so the change shows in the diff for review; a missing
 * file is a failure that says so.
 */
export function golden(file: string, actual: string): string {
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) throw new Error(`${file} is missing: write it with UPDATE_GOLDEN=1 (see the test file's header)`);
  return readFileSync(file, 'utf8');
}
