// The rollback drill's results as Markdown (comment, check run, job summary) and plain text (CLI):
// one row per rehearsed migration, then what each statement took, locked and rewrote.
import type { DrillMigration, DrillRun, MeasuredLock, StatementMeasure } from '../drill';

const RESULT: Record<DrillMigration['result'], string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  'up-only': '➖ up only',
  'not-run': '➖ not run',
};

/** What a lock mode blocks for other sessions while it is held. */
export function lockBlocks(mode: string): string {
  switch (mode) {
    case 'AccessExclusiveLock':
      return 'blocks reads and writes';
    case 'ExclusiveLock':
    case 'ShareRowExclusiveLock':
    case 'ShareLock':
      return 'blocks writes';
    case 'ShareUpdateExclusiveLock':
      return 'blocks DDL and VACUUM';
    default:
      return 'blocks DDL';
  }
}

const ms = (v: number | undefined) => (v === undefined ? '—' : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`);
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');

/** Locks worth a reviewer's eye: anything stronger than what ordinary reads and writes take. */
const notable = (l: MeasuredLock) => !['AccessShareLock', 'RowShareLock', 'RowExclusiveLock'].includes(l.mode);

function locksText(s: StatementMeasure): string {
  if (!s.locks) return 'not measured';
  const shown = s.locks.filter(notable);
  if (!shown.length) return '—';
  return shown.map((l) => `${l.mode.replace(/Lock$/, '')} on ${l.relation} (${lockBlocks(l.mode)})`).join('; ');
}

function rewritesText(s: StatementMeasure): string {
  if (!s.rewrites.length) return '—';
  return s.rewrites.map((r) => (r.rows === undefined ? `index ${r.relation} rebuilt` : `${r.relation} (${r.rows} rows)`)).join('; ');
}

export function renderDrillMarkdown(run: DrillRun, summary: string, passed: boolean): string {
  const parts: string[] = [`### Rollback drill\n\n${passed ? '✅' : '❌'} ${cell(summary)}`];
  if (run.migrations.length) {
    const rows = run.migrations.map((m) => {
      const loses = m.lostOnRollback.length ? m.lostOnRollback.map(cell).join('<br>') : '—';
      return `| \`${cell(m.path)}\` | ${RESULT[m.result]} | ${ms(m.upMs)} | ${ms(m.downMs)} | ${ms(m.reapplyMs)} | ${loses} |`;
    });
    parts.push(
      ['| Migration | Result | Up | Down | Up again | Data written after the deploy that a rollback loses |', '|---|---|---|---|---|---|', ...rows].join('\n'),
    );
    const statements = run.migrations.flatMap((m) =>
      m.statements.map(
        (s) =>
          `| \`${cell(s.path.slice(s.path.lastIndexOf('/') + 1))}\` | ${s.step} | ${s.line} | \`${cell(s.sql)}\` | ${ms(s.ms)} | ${cell(locksText(s))} | ${cell(rewritesText(s))} |`,
      ),
    );
    if (statements.length) {
      parts.push(
        `<details><summary>Measured per statement: time, locks on tables that existed before, rewrites (${run.engine === 'pglite' ? 'PGlite' : 'server'}, seeded rows)</summary>\n\n` +
          ['| File | Step | Line | Statement | Time | Locks held | Rewrites |', '|---|---|---|---|---|---|---|', ...statements].join('\n') +
          '\n\nThe static lock rules stay the gate: these figures come from a small seeded database, so they show which locks and rewrites happen, not how long they last on production data.\n\n</details>',
      );
    }
    const notes = run.migrations.flatMap((m) => m.notes.map((n) => `- \`${cell(m.path)}\`: ${cell(n)}`));
    if (notes.length) parts.push(notes.join('\n'));
  }
  if (run.notices.length) parts.push(run.notices.map((n) => `- ℹ️ ${cell(n)}`).join('\n'));
  const base = run.base.migrations
    ? `base: ${run.base.migrations} migration${run.base.migrations === 1 ? '' : 's'}, ${run.base.reused ? 'reused from the cache' : `built in ${ms(run.base.ms)}`}`
    : 'base: empty';
  parts.push(`<sub>${cell(run.serverVersion)} · ${base} · ${ms(run.totalMs)} in all</sub>`);
  return parts.join('\n\n');
}

export function renderDrillText(run: DrillRun, summary: string, passed: boolean): string {
  const lines: string[] = [`Rollback drill: ${passed ? 'pass' : 'fail'}. ${summary}`];
  const base = run.base.migrations
    ? `${run.base.migrations} base migration${run.base.migrations === 1 ? '' : 's'} ${run.base.reused ? 'reused from the cache' : `built in ${ms(run.base.ms)}`}`
    : 'empty base';
  lines.push(`${run.serverVersion}; ${base}; ${ms(run.totalMs)} in all.`);
  for (const m of run.migrations) {
    lines.push('', `${m.path}  ${m.result}  up ${ms(m.upMs)} · down ${ms(m.downMs)} · up again ${ms(m.reapplyMs)}`);
    for (const s of m.statements) {
      const locks = locksText(s);
      const rewrites = rewritesText(s);
      const extra = [locks !== '—' ? `locks: ${locks}` : '', rewrites !== '—' ? `rewrites: ${rewrites}` : ''].filter(Boolean).join('; ');
      lines.push(
        `  ${s.step.padEnd(7)} ${`${s.path.slice(s.path.lastIndexOf('/') + 1)}:${s.line}`.padEnd(34)} ${ms(s.ms).padStart(8)}  ${s.sql}${extra ? `\n${' '.repeat(54)}${extra}` : ''}`,
      );
    }
    for (const l of m.lostOnRollback) lines.push(`  a rollback loses: ${l}`);
    for (const n of m.notes) lines.push(`  note: ${n}`);
  }
  if (run.notices.length) lines.push('', ...run.notices.map((n) => `notice: ${n}`));
  return lines.join('\n') + '\n';
}
