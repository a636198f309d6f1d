// Alembic's run order (src/core/frameworks/alembic/revisions.ts): revisions by their down_revision
// chain, as redash's hash-named and dispatch's merge revisions need.
import { describe, expect, it } from 'vitest';
import { revisionIds, revisionOrder } from '../../../src/core/frameworks/alembic/revisions';

const revision = (id: string, parents: string | string[] | null, typed = false) =>
  [
    '"""a revision"""',
    'from alembic import op',
    '',
    `revision${typed ? ': str' : ''} = "${id}"`,
    `down_revision${typed ? ': Union[str, None]' : ''} = ${parents === null ? 'None' : Array.isArray(parents) ? `(${parents.map((p) => `"${p}"`).join(', ')})` : `'${parents}'`}`,
    'branch_labels = None',
    '',
    'def upgrade():',
    '    pass',
    '',
  ].join('\n');

describe('Alembic revision order', () => {
  it('reads revision and down_revision, typed or not, a merge tuple, None', async () => {
    expect(await revisionIds(revision('a1', null))).toEqual({ revision: 'a1', parents: [] });
    expect(await revisionIds(revision('b2', 'a1', true))).toEqual({ revision: 'b2', parents: ['a1'] });
    expect(await revisionIds(revision('m3', ['b2', 'c4']))).toEqual({ revision: 'm3', parents: ['b2', 'c4'] });
    // A helper module, or a revision id set inside a function: no revision.
    expect(await revisionIds('def f():\n    revision = "x"\n')).toBeUndefined();
  });

  it('puts each revision after its parents, whatever the names (a merge’s parents in the order it names them)', async () => {
    const files: Record<string, string> = {
      'v/ff_first.py': revision('ff', null),
      'v/aa_second.py': revision('aa', 'ff'),
      'v/cc_branch_b.py': revision('cc', 'aa'),
      'v/bb_branch_a.py': revision('bb', 'aa'),
      'v/00_merge.py': revision('mm', ['cc', 'bb']),
      'v/__init__.py': '',
      'v/README': 'not python',
    };
    const read = async (path: string) => files[path];
    const names = Object.keys(files).map((p) => p.slice(2));
    expect(await revisionOrder(names, 'v/', read)).toEqual(['ff_first.py', 'aa_second.py', 'cc_branch_b.py', 'bb_branch_a.py', '00_merge.py']);
    // A parent outside the folder makes a root; a cycle (not Alembic's) does not loop.
    const odd: Record<string, string> = { 'v/x.py': revision('x', 'elsewhere'), 'v/y.py': revision('y', 'z'), 'v/z.py': revision('z', 'y') };
    expect(
      await revisionOrder(
        Object.keys(odd).map((p) => p.slice(2)),
        'v/',
        async (p) => odd[p],
      ),
    ).toEqual(['x.py', 'z.py', 'y.py']);
  });

  it('throws when a revision cannot be read, so the look back says why instead of guessing an order', async () => {
    await expect(revisionOrder(['a.py', 'b.py'], 'v/', async (p) => (p === 'v/a.py' ? revision('a', null) : undefined))).rejects.toThrow(
      'v/b.py could not be read',
    );
    const failing = async () => {
      throw new Error('HTTP 502');
    };
    await expect(revisionOrder(['a.py'], 'v/', failing)).rejects.toThrow('HTTP 502');
  });
});
