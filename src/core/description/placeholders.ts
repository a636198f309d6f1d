// Placeholders and fillers: what an unfilled template leaves behind. Shared by the description's
// plan (content.ts) and inline ignore reasons (../ignore.ts), so "TODO" is no more a reason in a
// migration comment than it is a plan in a PR description. No Markdown here: this module stays
// cheap to import for `lint`, which never parses a description.

import { normaliseLabel } from './labels';

/** Placeholders left as text: `{{x}}`, `{x}`, `<x>`, `[x]`. */
export const TEXT_PLACEHOLDERS: readonly RegExp[] = [
  /\{\{[^{}]{0,500}\}\}/g, // {{placeholder}}
  /\{[^{}\n]{0,300}\}/g, // {placeholder}
  /<[^<>\s](?:[^<>\n]{0,298}[^<>\s])?>/g, // <placeholder> left as text (not a valid HTML tag)
  // [placeholder] left as text: links and task boxes are nodes of their own, never plain text here
  /\[[^[\]\n]{1,300}\]/g,
];

const FILLER_WORDS = new Set([
  'n a',
  'na',
  'todo',
  'to do',
  'tbd',
  'tbc',
  'tba',
  'fixme',
  'xxx',
  'placeholder',
  'fill in',
  'fill me in',
  'to be determined',
  'to be confirmed',
  'to be defined',
  'coming soon',
  'later',
  'wip',
  'pending',
]);
const TODO_START = /^(?:todo|tbd|tbc|tba|fixme|xxx)\b/i;

/** "N/A", "TODO: write this", "-", "...", "…", "?" and the like. */
export function isFiller(clean: string): boolean {
  const n = normaliseLabel(clean);
  if (n.length === 0) return true; // only punctuation, dashes, ellipses, emoji
  if (FILLER_WORDS.has(n)) return true;
  return TODO_START.test(clean.replace(/^[\s*_~`>#\-–—:[\]().]+/, ''));
}

// The docs' own examples of a reason's place, and words that only say "a reason goes here".
const NOT_REASONS = new Set([
  'reason',
  'the reason',
  'a reason',
  'why',
  'because',
  'why this is safe',
  'why this is safe here',
  'why it is safe',
  'safe',
  'ok',
  'okay',
  'fine',
  'ignore',
  'ignored',
  'yes',
  'test',
  'asdf',
]);

/**
 * Why an inline ignore's reason is not a reason (undefined when it is one): empty, a placeholder
 * (`<why this is safe here>`, `{reason}`), a filler (`TODO`, `x`, `...`, `N/A`) or a word that
 * only holds a reason's place.
 */
export function placeholderReason(reason: string): string | undefined {
  if (reason.trim() === '') return 'gives no reason';
  let stripped = reason;
  for (const re of TEXT_PLACEHOLDERS) stripped = stripped.replace(re, ' ');
  const n = normaliseLabel(stripped);
  const quoted = `"${reason.trim().slice(0, 60)}"`;
  if (n.length === 0 && stripped.trim() !== reason.trim()) return `gives ${quoted}, a placeholder, not a reason`;
  if (isFiller(stripped) || NOT_REASONS.has(n)) return `gives ${quoted}, which is not a reason`;
  // One or two characters ("x", "ok", "-") say nothing about why the operation is safe.
  if (n.replace(/ /g, '').length < 3) return `gives ${quoted}, which is not a reason`;
  return undefined;
}
