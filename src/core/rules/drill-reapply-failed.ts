import { defineRule } from './rule';

export default defineRule({
  id: 'drill-reapply-failed',
  category: 'drill',
  defaultSeverity: 'error',
  summary: 'The migration fails when applied again after the down.',
});
