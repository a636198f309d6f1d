import { defineRule } from './rule';

export default defineRule({
  id: 'drill-up-failed',
  category: 'drill',
  defaultSeverity: 'error',
  summary: 'The rehearsal could not apply the migration.',
});
