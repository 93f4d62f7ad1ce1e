import assert from "node:assert/strict";
import { test } from "node:test";
import { TestTally } from "./test-summary.mjs";

function tally(lines, task) {
  const counts = new TestTally();
  for (const line of lines) counts.read(line, task);
  return counts.totals();
}

test("vitest's Tests line is counted per package, colours and skipped tests aside", () => {
  const totals = tally([
    "@momentum/domain:test: \x1b[2m Test Files \x1b[22m \x1b[1m\x1b[32m7 passed\x1b[39m\x1b[22m\x1b[90m (7)\x1b[39m",
    "@momentum/domain:test: \x1b[2m      Tests \x1b[22m \x1b[1m\x1b[32m39 passed\x1b[39m\x1b[22m\x1b[90m (39)\x1b[39m",
    "@momentum/api:test:       Tests  1 failed | 20 passed | 2 skipped (23)",
  ]);
  assert.deepEqual(totals, { passed: 59, failed: 1 });
});

test("playwright's summary after vitest in the same package adds up, flaky counting as passed", () => {
  const totals = tally([
    "@momentum/admin:test:       Tests  4 passed (4)",
    "@momentum/admin:test:   1 failed",
    "@momentum/admin:test:     [chromium] › e2e/login.e2e.ts:3:1 › staff sign in",
    "@momentum/admin:test:   1 flaky",
    "@momentum/admin:test:   6 passed (12.4s)",
  ]);
  assert.deepEqual(totals, { passed: 11, failed: 1 });
});

test("node's test runner summary counts for the task it is read for", () => {
  assert.deepEqual(tally(["ℹ tests 21", "ℹ pass 20", "ℹ fail 1"], "scripts"), { passed: 20, failed: 1 });
  assert.deepEqual(tally(["# pass 9", "# fail 0"], "scripts"), { passed: 9, failed: 0 });
});

test("a package turbo reports failed with no failing test still counts as one failure", () => {
  const totals = tally([
    "@momentum/api:test:  Test Files  1 failed | 3 passed (4)",
    "@momentum/api:test:       Tests  12 passed (12)",
    "@momentum/db:test:       Tests  1 failed | 5 passed (6)",
    "Failed:    @momentum/api#test, @momentum/db#test",
  ]);
  assert.deepEqual(totals, { passed: 17, failed: 2 });
});

test("lines that only look alike are not counted", () => {
  const totals = tally([
    "@momentum/api:test:  ✓ src/tasks/complete-task.test.ts (5 tests) 12ms",
    "@momentum/api:test: 3 passed the threshold",
    "@momentum/api:build: > tsc -p tsconfig.build.json",
  ]);
  assert.deepEqual(totals, { passed: 0, failed: 0 });
});
