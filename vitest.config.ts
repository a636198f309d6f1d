import { defineConfig } from 'vitest/config';

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
    setupFiles: ['test/helpers/wasm-setup.ts'],
  },
});
