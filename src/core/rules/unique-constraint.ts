import { defineRule } from './rule';

export default defineRule({
  id: 'unique-constraint',
  category: 'data',
  defaultSeverity: 'warning',
  summary: 'A unique constraint or index fails on duplicates and locks the table while it is built.',
});
