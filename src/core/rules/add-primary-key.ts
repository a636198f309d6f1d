import { defineRule } from './rule';

export default defineRule({
  id: 'add-primary-key',
  category: 'locking',
  defaultSeverity: 'warning',
  summary: 'Adding a primary key builds an index and scans the table under an exclusive lock.',
});
