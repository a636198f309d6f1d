import { defineRule } from './rule';

export default defineRule({
  id: 'rename-column',
  category: 'incompatible',
  defaultSeverity: 'error',
  summary: 'Renaming a column breaks the code that is running (and the code you would roll back to).',
});
