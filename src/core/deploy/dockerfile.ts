// Dockerfiles: `FROM image` / `FROM image:latest` (and `COPY --from=image`) pull a base that can
// change under the same name. Read with dockerfile-ast (the parser behind the Dockerfile language
// server): parser directives (`# escape=`), comments, line continuations and heredocs, so that text
// inside a RUN script or a comment never looks like an instruction.
import { DockerfileParser, type Instruction as AstInstruction } from 'dockerfile-ast';
import type { Hit } from '../types';
import { describeMutable, mutableReason, pinAdvice } from './image-ref';

export interface Instruction {
  keyword: string;
  /** Flags (`--from=x`) then arguments, continuation lines joined with a space. */
  args: string;
  /** 1-based line where the instruction starts. */
  line: number;
  /** The flags' names and values (`--from=x` is `from`, `x`; a bare `--link` has value ''). */
  flags: { name: string; value: string }[];
  /** The arguments after the flags. */
  words: string[];
}

function flagsOf(ins: AstInstruction): Instruction['flags'] {
  if (!('getFlags' in ins) || typeof ins.getFlags !== 'function') return [];
  return (ins.getFlags() as { getName(): string; getValue(): string | null }[]).map((f) => ({ name: f.getName(), value: f.getValue() ?? '' }));
}

export function readInstructions(src: string): Instruction[] {
  return DockerfileParser.parse(src)
    .getInstructions()
    .map((ins) => {
      const flags = flagsOf(ins);
      const words = ins.getArguments().map((a) => a.getValue());
      const args = [...flags.map((f) => (f.value ? `--${f.name}=${f.value}` : `--${f.name}`)), ...words].join(' ');
      return { keyword: ins.getKeyword(), args, line: ins.getRange().start.line + 1, flags, words };
    });
}

export function analyseDockerfile(src: string): Hit[] {
  const hits: Hit[] = [];
  const stages = new Set<string>();
  let stageIndex = 0;
  for (const ins of readInstructions(src)) {
    if (ins.keyword === 'FROM') {
      const image = ins.words[0];
      const asIdx = ins.words.findIndex((x) => x.toLowerCase() === 'as');
      const alias = asIdx >= 0 ? ins.words[asIdx + 1] : undefined;
      if (image) checkRef(image, ins.line, `FROM ${image}`, stages, hits, 'base image');
      if (alias) stages.add(alias.toLowerCase());
      stages.add(String(stageIndex++));
    } else if (ins.keyword === 'COPY') {
      for (const flag of ins.flags) {
        if (flag.name === 'from' && flag.value) checkRef(flag.value, ins.line, `COPY --from=${flag.value}`, stages, hits, 'source image');
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
