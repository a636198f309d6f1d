import { defineRule } from './rule';

export default defineRule({
  id: 'constraint-not-valid-missing',
  category: 'locking',
  defaultSeverity: 'warning',
  summary: 'A foreign key or CHECK constraint added without NOT VALID scans the table under lock.',
});
