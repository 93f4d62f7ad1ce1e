#!/usr/bin/env node
// `npm start`: install, ensure services, build, set up the databases, then run every app
// with its output prefixed. Ctrl-C stops them all.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { runCommandCapturingOutput } from "./command.mjs";
import { prepareRepository, REPOSITORY_ROOT, runScript, runStep, turbo } from "./prepare-repository.mjs";
import { superviseProcesses } from "./process-supervisor.mjs";

/**
 * `npm start` is the development runner: the API runs as development (the only mode besides test that
 * may use the keys published in this repository) unless NODE_ENV says otherwise. The dashboard is left
 * to Next, whose `next start` is production by design.
 */
const developmentEnv = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "development" };

/**
 * The dashboard vouches for staff members' addresses with the secret the API accepts in development (the
 * API refuses this published value anywhere else); a DASHBOARD_PROXY_SECRET in the environment wins.
 */
const dashboardEnv = {
  DASHBOARD_PROXY_SECRET: "momentum-development-dashboard-proxy-secret-0123456789",
  ...process.env,
};

/** Every apps/* workspace with a `start` script, as `npm run start` commands. */
function appProcesses() {
  const appsDirectory = path.join(REPOSITORY_ROOT, "apps");
  return readdirSync(appsDirectory)
    .map((directory) => path.join(appsDirectory, directory, "package.json"))
    .filter((manifestPath) => existsSync(manifestPath))
    .map((manifestPath) => JSON.parse(readFileSync(manifestPath, "utf8")))
    .filter((manifest) => manifest.scripts?.start)
    .map((manifest) => ({
      name: manifest.name.replace(/^@momentum\//, ""),
      command: "npm",
      args: ["run", "start", "--silent", "--workspace", manifest.name],
      cwd: REPOSITORY_ROOT,
      env: manifest.name === "@momentum/admin" ? dashboardEnv : developmentEnv,
    }));
}

runScript(async () => {
  await prepareRepository({ chromium: "warn" });
  await runStep("build", turbo, ["run", "build", "--output-logs=errors-only"]);
  console.log("\n> database setup");
  // As development, setup seeds the demo accounts into an empty database (never by default elsewhere).
  const setup = await runCommandCapturingOutput(process.execPath, ["packages/db/dist/cli.js", "setup"], {
    env: developmentEnv,
  });
  process.stdout.write(setup.output);
  if (setup.code !== 0) throw new Error(`database setup failed with exit code ${setup.code}`);
  // Only right after seeding (a database with users is left alone, and these walk every user): the demo
  // user's seeded activity has no daily metrics yet; the synthetic demo population joins the demo accounts
  // (a few hundred users over four months: rows in bulk, analytics through the worker's ingestion, which
  // keeps their metrics, so it comes after the metrics rebuild that would walk all its days again); then
  // the demo data qualifies for achievements it was never awarded, its habits have no kept streak
  // checkpoint, and the demo user's seeded activity has no report rollups.
  if (/: seeded /.test(setup.output)) {
    await runStep("productivity metrics", process.execPath, [
      "apps/analytics/dist/cli/rebuild-productivity.js",
    ]);
    // Decides as setup did about the demo accounts (same environment), so both or neither are seeded.
    await runStep("demo population", process.execPath, ["apps/analytics/dist/cli/seed-demo-population.js"], {
      env: developmentEnv,
    });
    await runStep("habit states", process.execPath, ["apps/api/dist/cli/rebuild-habit-states.js"], {
      env: developmentEnv,
    });
    await runStep("achievements", process.execPath, ["apps/api/dist/cli/award-achievements.js"], {
      env: developmentEnv,
    });
    await runStep("report rollups", process.execPath, ["apps/analytics/dist/cli/rebuild-report-rollups.js"]);
  }
  const apps = appProcesses();
  console.log(`\n> starting ${apps.map(({ name }) => name).join(", ")} (Ctrl-C stops them all)`);
  const supervisor = superviseProcesses(apps, { colour: process.stdout.isTTY && !process.env.NO_COLOR });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => supervisor.stop());
  return supervisor.finished;
});
