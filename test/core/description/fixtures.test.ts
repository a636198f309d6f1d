import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDescription } from '../../../src/core/description/index';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/descriptions/${name}`, import.meta.url), 'utf8');

describe('the seeds\' "Stage Rollback Plan" template', () => {
  it('copied unfilled: the plan and every subsection are found but none counts as written', () => {
    const { plan, revertSha, checkboxes } = parseDescription(fixture('seed-template-unfilled.md'));
    expect(plan).toMatchObject({ found: true, filled: false, heading: 'Stage Rollback Plan', line: 3, text: '', forwardOnly: false });
    expect(Object.keys(plan.sections).sort()).toEqual(['data', 'steps', 'time-estimate', 'trigger', 'verification']);
    for (const section of Object.values(plan.sections)) expect(section.filled, section.id).toBe(false);
    expect(plan.sections.trigger?.line).toBe(8);
    expect(plan.sections['time-estimate']?.text).toBe('');
    // the "Stage:"/"Risk:" placeholder headings are not subsections and not content
    expect(plan.text).not.toContain('Stage');
    expect(revertSha).toEqual({});
    expect(checkboxes.map((c) => [c.line, c.checked])).toEqual([
      [23, false],
      [24, false],
      [25, false],
      [26, false],
    ]);
  });

  it('filled in: every subsection counts, with its text and the revert SHA', () => {
    const { plan, revertSha, checkboxes } = parseDescription(fixture('seed-template-filled.md'));
    expect(plan).toMatchObject({ found: true, filled: true, line: 3 });
    for (const id of ['trigger', 'steps', 'verification', 'time-estimate', 'data'] as const) {
      expect(plan.sections[id]?.filled, id).toBe(true);
    }
    expect(plan.sections.steps?.text).toContain('kubectl rollout undo deployment/orders-api');
    expect(plan.sections['time-estimate']?.text).toBe('About 10 minutes.');
    expect(plan.sections.data?.text).toContain('Data created during this stage: lost');
    expect(plan.text).not.toContain('Ran the unit tests');
    expect(revertSha).toEqual({ sha: '9f8e7d6c5b4a', line: 8 });
    expect(checkboxes.filter((c) => c.checked).map((c) => c.text)).toEqual(['Application starts and passes health check', 'Test suite passes']);
  });

  it('partly filled: only the subsections written count', () => {
    const { plan } = parseDescription(fixture('seed-template-steps-only.md'));
    expect(plan.filled).toBe(true);
    expect(plan.sections.steps).toMatchObject({ filled: true, text: 'Redeploy the previous image: helm rollback api 41' });
    // the template's default trigger list is not the author's own trigger
    expect(plan.sections.trigger?.filled).toBe(false);
    expect(plan.sections.verification?.filled).toBe(false);
    expect(plan.sections.data?.filled).toBe(false);
    expect(plan.text).toBe('Redeploy the previous image: helm rollback api 41');
  });
});

describe('a GitHub PR template with bold pseudo-headings', () => {
  it('unfilled (comments, <sha>, TODO, …, TBD, N/A, -, {placeholder}, unticked boxes) is not a plan', () => {
    const { plan, revertSha, checkboxes } = parseDescription(fixture('github-template-unfilled.md'));
    expect(plan).toMatchObject({ found: true, filled: false, heading: '🔙 Rollback plan', line: 7 });
    expect(Object.keys(plan.sections).sort()).toEqual(['data', 'point-of-no-return', 'steps', 'time-estimate', 'trigger', 'verification']);
    expect(Object.values(plan.sections).some((s) => s.filled)).toBe(false);
    // the commented-out example heading inside <!-- --> is not a subsection
    expect(plan.sections.steps?.line).toBe(20);
    expect(revertSha.sha).toBeUndefined();
    expect(checkboxes).toHaveLength(4);
    expect(checkboxes[3]).toEqual({ text: 'Tests added', checked: true, line: 38 });
  });

  it('filled: label sections, a forward-only declaration and a heading subsection', () => {
    const { plan, revertSha } = parseDescription(fixture('github-template-filled.md'));
    expect(plan.filled).toBe(true);
    expect(plan.forwardOnly).toBe(true);
    expect(plan.sections.trigger).toMatchObject({ filled: true, heading: 'Trigger', line: 11, text: 'login error rate above 1% for 5 minutes.' });
    expect(plan.sections.steps?.text).toContain('Restore users.legacy_name');
    expect(plan.sections.data).toMatchObject({ filled: true, text: 'None — the column has been empty since March.' });
    expect(plan.sections['backup-restore']).toMatchObject({ filled: true, heading: 'Backup and restore', line: 27 });
    expect(plan.text).not.toContain('Drops the unused');
    expect(revertSha).toEqual({ sha: '0a1b2c3d4e5f', line: 9 });
  });
});

describe('other layouts', () => {
  it('"Label: text" list items as subsections, nested items included', () => {
    const { plan, revertSha } = parseDescription(fixture('list-labels.md'));
    expect(plan).toMatchObject({ found: true, filled: true, heading: 'Rollback' });
    expect(Object.keys(plan.sections).sort()).toEqual(['backup-restore', 'data', 'monitoring', 'steps', 'time-estimate', 'trigger', 'verification']);
    expect(plan.sections.steps?.text).toBe('helm rollback api 41\nthen purge the CDN cache');
    expect(plan.sections['time-estimate']).toMatchObject({ heading: 'ETA', line: 7, text: '5 minutes' });
    expect(plan.text).not.toContain('Nothing else');
    expect(revertSha).toEqual({ sha: 'a1b2c3d', line: 11 });
  });

  it('a table whose first column names the subsections', () => {
    const { plan, revertSha } = parseDescription(fixture('table-sections.md'));
    expect(plan).toMatchObject({ found: true, filled: true, heading: 'Rollback strategy' });
    expect(plan.sections.trigger).toMatchObject({ filled: true, line: 5, text: '5xx rate > 2%' });
    expect(plan.sections.steps?.filled).toBe(true);
    expect(plan.sections.verification?.filled).toBe(false);
    expect(revertSha).toEqual({ sha: 'c0ffee1234', line: 8 });
  });

  it('"## Rollback steps" without a plan heading makes a plan that ends at the next other heading', () => {
    const { plan } = parseDescription(fixture('no-plan-heading.md'));
    expect(plan).toMatchObject({ found: true, filled: true, heading: 'Rollback steps', line: 3 });
    expect(Object.keys(plan.sections).sort()).toEqual(['steps', 'verification']);
    expect(plan.text).not.toContain('trivial');
  });

  it('a forward-only plan with backup and restore', () => {
    const { plan } = parseDescription(fixture('forward-only.md'));
    expect(plan.forwardOnly).toBe(true);
    expect(plan.sections['backup-restore']?.filled).toBe(true);
    expect(plan.sections['point-of-no-return']).toMatchObject({ filled: true, line: 9 });
  });

  it('several different SHAs: an error naming them; prefixes of one SHA are one', () => {
    const { revertSha } = parseDescription(fixture('conflicting-shas.md'));
    expect(revertSha.sha).toBe('abc1234def5678');
    expect(revertSha.line).toBe(3);
    expect(revertSha.error).toContain('abc1234def5678');
    expect(revertSha.error).toContain('7777777aaaa');
    expect(revertSha.error).not.toMatch(/abc1234,/);
  });
});
