import { defineRule } from './rule';

export default defineRule({
  id: 'drill-down-failed',
  category: 'drill',
  defaultSeverity: 'error',
  summary: 'The rehearsal could not roll the migration back.',
});
