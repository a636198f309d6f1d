import { defineRule } from './rule';

export default defineRule({
  id: 'drop-column',
  category: 'destructive',
  defaultSeverity: 'error',
  summary: "DROP COLUMN deletes the column's data; a rollback cannot bring it back and old code still reads it.",
});
