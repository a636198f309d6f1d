import { defineRule } from './rule';

export default defineRule({
  id: 'truncate',
  category: 'destructive',
  defaultSeverity: 'error',
  summary: 'TRUNCATE deletes every row of the table.',
});
