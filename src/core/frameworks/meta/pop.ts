import type { FrameworkMeta } from './types';
import { detectSqlFramework, popName } from '../sql-detect';

/** The down file beside a pop up file (`x.postgres.up.sql` → `x.postgres.down.sql`, `.fizz` likewise). */
export function popDownPathOf(path: string): string | undefined {
  return /\.up\.(sql|fizz)$/i.test(path) ? path.replace(/\.up\.(sql|fizz)$/i, '.down.$1') : undefined;
}

// gobuffalo/pop and ory/popx: `<version>_<name>[.<dialect>].(up|down).(sql|fizz)`, where ory splits
// one migration into numbered parts (`20200830130642000000_x…`, `…000001_x…`) that run one by one.
const pop: FrameworkMeta = {
  id: 'pop',
  globs: ['**/*.up.fizz', '**/*.down.fizz', '**/migrations/**/*.up.sql', '**/migrations/**/*.down.sql'],
  comment: '--',
  detect: (path, content) => (path.toLowerCase().endsWith('.fizz') ? popName(path) !== undefined : detectSqlFramework(path, content) === 'pop'),
  counterparts(path) {
    const down = popDownPathOf(path);
    return down ? [down] : [];
  },
};
export default pop;
