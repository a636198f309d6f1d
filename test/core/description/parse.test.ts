import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDescription, sectionIdOf } from '../../../src/core/description/index';

// The seeds' "Stage Rollback Plan" template, copied as-is: placeholders everywhere.
const SEED_TEMPLATE = `## Rollback plan

### Rollback trigger
Execute rollback if ANY of these occur:
- Test suite failures that can't be explained
- Error rate increases by > 2x baseline

### Rollback steps
1. {Step 1 — specific command or action}
2. {Step 2}
3. {Step 3}

### Rollback verification
After rollback, confirm:
- [ ] Application starts and passes health check
- [ ] Test suite passes

### Rollback time estimate
{minutes/hours}

### Data considerations
- Data created during this stage: {preserved / lost / needs cleanup}
`;

const FILLED = `Some intro.

### 🔙 Rollback Plan

Revert SHA: \`0123abcd\`

#### Rollback trigger
5xx rate over 2% for 5 minutes.

#### Rollback steps
1. \`kubectl rollout undo deployment/api\`
2. \`migrate down 1\`

#### Verification
- [x] health check green

#### Time estimate
10 minutes

## Testing
Unit tests.
`;

describe('parseDescription: the rollback plan', () => {
  it('finds a filled plan at any heading depth with its subsections and lines', () => {
    const { plan } = parseDescription(FILLED);
    expect(plan).toMatchObject({ found: true, filled: true, heading: '🔙 Rollback Plan', line: 3 });
    expect(Object.keys(plan.sections).sort()).toEqual(['steps', 'time-estimate', 'trigger', 'verification']);
    expect(plan.sections.steps).toMatchObject({ filled: true, line: 10 });
    expect(plan.text).not.toContain('Unit tests');
  });

  it('does not count the seeds template copied unfilled', () => {
    const { plan } = parseDescription(SEED_TEMPLATE);
    expect(plan.found).toBe(true);
    expect(plan.filled).toBe(false);
    expect(plan.sections.steps?.filled).toBe(false);
    expect(plan.sections['time-estimate']?.filled).toBe(false);
    expect(plan.sections.verification?.filled).toBe(false);
  });

  it.each([
    ['## Rollback plan\n\n<!-- describe the rollback -->\n'],
    ['## Rollback plan\n\nTODO\n'],
    ['## Rollback plan\n\nTBD: write this before merging\n'],
    ['## Rollback plan\n\nN/A\n'],
    ['## Rollback plan\n\n{rollback steps}\n'],
    ['## Rollback plan\n\n### Rollback trigger\n[Describe what triggers a rollback]\n\n### Rollback steps\n1. [Step 1]\n2. [Step 2]\n'],
    ['## Rollback plan\n\n### Rollback steps\n\n### Rollback trigger\n'],
    ['## Rollback plan\n\n- [ ] Backup taken\n- [ ] Rollback tested\n'],
  ])('an unfilled plan does not count: %j', (body) => {
    const { plan } = parseDescription(body);
    expect(plan.found).toBe(true);
    expect(plan.filled).toBe(false);
  });

  it('square brackets around real words do not hide them: a link, a task box, "[1]" before a step', () => {
    const body =
      '## Rollback plan\n\n### Rollback steps\n1. [1] Redeploy with `helm rollback api` ([runbook](https://example.com/rb))\n\n### Rollback trigger\n- [x] errors over 2% for 5 minutes\n';
    const { plan } = parseDescription(body);
    expect(plan.filled).toBe(true);
    expect(plan.sections.steps?.filled).toBe(true);
    expect(plan.sections.trigger?.filled).toBe(true);
  });

  it('finds a plan inside a list item or a block quote, with its labelled subsections', () => {
    const inList = parseDescription(
      '## Checklist\n\n- [x] Tests pass\n- **Rollback plan:**\n  - Trigger: 5xx over 2% for 5 minutes\n  - Steps: `helm rollback api` then `migrate down 1`\n- [x] Docs updated\n',
    ).plan;
    expect(inList).toMatchObject({ found: true, filled: true, heading: 'Rollback plan', line: 4 });
    expect(Object.keys(inList.sections).sort()).toEqual(['steps', 'trigger']);
    expect(inList.sections.steps).toMatchObject({ filled: true, line: 6 });
    const quoted = parseDescription('> ## Rollback plan\n> Redeploy the previous image with `helm rollback api`.\n').plan;
    expect(quoted).toMatchObject({ found: true, filled: true, line: 1 });
  });

  it('a list-item plan left as a template is found but not filled; a checklist line naming the plan is not a plan', () => {
    expect(parseDescription('- **Rollback plan:** TODO\n- [x] Tests\n').plan).toMatchObject({ found: true, filled: false });
    expect(parseDescription('- [ ] Rollback plan documented\n- [x] Tests pass\n').plan.found).toBe(false);
  });

  it.each(['# Rollback plan', '## Rollback Plan', '### Rollback strategy', '## Rollback', '## Rollback procedure:', '## 🔙 Rollback plan'])(
    'tolerates the wording %j',
    (heading) => {
      expect(parseDescription(`${heading}\n\nRedeploy the previous release with helm rollback.\n`).plan.filled).toBe(true);
    },
  );

  it('reads bold labels and "Label: text" list items as subsections', () => {
    const bold = parseDescription('## Rollback plan\n\n**Trigger:** errors double\n\n**Steps:** redeploy v1.2.3\n').plan;
    expect(bold.sections.trigger?.filled).toBe(true);
    expect(bold.sections.steps?.text).toContain('redeploy');
    const list = parseDescription('## Rollback plan\n\n- Trigger: p99 over 2s\n- Steps: helm rollback api 41\n- Data: none is written\n').plan;
    expect(Object.keys(list.sections).sort()).toEqual(['data', 'steps', 'trigger']);
  });

  it('recognises a forward-only declaration', () => {
    const { plan } = parseDescription('## Rollback plan\n\nThis stage is forward-only.\n\n### Backup and restore\npg_dump before; pg_restore to roll back.\n');
    expect(plan.forwardOnly).toBe(true);
    expect(plan.sections['backup-restore']?.filled).toBe(true);
  });

  it('ends the plan at the next heading of the same level', () => {
    expect(parseDescription('## Rollback plan\n\n## Testing\nLots of tests here.\n').plan.filled).toBe(false);
  });

  it('maps subsection synonyms', () => {
    expect(sectionIdOf('When to roll back')).toBe('trigger');
    expect(sectionIdOf('How to verify')).toBe('verification');
    expect(sectionIdOf('Point of no return')).toBe('point-of-no-return');
    expect(sectionIdOf('Backup/restore')).toBe('backup-restore');
    expect(sectionIdOf('Release notes')).toBeUndefined();
  });
});

