// The sticky comment as the bot writes it: the report, the boxes a person changed that the bot has
// not recorded yet (kept as they left them), a visible line for a risk level set by a person, and
// the hidden markers (head SHA, attestations and the boxes as drawn, decisions).
import type { Evaluation } from '../core/evaluate';
import { COMMENT_MARKER, escapeMd, itemMarker } from '../core/render/markdown';
import { encodeCommentState, type Attestation } from './attestations';
import { encodeDecisions, type Decisions } from './decisions';

const HEAD_PREFIX = '<!-- rollback-ready:head ';

/** The head SHA a comment shows, from its hidden marker. */
export function headShown(body: string | undefined): string | undefined {
  if (!body) return undefined;
  const start = body.indexOf(HEAD_PREFIX);
  if (start < 0) return undefined;
  const sha = body.slice(start + HEAD_PREFIX.length).split(' ', 1)[0];
  return sha && /^[0-9a-f]{7,64}$/.test(sha) ? sha : undefined;
}

export const headMarker = (sha: string) => `${HEAD_PREFIX}${sha} -->`;

/** `/rollback risk`: who set the risk level, why, and what it was assessed at. */
export function riskOverrideLine(evaluation: Evaluation): string | undefined {
  const o = evaluation.riskOverride;
  if (!o) return undefined;
  return `> **Risk set to ${o.level}** by @${o.by} at ${o.at} (assessed: ${evaluation.assessedRisk}): ${escapeMd(o.reason)}. A new commit ends it.`;
}

/** Put a line under the verdict headline of a rendered report (the first paragraph after the marker). */
export function insertAfterHeadline(markdown: string, line: string | undefined): string {
  if (!line) return markdown;
  const parts = markdown.split('\n\n');
  const at = parts[0] === COMMENT_MARKER ? 2 : 1;
  parts.splice(Math.min(at, parts.length), 0, line);
  return parts.join('\n\n');
}

const BOX = /^(\s*[-*+] \[)([ xX])(\] )/;

/**
 * Draw the boxes a person changed after the bot's last write as they left them: a tick whose
 * delivery is still on its way is not lost by a re-render (nor counted before it is recorded).
 */
export function keepPendingBoxes(markdown: string, pending: Map<string, boolean>): string {
  if (!pending.size) return markdown;
  return markdown
    .split('\n')
    .map((line) => {
      for (const [item, checked] of pending) {
        const marker = itemMarker(item);
        if (!line.includes(marker) || !BOX.test(line)) continue;
        const boxed = line.replace(BOX, `$1${checked ? 'x' : ' '}$3`);
        return checked && !line.includes('_ticked, not counted yet_') ? boxed.replace(marker, `— _ticked, not counted yet_ ${marker}`) : boxed;
      }
      return line;
    })
    .join('\n');
}

export interface CommentParts {
  /** The rendered report with the comment marker (or the config problem's text). */
  markdown: string;
  headSha: string;
  attestations: Attestation[];
  /** The boxes as drawn in `markdown` (after `keepPendingBoxes`). */
  shown: Record<string, boolean>;
  decisions: Decisions;
  /** Other hidden markers (the drill's record). */
  extra?: string[];
}

export function composeComment(parts: CommentParts): string {
  return [
    parts.markdown,
    headMarker(parts.headSha),
    encodeCommentState({ attestations: parts.attestations, shown: parts.shown }),
    encodeDecisions(parts.decisions),
    ...(parts.extra ?? []),
  ]
    .filter((p): p is string => p !== undefined)
    .join('\n\n');
}
