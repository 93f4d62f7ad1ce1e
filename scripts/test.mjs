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

const colourFlag = () => (process.stdout.isTTY ? ["--color"] : []);

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

  // Types (test files included: SWC strips them when tests run), type-aware lint and formatting. A
  // failure here fails the run, but the tests still run so one report shows everything.
  console.log("\n> type check, lint and format");
  const staticCode = await runCounting(
    turbo,
    ["run", "typecheck", "lint", "--concurrency=2", "--continue=dependencies-successful", ...colourFlag()],
    tally,
    "static",
  );
  const formatCode = await runCounting(
    path.join(REPOSITORY_ROOT, "node_modules", ".bin", "prettier"),
    ["--check", "--log-level=warn", "."],
    tally,
    "format",
  );
  if (formatCode !== 0) console.log("prettier: the files above are not formatted; run `npm run format`");

  console.log("\n> build and workspace tests");
  // `test` depends on `build` in turbo.json, so this builds first. A workspace that fails to build
  // or test must not hide the results of the others, but nothing is tested against a failed build.
  const turboCode = await runCounting(
    turbo,
    ["run", "test", "--concurrency=2", "--continue=dependencies-successful", ...colourFlag()],
    tally,
    "turbo",
  );

  // They cut and restart the shared RabbitMQ, kill processes and take their own databases away, so they
  // run after everything else, never beside it, and only on a build whose tests passed.
  console.log("\n> failure proofs (broker, relay, database outages)");
  const proofsRan = turboCode === 0;
  const outagesCode = proofsRan
    ? await runCounting(
        turbo,
        ["run", "test:outages", "--filter=@momentum/api", ...colourFlag()],
        tally,
        "outages",
      )
    : 0;
  const proofsNotRun =
    "THE FAILURE PROOFS DID NOT RUN: the workspace tests failed first. Nothing here says whether events " +
    "survive broker, relay or database outages; fix the failures above and run `npm test` again.";
  if (!proofsRan) console.log(proofsNotRun);

  const { passed, failed } = tally.totals();
  const anyFailed = [scriptsCode, staticCode, formatCode, turboCode, outagesCode].some((code) => code !== 0);
  // Said again at the end, where a reader of a long log looks first.
  if (!proofsRan) console.log(`\n${proofsNotRun}`);
  // A run that failed before any test could report (a build error, a crash) is never "0 failed".
  console.log(`\n${passed} passed, ${anyFailed ? Math.max(failed, 1) : failed} failed`);
  return anyFailed ? 1 : 0;
});
