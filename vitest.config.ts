import { defineConfig } from 'vitest/config';

// Three tiers, each runnable alone (README, "Tests"):
// - unit: the pure core and everything else under src/; no database, no web build, seconds.
// - integration: HTTP against a real PostgreSQL, the CLI and processes, crash/fuzz/backup.
// - browser: headless Chromium journeys against Harbour servers they start themselves.
// `npm test` runs all three.
//
// HARBOUR_TEST_REPORT=<file> adds a JSON report (CI prints "N passed, N failed" from it),
// so CI runs exactly `npm test`.
const report = process.env.HARBOUR_TEST_REPORT;

// With DATABASE_URL the suite runs a second time on that server (CI does both). The browser
// journeys start their own servers on the embedded database, so they would only repeat the
// first run; they run once, in the embedded pass.
const external = Boolean(process.env.DATABASE_URL);

// The tiers that run servers, processes and a browser retry a failed test once: a timing slip on a
// loaded machine should not fail the run, and a real fault fails twice. Every test that needed its
// retry is named at the end of the run (tests/support/retry-reporter.ts), so none hides. The pure
// unit tier never retries.
const retryReporter = './tests/support/retry-reporter.ts';
const RETRY_ONCE = 1;

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: report ? ['default', ['json', { outputFile: report }], retryReporter] : ['default', retryReporter],
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'src/**/*.test.tsx'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          retry: RETRY_ONCE,
          include: ['tests/integration/**/*.test.ts', 'tests/resilience/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
      ...(external
        ? []
        : [
            {
              extends: true as const,
              test: { name: 'browser', retry: RETRY_ONCE, include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/support/web-build-setup.ts'] },
            },
          ]),
    ],
  },
});
