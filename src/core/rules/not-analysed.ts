import { defineRule } from './rule';

export default defineRule({
  id: 'not-analysed',
  category: 'meta',
  defaultSeverity: 'notice',
  summary: 'A migration file no reader analyses (or only in part): it was not checked, and the finding says why.',
});
