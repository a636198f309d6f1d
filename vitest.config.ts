import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// The files that take longest (each spawns dist/ many times, drills on PGlite or Postgres, runs the
// Action under Node 24 or several App processes), longest first. They start first so that they run
// beside the many short files instead of after them. Vitest orders by the durations it measured
// once it has run here (node_modules/.vite); on a fresh clone it would order by file size.
const LONGEST_FIRST = [
  'test/drill/drill-pglite.test.ts',
  'test/drill/drill-postgres.test.ts',
  'test/cli/patterns.test.ts',
  'test/app/replicas.test.ts',
  'test/lint/import-rules.test.ts',
  'test/action/concurrency.test.ts',
  'test/action/action.test.ts',
  'test/drill/rules.test.ts',
  'test/action/drill.test.ts',
  'test/app/ticks.test.ts',
  'test/cli/check.test.ts',
  'test/robustness/cli.test.ts',
  'test/app/faults.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((path) => spec.moduleId.endsWith(path));
      return i === -1 ? LONGEST_FIRST.length : i;
    };
    // A stable sort: the others keep vitest's order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

// No global setup: the tests that run dist/ or a tool beside the project make it ready on first
// use (test/helpers/built.ts), so unit-only runs build and download nothing.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: tests that spawn dist/ under Node 24 or drill on PGlite took over 60 s when the
    // machine ran a load average of 14 (the fresh-clone CI run of 2026-12-01 lost three that way).
    // A timeout is a hang detector here, not a speed assertion.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine, so the
    // suite ran file after file while most files wait on the processes they start (dist/, the
    // App, the Action, PGlite, Postgres). One worker per core keeps the cores busy. More only adds
    // contention: three workers beside another engineer's test run (load average 10 to 17) pushed
    // an Action test past the 180 s hang detector, and ten PGlite drills at once (concurrent drill
    // cases, tried) took over 180 s each.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: LongestFirst },
    setupFiles: ['test/helpers/wasm-setup.ts'],
  },
});
