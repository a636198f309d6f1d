import { defineRule } from './rule';

export default defineRule({
  id: 'enum-value-added',
  category: 'data',
  defaultSeverity: 'warning',
  summary: 'Postgres cannot drop a value from an enum type: the change is one-way.',
});
