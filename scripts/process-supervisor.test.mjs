import assert from "node:assert/strict";
import { test } from "node:test";
import { superviseProcesses } from "./process-supervisor.mjs";

// A Node process that prints, spawns a long-lived grandchild (as npm -> sh -> node does), and waits.
function app(name, { exitAfterMs } = {}) {
  const script = `
    const { spawn } = require("node:child_process");
    const grandchild = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    console.log("pid " + grandchild.pid);
    ${exitAfterMs === undefined ? "setInterval(() => {}, 1000);" : `setTimeout(() => process.exit(3), ${exitAfterMs});`}
  `;
  return { name, command: process.execPath, args: ["-e", script], env: process.env };
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pids of the grandchildren, by app name, once each app has printed its own. */
async function grandchildPids(lines, count) {
  const printed = () => lines.filter((line) => line.includes(" pid "));
  while (printed().length < count) await new Promise((resolve) => setTimeout(resolve, 50));
  return Object.fromEntries(
    printed().map((line) => [/^\[(\w+)\]/.exec(line)[1], Number(line.split(" pid ")[1])]),
  );
}

async function waitUntilGone(pids) {
  const deadline = Date.now() + 5000;
  while (pids.some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return pids.filter(isAlive);
}

test("every line is prefixed with its app's name, padded to the longest", async () => {
  const lines = [];
  const supervisor = superviseProcesses([app("api"), app("notifier")], { write: (text) => lines.push(text) });
  await grandchildPids(lines, 2);
  supervisor.stop();
  assert.equal(await supervisor.finished, 0);
  assert.ok(
    lines.some((line) => /^\[api\]      pid \d+\n$/.test(line)),
    lines.join(""),
  );
  assert.ok(
    lines.some((line) => /^\[notifier\] pid \d+\n$/.test(line)),
    lines.join(""),
  );
});

test("stopping ends every app together with the processes it spawned", async () => {
  const lines = [];
  const supervisor = superviseProcesses([app("api"), app("admin")], { write: (text) => lines.push(text) });
  const pids = await grandchildPids(lines, 2);
  supervisor.stop();
  assert.equal(await supervisor.finished, 0);
  assert.deepEqual(await waitUntilGone(Object.values(pids)), []);
});

test("an app that quits on its own stops the others and makes the run fail", async () => {
  const lines = [];
  const supervisor = superviseProcesses([app("api"), app("analytics", { exitAfterMs: 300 })], {
    write: (text) => lines.push(text),
  });
  const pids = await grandchildPids(lines, 2);
  assert.equal(await supervisor.finished, 1);
  assert.ok(
    lines.some((line) => line.startsWith("[analytics] exited (code 3); stopping the others")),
    lines.join(""),
  );
  assert.deepEqual(await waitUntilGone([pids.api, pids.analytics]), []);
});