describe('parseDescription: the revert SHA', () => {
  it.each([
    ['Revert SHA: abc1234', 'abc1234'],
    ['Revert SHA: `abc1234def`', 'abc1234def'],
    ['Last known good: 0123456789abcdef0123456789abcdef01234567', '0123456789abcdef0123456789abcdef01234567'],
    ['LKG: `feedbee`', 'feedbee'],
    ['- revert commit: deadbeef1', 'deadbeef1'],
    ['| Item | Value |\n|---|---|\n| LKG | cafebabe |', 'cafebabe'],
    ['### Revert SHA\n\n`1234567abc`', '1234567abc'],
  ])('reads %j', (body, sha) => {
    expect(parseDescription(body).revertSha.sha).toBe(sha);
  });

  it('gives the line and ignores placeholders and non-hex', () => {
    expect(parseDescription('x\n\nRevert SHA: `abc1234`').revertSha).toEqual({ sha: 'abc1234', line: 3 });
    expect(parseDescription('Revert SHA: {sha}').revertSha.sha).toBeUndefined();
    expect(parseDescription('Revert SHA: <sha>').revertSha.sha).toBeUndefined();
    expect(parseDescription('Revert SHA: abc12').revertSha.sha).toBeUndefined();
    expect(parseDescription('Revert SHA: abcdefgh12').revertSha.sha).toBeUndefined();
  });

  it('treats a short and a long spelling of one SHA as one, and different SHAs as an error', () => {
    expect(parseDescription('Revert SHA: abc1234\n\nLKG: abc1234ffff').revertSha).toEqual({ sha: 'abc1234ffff', line: 1 });
    const both = parseDescription('Revert SHA: abc1234\n\nLKG: 9999999');
    expect(both.revertSha.error).toContain('abc1234, 9999999');
  });
});

describe('parseDescription: checkboxes and bad input', () => {
  it('lists task-list items with state and line, CRLF included', () => {
    const { checkboxes } = parseDescription('Intro\r\n\r\n- [x] Backup taken\r\n- [ ] On-call aware\r\n');
    expect(checkboxes).toEqual([
      { text: 'Backup taken', checked: true, line: 3 },
      { text: 'On-call aware', checked: false, line: 4 },
    ]);
  });

  it('handles empty, null, 1 MB and binary bodies', () => {
    expect(parseDescription(null).plan.found).toBe(false);
    expect(parseDescription('').revertSha).toEqual({});
    const big = `## Rollback plan\n\nRedeploy.\n\n${'word '.repeat(220_000)}`;
    expect(parseDescription(big).plan.filled).toBe(true);
    const junk = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 131) % 256)).toString('latin1');
    expect(parseDescription(junk).plan.found).toBe(false);
    expect(parseDescription('>'.repeat(5000) + ' deep').plan.found).toBe(false);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 400 }), (s) => {
        parseDescription(`## Rollback plan\n${s}\nRevert SHA: ${s}`);
        parseDescription(s);
      }),
      { numRuns: 300 },
    );
  });

  it('reads the example descriptions the demo uses', () => {
    const good = parseDescription(readFileSync('examples/good-pr/body.md', 'utf8').replace('{{BASE_SHA}}', 'abcdef123456'));
    expect(good.plan.filled).toBe(true);
    expect(good.revertSha.sha).toBe('abcdef123456');
    expect(parseDescription(readFileSync('examples/bad-pr/body.md', 'utf8')).plan.filled).toBe(false);
  });
});
