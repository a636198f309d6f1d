import { defineRule } from './rule';

export default defineRule({
  id: 'drop-not-null',
  category: 'incompatible',
  defaultSeverity: 'error',
  summary: 'DROP NOT NULL lets new code write NULLs that old code does not expect.',
});
