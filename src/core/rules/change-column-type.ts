import { defineRule } from './rule';

export default defineRule({
  id: 'change-column-type',
  category: 'incompatible',
  defaultSeverity: 'error',
  summary: "Changing a column's type can lose data, rewrites the table and breaks old code.",
});
