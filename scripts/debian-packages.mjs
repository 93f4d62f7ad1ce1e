// Installing a missing service with apt-get, which the scripts do only on Debian as root.
import { existsSync } from "node:fs";
import { commandExists, formatCommand, runCommand } from "./command.mjs";

let packageListsUpdated;

/** Why packages cannot be installed here, or null when they can. */
export function reasonPackagesCannotBeInstalled(env = process.env) {
  if (env.MOMENTUM_SERVICES_CHECK_ONLY === "1") return "MOMENTUM_SERVICES_CHECK_ONLY=1 is set";
  if (env.MOMENTUM_SERVICES_NO_INSTALL === "1") return "MOMENTUM_SERVICES_NO_INSTALL=1 is set";
  if (!existsSync("/etc/debian_version") || !commandExists("apt-get", env))
    return "this is not a Debian machine";
  if (process.getuid?.() !== 0) return "installing needs root";
  return null;
}

/** What a person should run to install the package themselves. */
export function installInstruction(packageName) {
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  return `${sudo}apt-get update && ${sudo}${formatCommand("apt-get", ["install", "-y", packageName])}`;
}

/** `apt-get update` (once per run) then `apt-get install -y <package>`; throws when either fails. */
export async function installPackage(packageName, env = process.env) {
  const aptEnv = { ...env, DEBIAN_FRONTEND: "noninteractive" };
  packageListsUpdated ??= runCommand("apt-get", ["update"], { env: aptEnv });
  if ((await packageListsUpdated) !== 0) throw new Error("apt-get update failed (see its output above)");
  if ((await runCommand("apt-get", ["install", "-y", packageName], { env: aptEnv })) !== 0) {
    throw new Error(`apt-get install -y ${packageName} failed (see its output above)`);
  }
}
