import { defineRule } from './rule';

export default defineRule({
  id: 'drill-schema-drift',
  category: 'drill',
  defaultSeverity: 'error',
  summary: 'After up then down the schema differs from where it started.',
});
