import { describe, expect, it } from 'vitest';
import { PLAN_SECTIONS, isPlanHeading, mapSection, parseDescription } from '../../../src/core/description/index';

const STEPS = 'Redeploy the previous release with `helm rollback api 41`.';

describe('the plan heading', () => {
  it.each([
    '# Rollback plan',
    '## Rollback Plan',
    '### ROLLBACK PLAN',
    '###### Rollback strategy',
    '## Rollback',
    '## Rollback procedure',
    '## Rollback procedure:',
    '## 🔙 Rollback plan',
    '## ⏪️ Rollback Plan ⏪️',
    '## Roll back plan',
    '## Roll-back plan',
    '## Rolling back',
    '## Stage Rollback Plan',
    '## Rollback plan (required)',
    '## Rollback plan for the database migration',
    '## 3. Rollback plan',
    '## Rollback & recovery',
    'Rollback plan\n=============',
  ])('%j opens the plan', (heading) => {
    const { plan } = parseDescription(`Intro.\n\n${heading}\n\n${STEPS}\n`);
    expect(plan.found).toBe(true);
    expect(plan.filled).toBe(true);
    expect(plan.text).toContain('helm rollback api 41');
    expect(plan.text).not.toContain('Intro');
  });

  it.each(['## Rollback readiness checklist', '## Testing', '## How we tested the rollback earlier', '## Release notes'])('%j does not', (heading) => {
    expect(isPlanHeading(heading.replace(/^#+ /, ''))).toBe(false);
    expect(parseDescription(`${heading}\n\n${STEPS}\n`).plan.found).toBe(false);
  });

  it('a bold pseudo-heading opens the plan, up to the next heading', () => {
    const { plan } = parseDescription(`**Rollback plan:**\n\n${STEPS}\n\n## Testing\n\nUnit tests.\n`);
    expect(plan).toMatchObject({ found: true, filled: true, heading: 'Rollback plan', line: 1 });
    expect(plan.text).not.toContain('Unit tests');
  });

  it('an inline "Rollback plan: …" paragraph is a plan with its own text', () => {
    const { plan } = parseDescription(`Changes the index.\n\nRollback plan: ${STEPS}\n\nTesting: ran the suite.\n`);
    expect(plan).toMatchObject({ found: true, filled: true, line: 3 });
    expect(plan.text).toContain('helm rollback');
    expect(plan.text).not.toContain('ran the suite');
  });

  it('the section runs to the next heading of the same or a higher level, deeper headings stay inside', () => {
    const body = '## Rollback plan\n\n#### Notes\n\nKeep the old pods.\n\n### Rollback steps\n\nrevert\n\n## Testing\n\nSteps: none\n';
    const { plan } = parseDescription(body);
    expect(plan.text).toContain('Keep the old pods.');
    expect(plan.sections.steps?.text).toBe('revert');
    expect(plan.text).not.toContain('none');
    const higher = parseDescription('### Rollback plan\n\n# Big heading\n\nRedeploy.\n').plan;
    expect(higher).toMatchObject({ found: true, filled: false });
  });

  it('sibling headings that are plainly rollback subsections stay in the plan', () => {
    const body = '## Rollback plan\n\n## Rollback steps\n\nrevert\n\n## Data considerations\n\nnone written\n\n## Monitoring\n\nthe 5xx dashboard\n';
    const { plan } = parseDescription(body);
    expect(plan).toMatchObject({ found: true, filled: true, line: 1 });
    expect(plan.sections.steps).toMatchObject({ line: 3, text: 'revert' });
    expect(plan.sections.data).toMatchObject({ line: 7, text: 'none written' });
    // a generic sibling ("## Monitoring") is the PR's own section, not the plan's
    expect(plan.sections.monitoring).toBeUndefined();
    expect(plan.text).not.toContain('dashboard');
  });

  it('the first plan heading wins', () => {
    const { plan } = parseDescription('## Rollback plan\n\nFirst.\n\n## Rollback plan\n\nSecond.\n');
    expect(plan.line).toBe(1);
    expect(plan.text).toBe('First.');
  });
});

describe('subsection wording', () => {
  it.each([
    ['Rollback trigger', 'trigger'],
    ['Rollback triggers', 'trigger'],
    ['When to roll back', 'trigger'],
    ['When to rollback?', 'trigger'],
    ['Abort criteria', 'trigger'],
    ['Rollback steps', 'steps'],
    ['Steps', 'steps'],
    ['Procedure', 'steps'],
    ['How to roll back', 'steps'],
    ['Rollback verification', 'verification'],
    ['Verification', 'verification'],
    ['How to verify', 'verification'],
    ['Smoke tests', 'verification'],
    ['Rollback time estimate', 'time-estimate'],
    ['Time estimate', 'time-estimate'],
    ['Duration', 'time-estimate'],
    ['ETA', 'time-estimate'],
    ['Data considerations', 'data'],
    ['Data', 'data'],
    ['Data impact', 'data'],
    ['Point of no return', 'point-of-no-return'],
    ['Point-of-no-return', 'point-of-no-return'],
    ['Monitoring', 'monitoring'],
    ['Monitoring plan', 'monitoring'],
    ['Alerts', 'monitoring'],
    ['Backup and restore', 'backup-restore'],
    ['Backup & Restore', 'backup-restore'],
    ['Backup', 'backup-restore'],
    ['Restore', 'backup-restore'],
    ['Backup/restore', 'backup-restore'],
    ['🧪 Smoke Tests:', 'verification'],
    ['2. Rollback steps', 'steps'],
  ])('%j → %s', (label, id) => {
    expect(mapSection(label)).toBe(id);
    const { plan } = parseDescription(`## Rollback plan\n\n### ${label}\n\nSomething real here.\n`);
    expect(plan.sections[id as keyof typeof plan.sections]).toMatchObject({ filled: true, line: 3 });
  });

  it.each(['Release notes', 'Screenshots', 'Stage', 'Risk', 'Testing done', ''])('%j is not a subsection', (label) => {
    expect(mapSection(label)).toBeUndefined();
  });

  it('PLAN_SECTIONS lists every id once with a title and a hint', () => {
    expect(PLAN_SECTIONS.map((s) => s.id)).toEqual([
      'trigger',
      'steps',
      'verification',
      'time-estimate',
      'data',
      'point-of-no-return',
      'monitoring',
      'backup-restore',
    ]);
    for (const s of PLAN_SECTIONS) {
      expect(mapSection(s.title)).toBe(s.id);
      expect(s.hint.length).toBeGreaterThan(10);
    }
  });

  it('bold labels, alone or followed by text, with the colon inside or outside', () => {
    const body = [
      '## Rollback plan',
      '',
      '**Trigger:** errors double',
      '',
      '**Steps**: redeploy v1.2.3',
      '',
      '**Verification:**',
      '',
      '- `curl /health` is 200',
      '',
      '**Notes:**',
      '',
      'Ping #oncall.',
    ].join('\n');
    const { plan } = parseDescription(body);
    expect(plan.sections.trigger).toMatchObject({ filled: true, line: 3, text: 'errors double' });
    expect(plan.sections.steps).toMatchObject({ filled: true, line: 5, text: 'redeploy v1.2.3' });
    expect(plan.sections.verification).toMatchObject({ filled: true, line: 7, text: 'curl /health is 200' });
    // an unknown bold label closes the pseudo-section: its text is the plan's own
    expect(plan.sections.verification?.text).not.toContain('oncall');
    expect(plan.text).toContain('Ping #oncall.');
  });

  it('a heading carrying its value: "### Rollback time estimate: 15 minutes"', () => {
    const { plan } = parseDescription('## Rollback plan\n\n### Rollback time estimate: 15 minutes\n\n### Rollback steps: TODO\n');
    expect(plan.sections['time-estimate']).toMatchObject({ filled: true, text: '15 minutes' });
    expect(plan.sections.steps?.filled).toBe(false);
  });

  it('a subsection named twice keeps its first heading and gathers both contents', () => {
    const { plan } = parseDescription('## Rollback plan\n\n### Steps\n\nOne.\n\n### Verification\n\nok\n\n### Steps\n\nTwo.\n');
    expect(plan.sections.steps).toMatchObject({ line: 3, text: 'One.\nTwo.' });
  });
});

describe('what does not count as written', () => {
  it.each([
    ['an HTML comment', '<!-- describe the rollback -->'],
    ['a multi-paragraph HTML comment', '<!--\nStep one\n\nStep two\n-->'],
    ['{placeholder}', '{rollback steps}'],
    ['{{placeholder}}', '{{ steps }}'],
    ['<placeholder> tag', '<describe the steps>'],
    ['<placeholder> text', '<Step 1 — specific command or action>'],
    ['TODO', 'TODO'],
    ['TODO with words', 'TODO: write this before merging'],
    ['TBD', 'TBD'],
    ['TBC', '**TBC**'],
    ['FIXME', 'FIXME later'],
    ['N/A', 'N/A'],
    ['n/a', 'n/a'],
    ['a dash', '-'],
    ['dots', '...'],
    ['an ellipsis', '…'],
    ['an empty list', '- \n- \n'],
    ['a lead-in without a list', 'After rollback, confirm:'],
    ['a label with a placeholder value', 'Data created during this stage: {preserved / lost}'],
    ['unticked template boxes', '- [ ] Backup taken\n- [ ] Rollback tested'],
    ['a Stage/Risk line', 'Risk: {low / medium / high}'],
    ['only the revert SHA', 'Revert SHA: abc1234'],
    ['a table header only', '| Step | Command |\n|---|---|'],
  ])('%s', (_name, content) => {
    const { plan } = parseDescription(`## Rollback plan\n\n${content}\n`);
    expect(plan.found).toBe(true);
    expect(plan.filled).toBe(false);
    expect(plan.text).toBe('');
  });

  it.each([
    ['a real sentence', 'Redeploy the previous tag.'],
    ['"None" as an answer in a subsection', '### Data considerations\n\nNone'],
    ['a ticked box', '- [x] Backup taken'],
    ['a sentence mentioning TODO later on', 'Redeploy v1; the TODO list in the runbook is done.'],
    ['a code block', '```sh\nkubectl rollout undo deployment/api\n```'],
    ['an unticked box in my own words under verification', '### Verification\n\n- [ ] `/health` returns 200 on every pod'],
    ['a table row', '| Step | Command |\n|---|---|\n| 1 | `helm rollback api` |'],
  ])('%s counts', (_name, content) => {
    const { plan } = parseDescription(`## Rollback plan\n\n${content}\n`);
    expect(plan.filled).toBe(true);
    expect(plan.text.length).toBeGreaterThan(0);
  });

  it('placeholders are removed from the text of a filled plan', () => {
    const { plan } = parseDescription('## Rollback plan\n\nRedeploy {service} with `helm rollback` <!-- note -->.\n');
    expect(plan.filled).toBe(true);
    expect(plan.text).toBe('Redeploy with helm rollback .');
  });
});

describe('forward-only', () => {
  it.each([
    'This stage is forward-only.',
    'Forward only: we fix forward.',
    'There is no down migration; restore the snapshot instead.',
    'The enum change is irreversible.',
    'This cannot be rolled back.',
  ])('%j declares it', (sentence) => {
    expect(parseDescription(`## Rollback plan\n\n${sentence}\n`).plan.forwardOnly).toBe(true);
  });

  it.each([
    'Redeploy the previous tag and run the down migration.',
    'This change is not forward-only: the down migration restores the column.',
    'Nothing irreversible happens here; run `migrate down 1`.',
  ])('%j does not', (sentence) => {
    const { plan } = parseDescription(`## Rollback plan\n\n${sentence}\n`);
    expect(plan.filled).toBe(true);
    expect(plan.forwardOnly).toBe(false);
  });

  it('only filled plan text counts: a comment or an unfilled template does not declare it', () => {
    expect(parseDescription('## Rollback plan\n\n<!-- say "forward-only" if there is no down migration -->\n').plan.forwardOnly).toBe(false);
    expect(parseDescription('## Rollback plan\n\n- Data modified: {reversible / irreversible}\n').plan.forwardOnly).toBe(false);
    expect(parseDescription('This change is forward-only.\n\n## Rollback plan\n\nRedeploy.\n').plan.forwardOnly).toBe(false);
  });
});
