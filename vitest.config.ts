import { defineConfig } from 'vitest/config';

// HARBOUR_TEST_REPORT=<file> adds a JSON report (CI prints "N passed, N failed" from it),
// so CI runs exactly `npm test`.
const report = process.env.HARBOUR_TEST_REPORT;

// With DATABASE_URL the suite runs a second time on that server (CI does both). The browser
// journeys start their own servers on the embedded database, so they would only repeat the
// first run; they run once, in the embedded pass.
const external = Boolean(process.env.DATABASE_URL);

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(external ? ['tests/e2e/**'] : [])],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
