// Running the machine's own commands (service control, apt-get, npm, turbo) from the scripts.
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";

/** Whether `name` is an executable on the PATH of `env`. */
export function commandExists(name, env = process.env) {
  return (env.PATH ?? "").split(path.delimiter).some((directory) => {
    if (directory === "") return false;
    try {
      accessSync(path.join(directory, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Runs a command to completion with inherited output and resolves its exit code
 * (a signal counts as 1; a command that cannot be spawned, 127).
 */
export function runCommand(command, args, { env = process.env, cwd } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, cwd, stdio: "inherit" });
    child.once("error", () => resolve(127));
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

/**
 * Runs a command and keeps its output to show only if it fails: daemon start commands
 * print warnings that mean nothing when the daemon comes up. Resolves `{ code, output }`.
 */
export function runCommandCapturingOutput(command, args, { env = process.env, cwd } = {}) {
  return new Promise((resolve) => {
    const chunks = [];
    const child = spawn(command, args, { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.stderr.on("data", (chunk) => chunks.push(chunk));
    child.once("error", (error) => resolve({ code: 127, output: error.message }));
    child.once("exit", (code) => {
      // A daemon it forked may still hold the pipes open; letting go keeps this process from hanging.
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString("utf8") });
    });
  });
}

/** The command as a person would type it, for messages that say what to run. */
export function formatCommand(command, args) {
  const quote = (word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`);
  return [command, ...args].map(quote).join(" ");
}
