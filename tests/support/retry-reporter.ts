// Names every test that failed first and passed on its retry (the integration and browser tiers
// retry once; see vitest.config.ts). A retry keeps one slow moment on a loaded machine from
// failing the whole run, and this list keeps such tests from hiding: it is printed at the end of
// the run and, under CI, written beside the JSON report so .ci/run repeats it in its summary.
import { appendFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export default class RetryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const retried: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const diagnostic = test.diagnostic();
        if (diagnostic && diagnostic.retryCount > 0 && test.result().state === 'passed') {
          retried.push(`${module.moduleId.replace(`${process.cwd()}/`, '')} > ${test.fullName}`);
        }
      }
    }
    if (retried.length === 0) return;
    const lines = retried.map((name) => `passed on retry: ${name}`);
    console.log(`\n${lines.join('\n')}\n`);
    const report = process.env.HARBOUR_TEST_REPORT;
    if (report) appendFileSync(`${report}.retried.txt`, `${lines.join('\n')}\n`);
  }
}
