import { defineRule } from './rule';

export default defineRule({
  id: 'rename-table',
  category: 'incompatible',
  defaultSeverity: 'error',
  summary: 'Renaming a table breaks the code that is running (and the code you would roll back to).',
});
