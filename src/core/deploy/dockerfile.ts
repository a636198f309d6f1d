// Dockerfiles: `FROM image` / `FROM image:latest` (and `COPY --from=image`) pull a base that can
// change under the same name. A small reader for the Dockerfile line format: parser directives
// (`# escape=`), comments, line continuations and heredocs, so that text inside a RUN script or a
// comment never looks like an instruction.
import type { Hit } from '../types';
import { describeMutable, mutableReason, pinAdvice } from './image-ref';

export interface Instruction {
  keyword: string;
  /** Arguments, continuation lines joined with a space. */
  args: string;
  /** 1-based line where the instruction starts. */
  line: number;
}

const isBlank = (s: string): boolean => s.trim() === '';
const isComment = (s: string): boolean => s.trimStart().startsWith('#');

/** Split into whitespace-separated words (no regexes over the file: plain character scanning). */
function words(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of s) {
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** The escape character from a leading `# escape=` parser directive (default backslash). */
function escapeChar(lines: readonly string[]): string {
  for (const raw of lines) {
    const t = raw.trim();
    if (!t.startsWith('#')) break;
    const body = t.slice(1).trim();
    const eq = body.indexOf('=');
    if (eq < 0) break;
    const key = body.slice(0, eq).trim().toLowerCase();
    const value = body.slice(eq + 1).trim();
    if (key === 'escape' && (value === '`' || value === '\\')) return value;
    if (key !== 'syntax' && key !== 'check') break;
  }
  return '\\';
}

/** Heredoc terminators opened on an instruction (`<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'`). */
function heredocWords(args: string): string[] {
  const out: string[] = [];
  let i = args.indexOf('<<');
  while (i >= 0) {
    let j = i + 2;
    if (args[j] === '-') j++;
    let quote = '';
    if (args[j] === '"' || args[j] === "'") quote = args[j++]!;
    let word = '';
    while (j < args.length) {
      const ch = args[j]!;
      if (quote ? ch === quote : !(ch === '_' || ch === '-' || ch === '.' || (ch >= '0' && ch <= '9') || (ch.toLowerCase() !== ch.toUpperCase()))) break;
      word += ch;
      j++;
    }
    if (word) out.push(word);
    i = args.indexOf('<<', j);
  }
  return out;
}

export function readInstructions(src: string): Instruction[] {
  const lines = src.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const esc = escapeChar(lines);
  const out: Instruction[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    if (isBlank(first) || isComment(first)) {
      i++;
      continue;
    }
    const start = i;
    let text = first;
    let parts: string[] = [];
    // Line continuation: the escape character at the end of the line.
    for (;;) {
      const trimmed = text.trimEnd();
      if (trimmed.endsWith(esc) && i + 1 < lines.length) {
        parts.push(trimmed.slice(0, -1));
        i++;
        // Comment lines inside a continuation are dropped by Docker; so are empty ones.
        while (i < lines.length && (isComment(lines[i]!) || isBlank(lines[i]!)) && i + 1 < lines.length) i++;
        text = lines[i]!;
        continue;
      }
      parts.push(trimmed.endsWith(esc) ? trimmed.slice(0, -1) : text);
      break;
    }
    i++;
    const joined = parts.join(' ').trim();
    parts = [];
    const keywordWord = words(joined)[0] ?? '';
    const keyword = keywordWord.toUpperCase();
    const args = joined.slice(keywordWord.length).trim();
    out.push({ keyword, args, line: start + 1 });
    // Heredoc bodies (BuildKit) are data, not instructions.
    const heredocs = keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD' ? heredocWords(args) : [];
    for (const word of heredocs) {
      while (i < lines.length && lines[i]!.trim() !== word) i++;
      i++;
    }
  }
  return out;
}

export function analyseDockerfile(src: string): Hit[] {
  const hits: Hit[] = [];
  const stages = new Set<string>();
  let stageIndex = 0;
  for (const ins of readInstructions(src)) {
    if (ins.keyword === 'FROM') {
      const w = words(ins.args).filter((x) => !x.startsWith('--'));
      const image = w[0];
      const asIdx = w.findIndex((x) => x.toLowerCase() === 'as');
      const alias = asIdx >= 0 ? w[asIdx + 1] : undefined;
      if (image) checkRef(image, ins.line, `FROM ${image}`, stages, hits, 'base image');
      if (alias) stages.add(alias.toLowerCase());
      stages.add(String(stageIndex++));
    } else if (ins.keyword === 'COPY') {
      for (const flag of words(ins.args)) {
        if (!flag.startsWith('--from=')) continue;
        const ref = flag.slice('--from='.length);
        checkRef(ref, ins.line, `COPY ${flag}`, stages, hits, 'source image');
      }
    }
  }
  return hits;
}

function checkRef(ref: string, line: number, what: string, stages: Set<string>, hits: Hit[], noun: string): void {
  const lower = ref.toLowerCase();
  if (lower === 'scratch' || stages.has(lower)) return;
  const reason = mutableReason(ref);
  if (!reason) return;
  hits.push({
    rule: 'mutable-image-tag',
    line,
    message: `Dockerfile ${what}: ${describeMutable(ref, reason, noun)}, so rebuilding the previous commit gives a different image; ${pinAdvice(ref)}.`,
  });
}
