import { defineRule } from './rule';

export default defineRule({
  id: 'drop-table',
  category: 'destructive',
  defaultSeverity: 'error',
  summary: 'DROP TABLE deletes the table and its rows; a rollback cannot bring them back.',
});
