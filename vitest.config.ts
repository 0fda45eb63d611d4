import { defineConfig } from 'vitest/config';

// HARBOUR_TEST_REPORT=<file> adds a JSON report (CI prints "N passed, N failed" from it),
// so CI runs exactly `npm test`.
const report = process.env.HARBOUR_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
