// Runs the apps side by side for `npm start`: each line prefixed with its app's name,
// each app in its own process group so stopping it stops whatever it spawned (npm, sh, next).
import { spawn } from "node:child_process";
import readline from "node:readline";

const COLOURS = [36, 35, 33, 32, 34, 31];
const STOP_GRACE_MS = 10_000;

function prefixer(names, colour) {
  const width = Math.max(...names.map((name) => name.length));
  return (name, index) => {
    const label = `[${name}]`.padEnd(width + 2);
    return colour ? `\x1b[${COLOURS[index % COLOURS.length]}m${label}\x1b[0m ` : `${label} `;
  };
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * Starts every `{ name, command, args, cwd, env }`. If one exits on its own, the others are
 * stopped too. `stop()` sends SIGTERM to every group, then SIGKILL after a grace period (or at
 * once when called again). `finished` resolves to 0 after a requested stop, 1 when an app quit.
 */
export function superviseProcesses(
  definitions,
  { write = (text) => process.stdout.write(text), colour = false } = {},
) {
  const label = prefixer(
    definitions.map(({ name }) => name),
    colour,
  );
  const running = new Set();
  let stopRequested = false;
  let exitCode = 0;
  let resolveFinished;
  const finished = new Promise((resolve) => (resolveFinished = resolve));

  const children = definitions.map((definition, index) => {
    const prefix = label(definition.name, index);
    const child = spawn(definition.command, definition.args, {
      cwd: definition.cwd,
      env: definition.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    running.add(child);
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on("line", (line) => write(`${prefix}${line}\n`));
    }
    child.once("error", (error) => write(`${prefix}could not start: ${error.message}\n`));
    child.once("close", (code, signal) => {
      running.delete(child);
      // Whatever it spawned and left behind (a server under `npm run`) goes with it.
      signalGroup(child, "SIGTERM");
      if (!stopRequested) {
        write(`${prefix}exited (${signal ?? `code ${code}`}); stopping the others\n`);
        exitCode = 1;
        stop();
      }
      if (running.size === 0) resolveFinished(exitCode);
    });
    return child;
  });

  let killTimer;
  function stop() {
    if (stopRequested) {
      for (const child of running) signalGroup(child, "SIGKILL");
      return;
    }
    stopRequested = true;
    for (const child of running) signalGroup(child, "SIGTERM");
    killTimer = setTimeout(() => {
      for (const child of running) signalGroup(child, "SIGKILL");
    }, STOP_GRACE_MS);
    killTimer.unref();
  }

  // Last resort if this script dies unexpectedly: leave no app running behind it.
  const killAll = () => children.forEach((child) => running.has(child) && signalGroup(child, "SIGKILL"));
  process.once("exit", killAll);
  finished.then(() => {
    clearTimeout(killTimer);
    process.off("exit", killAll);
  });

  return { stop, finished };
}
