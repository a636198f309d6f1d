import { describe, expect, it } from 'vitest';
import { parseDescription } from '../../../src/core/description/index';

// Shapes people write in PR descriptions (docs/gates.md promises them): labels in bold, one per
// line with no blank line between them, which Markdown reads as a single paragraph.
const sections = (body: string) => {
  const { plan } = parseDescription(body);
  return Object.fromEntries(Object.entries(plan.sections).map(([id, s]) => [id, { filled: s!.filled, line: s!.line, text: s!.text }]));
};

describe('bold labels on consecutive lines', () => {
  it('without a plan heading: each `**Rollback …:**` line is its own subsection, with its line', () => {
    const body =
      'Adds a column.\n\n**Rollback trigger:** error rate above 2x for 5 minutes\n**Rollback steps:** redeploy and run `migrate down 1`\n**Rollback verification:** /health returns 200\n';
    const { plan } = parseDescription(body);
    expect(plan).toMatchObject({ found: true, filled: true, line: 3 });
    expect(sections(body)).toEqual({
      trigger: { filled: true, line: 3, text: 'error rate above 2x for 5 minutes' },
      steps: { filled: true, line: 4, text: 'redeploy and run migrate down 1' },
      verification: { filled: true, line: 5, text: '/health returns 200' },
    });
  });

  it('under a heading, with hard line breaks and labels whose colon sits outside the bold', () => {
    const body = '## Rollback plan\n**Trigger**: error rate above 2x  \n**Steps**: redeploy the revert SHA\\\n**Verification**: smoke tests pass\n';
    expect(sections(body)).toEqual({
      trigger: { filled: true, line: 2, text: 'error rate above 2x' },
      steps: { filled: true, line: 3, text: 'redeploy the revert SHA' },
      verification: { filled: true, line: 4, text: 'smoke tests pass' },
    });
  });

  it('a `**Rollback plan:**` paragraph followed by `**Trigger:**` paragraphs and lines', () => {
    const body =
      '**Rollback plan:** revert the deploy and run the down migration.\n\n**Trigger:** error rate above 2x baseline.\n**Steps:** redeploy the revert SHA, then `migrate down 1`.\n\n**Verification:** /health returns 200.\n\n## Testing\n\nUnit tests.\n';
    const { plan } = parseDescription(body);
    expect(plan).toMatchObject({ found: true, filled: true, heading: 'Rollback plan', line: 1 });
    expect(Object.keys(plan.sections).sort()).toEqual(['steps', 'trigger', 'verification']);
    expect(plan.sections.steps).toMatchObject({ filled: true, line: 4 });
    expect(plan.text).not.toContain('Unit tests');
  });

  it('plain `Label:` lines under a plan label split too; ordinary prose with bold words does not', () => {
    const body = 'Rollback plan: revert the deploy.\nTrigger: error rate above 2x\nSteps: redeploy the revert SHA\nTesting: ran the suite\n';
    expect(Object.keys(sections(body)).sort()).toEqual(['steps', 'trigger']);
    const prose = '## Rollback plan\n\n**Trigger:** the error rate doubles and **steps** are\nthen taken by the on-call engineer.\n';
    expect(sections(prose)).toEqual({
      trigger: { filled: true, line: 3, text: 'the error rate doubles and steps are\nthen taken by the on-call engineer.' },
    });
  });

  it('unfilled labels on consecutive lines stay unfilled', () => {
    const body = '**Rollback trigger:** <!-- what makes you roll back -->\n**Rollback steps:** TODO\n';
    const { plan } = parseDescription(body);
    expect(plan.found).toBe(true);
    expect(plan.filled).toBe(false);
    expect(Object.values(plan.sections).every((s) => !s!.filled)).toBe(true);
  });
});
