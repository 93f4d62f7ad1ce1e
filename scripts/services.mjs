#!/usr/bin/env node
// Makes sure PostgreSQL, Redis, RabbitMQ (and Chromium for the browser tests) are there:
// reachable -> nothing to do; local but stopped -> start it; missing -> install it on Debian
// as root, otherwise stop with the command to run. Quick and idempotent when all is up.
//
//   node scripts/services.mjs [--check] [--chromium=ensure|warn|skip]
//
// MOMENTUM_SERVICES_NO_INSTALL=1 never runs apt-get; MOMENTUM_SERVICES_CHECK_ONLY=1 (or --check)
// neither installs nor starts anything and only says what to run.
import { accessSync, constants } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BACKING_SERVICES } from "./backing-services.mjs";
import { formatCommand, runCommandCapturingOutput } from "./command.mjs";
import { installInstruction, installPackage, reasonPackagesCannotBeInstalled } from "./debian-packages.mjs";
import { loadEnvFile } from "./env-file.mjs";
import { formatAddress, isLocalHost, isReachable, waitUntilReachable } from "./service-address.mjs";

export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

export class ServicesUnavailableError extends Error {
  constructor(problems) {
    super(problems.join("\n"));
    this.name = "ServicesUnavailableError";
    this.problems = problems;
  }
}

/**
 * Ensures every backing service, then Chromium according to `chromium`: "ensure" (install
 * if missing), "warn" (only say so) or "skip". Prints one line per service through `log`.
 * Throws ServicesUnavailableError listing every problem, each with what to do about it.
 */
export async function ensureServices({ env = process.env, chromium = "ensure", log = console.log } = {}) {
  const checkOnly = env.MOMENTUM_SERVICES_CHECK_ONLY === "1";
  const probes = await Promise.all(
    BACKING_SERVICES.map(async (service) => {
      try {
        const addresses = service.addresses(env);
        return { service, addresses, down: await unreachable(addresses) };
      } catch (error) {
        return { service, error };
      }
    }),
  );
  const problems = [];
  // One after another: apt-get holds a lock, and each start prints its own line.
  for (const { service, addresses, down, error } of probes) {
    try {
      if (error) throw new Error(`${service.name}: ${error.message}`);
      if (down.length === 0) log(`${service.name}: reachable at ${addresses.map(formatAddress).join(", ")}`);
      else log(await bringUp(service, down, { env, checkOnly }));
    } catch (failure) {
      problems.push(failure.message);
    }
  }
  if (chromium !== "skip") {
    try {
      log(await ensureChromium(env, chromium));
    } catch (error) {
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new ServicesUnavailableError(problems);
}

async function bringUp(service, down, { env, checkOnly }) {
  const where = down.map((address) => `${formatAddress(address)} (${address.variable})`).join(", ");
  const remote = down.filter((address) => !isLocalHost(address.host));
  if (remote.length > 0) {
    throw new Error(
      `${service.name}: cannot reach ${where}. That host is not this machine, so start the server there ` +
        `or point ${remote.map((address) => address.variable).join(" and ")} at one that runs.`,
    );
  }
  let installed = false;
  if (!service.isInstalled(env)) {
    const reason = reasonPackagesCannotBeInstalled(env);
    if (reason !== null) {
      throw new Error(
        `${service.name}: nothing listens at ${where} and it is not installed (${reason}). ` +
          `Install it with: ${installInstruction(service.debianPackage)} — then run this again.`,
      );
    }
    await installPackage(service.debianPackage, env);
    await service.afterInstall?.();
    installed = true;
  }
  const [command, args] = service.startCommand(down[0]);
  const typed = formatCommand(command, args);
  if (checkOnly) throw new Error(`${service.name}: not running at ${where}. Start it with: ${typed}`);
  // Under systemd the package starts the server itself on install.
  const stillDown = installed ? await unreachable(down) : down;
  if (stillDown.length > 0) {
    const { code, output } = await runCommandCapturingOutput(command, args, { env });
    // A failed start command leaves nothing to wait for, unless another run started the server meanwhile.
    const timeoutMs = code === 0 ? service.startTimeoutMs : 2_000;
    const up = await Promise.all(stillDown.map((address) => waitUntilReachable(address, timeoutMs)));
    if (up.includes(false)) {
      const hint =
        code !== 0 && process.getuid?.() !== 0 ? " Starting it may need root: try it with sudo." : "";
      throw new Error(
        `${service.name}: ran "${typed}" (exit code ${code}) but nothing accepts connections at ${where} ` +
          `after ${timeoutMs / 1000} s.${hint}${output.trim() ? `\n${indent(output.trim())}` : ""}`,
      );
    }
  }
  return `${service.name}: ${installed ? "installed and " : ""}started, reachable at ${down.map(formatAddress).join(", ")}`;
}

async function ensureChromium(env, mode) {
  const executable = env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
  if (isExecutable(executable)) return `chromium: found at ${executable}`;
  const instruction = installInstruction("chromium");
  if (mode === "warn")
    return `chromium: not found at ${executable} (only the browser tests need it: ${instruction})`;
  if (executable !== DEFAULT_CHROMIUM_PATH) {
    throw new Error(
      `chromium: CHROMIUM_PATH=${executable} is not an executable file. Fix CHROMIUM_PATH or unset it.`,
    );
  }
  const reason = reasonPackagesCannotBeInstalled(env);
  if (reason !== null) {
    throw new Error(`chromium: not found at ${executable} (${reason}). Install it with: ${instruction}`);
  }
  await installPackage("chromium", env);
  if (!isExecutable(executable))
    throw new Error(`chromium: installed the package but ${executable} is still missing.`);
  return `chromium: installed at ${executable}`;
}

async function unreachable(addresses) {
  const reachable = await Promise.all(addresses.map((address) => isReachable(address)));
  return addresses.filter((_, index) => !reachable[index]);
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function indent(text) {
  return text.replace(/^/gm, "    ");
}

function parseChromiumMode(argv) {
  const flag = argv.find((argument) => argument.startsWith("--chromium="));
  const mode = flag?.slice("--chromium=".length) ?? "ensure";
  if (!["ensure", "warn", "skip"].includes(mode))
    throw new Error(`--chromium must be ensure, warn or skip, not "${mode}"`);
  return mode;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  try {
    loadEnvFile(path.join(repositoryRoot, ".env"));
    if (process.argv.includes("--check")) process.env.MOMENTUM_SERVICES_CHECK_ONLY = "1";
    await ensureServices({ chromium: parseChromiumMode(process.argv.slice(2)) });
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
