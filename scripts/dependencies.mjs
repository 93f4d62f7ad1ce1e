// `npm install` only when needed, so `npm start` and `npm test` work on a fresh clone and stay quick after.
import { statSync } from "node:fs";
import path from "node:path";
import { runCommand } from "./command.mjs";

function modifiedAt(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Why `npm install` must run in `root`, or null when node_modules matches the lockfile.
 * npm writes node_modules/.package-lock.json after every install: a lockfile newer than it
 * means someone added or changed a dependency since.
 */
export function reasonToInstall(root) {
  const installedAt = modifiedAt(path.join(root, "node_modules", ".package-lock.json"));
  if (installedAt === null) return "node_modules is missing";
  const lockedAt = modifiedAt(path.join(root, "package-lock.json"));
  if (lockedAt !== null && lockedAt > installedAt) return "package-lock.json changed since the last install";
  return null;
}

/** Runs `npm install` when reasonToInstall says so; throws when it fails. */
export async function installDependenciesIfStale(root, env = process.env) {
  const reason = reasonToInstall(root);
  if (reason === null) return;
  console.log(`npm install (${reason})`);
  // Never --omit=optional: Next's SWC, sharp and turbo's binary come as optional packages.
  const code = await runCommand("npm", ["install", "--no-audit", "--no-fund"], { cwd: root, env });
  if (code !== 0) throw new Error(`npm install failed with exit code ${code} (see its output above)`);
}
