import { hit, type SqlContext } from '../context';
import type { Hit } from '../../types';
import type { SqlCheck } from './types';

export const uncommittedTransaction: SqlCheck = () => [];

export function finishUncommittedTransaction(ctx: SqlContext): Hit[] {
  // A framework that wraps migrations commits a BEGIN that re-opens its transaction itself.
  if (ctx.transactional || ctx.openBeginLine === undefined) return [];
  return [
    {
      ...hit(
        'uncommitted-transaction',
        ctx,
        'BEGIN is never followed by COMMIT: the migration leaves its transaction open, holding every lock it took until the connection closes, and its changes may be rolled back. ' +
          'End the transaction with COMMIT in the same file.',
      ),
      line: ctx.openBeginLine,
    },
  ];
}
