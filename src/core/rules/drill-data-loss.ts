import { defineRule } from './rule';

export default defineRule({
  id: 'drill-data-loss',
  category: 'drill',
  defaultSeverity: 'error',
  summary: 'Rows or values present before the up are gone after the down.',
});
