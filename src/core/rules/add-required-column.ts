import { defineRule } from './rule';

export default defineRule({
  id: 'add-required-column',
  category: 'incompatible',
  defaultSeverity: 'error',
  summary: 'Adding a NOT NULL column without a default breaks inserts from old code.',
});
