import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: tests that spawn dist/ under Node 24 or drill on PGlite took over 60 s when the
    // machine ran a load average of 14 (the fresh-clone CI run of 2026-12-01 lost three that way).
    // A timeout is a hang detector here, not a speed assertion.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    globalSetup: ['test/helpers/global-setup.ts'],
    setupFiles: ['test/helpers/wasm-setup.ts'],
  },
});
