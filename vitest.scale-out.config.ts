import { defineConfig } from 'vitest/config';

// The scale-out tier (issue 14): three Harbour processes behind nginx and PgBouncer on the
// PostgreSQL in DATABASE_URL. Not part of `npm test`; `npm run test:scale-out` runs it, and
// .ci/run does after the external pass. Skips, saying why, without nginx, pgbouncer or DATABASE_URL.
const report = process.env.HARBOUR_TEST_REPORT;

export default defineConfig({
  test: {
    name: 'scale-out',
    include: ['tests/scale-out/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
