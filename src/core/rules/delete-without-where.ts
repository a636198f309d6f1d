import { defineRule } from './rule';

export default defineRule({
  id: 'delete-without-where',
  category: 'destructive',
  defaultSeverity: 'error',
  summary: 'DELETE without a WHERE clause deletes every row of the table.',
});
