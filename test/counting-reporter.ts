// Prints the closing lines CI reads: totals per state, and how many tests ran against
// SQLite, PostgreSQL and Chromium. Integration tests name their database in a describe
// ("[sqlite]" / "[postgres]"); every test in the e2e project runs in Chromium.
import type { Reporter, TestModule } from "vitest/node";

export default class CountingReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let sqlite = 0;
    let postgres = 0;
    let chromium = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") {
          passed++;
        } else if (state === "failed") {
          failed++;
        } else {
          skipped++;
        }
        if (state !== "passed") {
          continue;
        }
        if (test.fullName.includes("[sqlite]")) {
          sqlite++;
        }
        if (test.fullName.includes("[postgres]")) {
          postgres++;
        }
        if (test.project.name === "e2e") {
          chromium++;
        }
      }
    }
    console.log(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    console.log(
      `ran: ${sqlite} against SQLite, ${postgres} against PostgreSQL, ${chromium} in Chromium`,
    );
  }
}
