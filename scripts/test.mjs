#!/usr/bin/env node
// `npm test`: install, ensure services (Chromium included), test these scripts, then build and
// test every workspace through turbo. Ends with "N passed, N failed"; exits non-zero on any failure.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { prepareRepository, REPOSITORY_ROOT, runScript, turbo } from "./prepare-repository.mjs";
import { TestTally } from "./test-summary.mjs";

/** Runs a command, echoing its output while the tally reads it; resolves the exit code. */
function runCounting(command, args, tally, task) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPOSITORY_ROOT, stdio: ["inherit", "pipe", "pipe"] });
    for (const [stream, target] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      readline.createInterface({ input: stream }).on("line", (line) => {
        target.write(`${line}\n`);
        tally.read(line, task);
      });
    }
    child.once("error", (error) => {
      console.error(`could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.once("close", (code) => resolve(code ?? 1));
  });
}

// The server must not depend on its host's time zone: unless told otherwise, every test runs 14 hours
// ahead of UTC, where "today" differs from the UTC day for half of every day.
process.env.TZ ??= "Pacific/Kiritimati";

runScript(async () => {
  await prepareRepository({ chromium: "ensure" });
  const tally = new TestTally();

  // Listed by name: `node --test scripts/` would also pick up test.mjs itself and run it.
  const scriptsDirectory = path.join(REPOSITORY_ROOT, "scripts");
  const scriptTests = readdirSync(scriptsDirectory)
    .filter((file) => file.endsWith(".test.mjs"))
    .map((file) => path.join("scripts", file));
  console.log("\n> scripts tests");
  const scriptsCode = await runCounting(
    process.execPath,
    ["--test", "--test-reporter=spec", ...scriptTests],
    tally,
    "scripts",
  );

  console.log("\n> build and workspace tests");
  // `test` depends on `build` in turbo.json, so this builds first. A workspace that fails to build
  // or test must not hide the results of the others, but nothing is tested against a failed build.
  const colour = process.stdout.isTTY ? ["--color"] : [];
  const turboCode = await runCounting(
    turbo,
    ["run", "test", "--concurrency=2", "--continue=dependencies-successful", ...colour],
    tally,
    "turbo",
  );

  // They cut and restart the shared RabbitMQ, kill processes and take their own databases away, so they
  // run after everything else, never beside it, and only on a build whose tests passed.
  console.log("\n> failure proofs (broker, relay, database outages)");
  const proofsRan = turboCode === 0;
  const outagesCode = proofsRan
    ? await runCounting(turbo, ["run", "test:outages", "--filter=@momentum/api", ...colour], tally, "outages")
    : 0;
  const proofsNotRun =
    "THE FAILURE PROOFS DID NOT RUN: the workspace tests failed first. Nothing here says whether events " +
    "survive broker, relay or database outages; fix the failures above and run `npm test` again.";
  if (!proofsRan) console.log(proofsNotRun);

  const { passed, failed } = tally.totals();
  const anyFailed = scriptsCode !== 0 || turboCode !== 0 || outagesCode !== 0;
  // Said again at the end, where a reader of a long log looks first.
  if (!proofsRan) console.log(`\n${proofsNotRun}`);
  // A run that failed before any test could report (a build error, a crash) is never "0 failed".
  console.log(`\n${passed} passed, ${anyFailed ? Math.max(failed, 1) : failed} failed`);
  return anyFailed ? 1 : 0;
});
