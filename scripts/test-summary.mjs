// Counts passed and failed tests from the runners' own summary lines as they stream by, so
// `npm test` can end with one "N passed, N failed" line without changing any workspace's script.
//   vitest:      "      Tests  1 failed | 38 passed | 2 skipped (41)"
//   playwright:  "  12 passed (8.1s)", "  1 failed", "  2 flaky"
//   node --test: "ℹ pass 14" (spec reporter) or "# pass 14" (TAP)
// turbo prefixes each line with "<package>:test: " and names failed tasks in "Failed: <package>#test".

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const TURBO_PREFIX = /^(\S+?):test: ?(.*)$/;
const TURBO_FAILED = /^\s*Failed:\s+(.+)$/;
const VITEST_TESTS = /^\s*Tests\s+(.+?)\s*\(\d+\)\s*$/;
const VITEST_COUNT = /^(\d+) (passed|failed)$/;
const PLAYWRIGHT_COUNT = /^\s+(\d+) (passed|failed|flaky)(?: \(.+\))?$/;
const NODE_TEST_COUNT = /^[ℹ#] (pass|fail) (\d+)$/;

export class TestTally {
  #counts = new Map();
  #failedTasks = new Set();

  /** Reads one line of output; `task` names its source when the line carries no turbo prefix. */
  read(rawLine, task = "") {
    const line = rawLine.replace(ANSI, "");
    const failed = TURBO_FAILED.exec(line);
    if (failed) {
      for (const name of failed[1].split(/[,\s]+/).filter(Boolean))
        this.markFailed(name.replace(/#test$/, ""));
      return;
    }
    const prefixed = TURBO_PREFIX.exec(line);
    const source = prefixed ? prefixed[1] : task;
    const text = prefixed ? prefixed[2] : line;
    const vitest = VITEST_TESTS.exec(text);
    if (vitest) {
      for (const part of vitest[1].split("|")) {
        const count = VITEST_COUNT.exec(part.trim());
        if (count) this.#add(source, count[2], Number(count[1]));
      }
      return;
    }
    const playwright = PLAYWRIGHT_COUNT.exec(text);
    if (playwright) {
      // A flaky test failed, then passed on retry: it counts as passed, as Playwright's exit code does.
      this.#add(source, playwright[2] === "failed" ? "failed" : "passed", Number(playwright[1]));
      return;
    }
    const nodeTest = NODE_TEST_COUNT.exec(text.trim());
    if (nodeTest) this.#add(source, nodeTest[1] === "pass" ? "passed" : "failed", Number(nodeTest[2]));
  }

  /** A task whose command failed: at least one failure even when no test was reported failing. */
  markFailed(task) {
    this.#failedTasks.add(task);
  }

  /** `{ passed, failed }` over every task; a failed task without a failing test counts as one failure. */
  totals() {
    let passed = 0;
    let failed = 0;
    for (const counts of this.#counts.values()) {
      passed += counts.passed;
      failed += counts.failed;
    }
    for (const task of this.#failedTasks) if ((this.#counts.get(task)?.failed ?? 0) === 0) failed += 1;
    return { passed, failed };
  }

  #add(task, outcome, count) {
    const counts = this.#counts.get(task) ?? { passed: 0, failed: 0 };
    counts[outcome] += count;
    this.#counts.set(task, counts);
  }
}
