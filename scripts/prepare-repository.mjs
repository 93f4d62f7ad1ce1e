// The steps `npm start` and `npm test` share: configuration, dependencies, services.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCommand } from "./command.mjs";
import { installDependenciesIfStale } from "./dependencies.mjs";
import { loadEnvFile } from "./env-file.mjs";
import { ensureServices } from "./services.mjs";
import { continueOnSupportedNode } from "./supported-node.mjs";

export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Runs a command from the repository root; throws with `step` named when it fails. */
export async function runStep(step, command, args, { env = process.env } = {}) {
  console.log(`\n> ${step}`);
  const code = await runCommand(command, args, { cwd: REPOSITORY_ROOT, env });
  if (code !== 0) throw new Error(`${step} failed with exit code ${code}`);
}

export const turbo = path.join(REPOSITORY_ROOT, "node_modules", ".bin", "turbo");

/**
 * Loads `.env` into this process (and so into every command it runs), installs dependencies
 * if stale, goes on under the supported Node (re-running the script on node_modules/.bin/node when
 * this one is older) and ensures the services (Chromium per `chromium`, see ensureServices).
 */
export async function prepareRepository({ chromium }) {
  loadEnvFile(path.join(REPOSITORY_ROOT, ".env"));
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.TURBO_TELEMETRY_DISABLED = "1";
  await installDependenciesIfStale(REPOSITORY_ROOT);
  await continueOnSupportedNode(REPOSITORY_ROOT);
  await ensureServices({ chromium });
}

/** Runs `main`, turning a thrown error into its message and exit code 1. */
export function runScript(main) {
  main().then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`\n${error.message}`);
      process.exitCode = 1;
    },
  );
}
