import { defineRule } from './rule';

export default defineRule({
  id: 'parse-error',
  category: 'meta',
  defaultSeverity: 'notice',
  summary: 'The file could not be parsed; it was read conservatively.',
});
