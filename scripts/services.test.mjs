// Runs against the machine's real PostgreSQL, Redis and RabbitMQ, which `npm test` has just ensured.
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { ensureServices, ServicesUnavailableError } from "./services.mjs";

async function closedLocalPort() {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function ensureCollecting(env, chromium = "skip") {
  const lines = [];
  try {
    const machineEnv = { ...process.env, MOMENTUM_SERVICES_CHECK_ONLY: undefined, CHROMIUM_PATH: undefined };
    await ensureServices({ env: { ...machineEnv, ...env }, chromium, log: (line) => lines.push(line) });
    return { lines, problems: [] };
  } catch (error) {
    assert.ok(error instanceof ServicesUnavailableError, error.stack);
    return { lines, problems: error.problems };
  }
}

test("services that are up are reported in one line each and left alone", async () => {
  const { lines, problems } = await ensureCollecting({});
  assert.deepEqual(problems, []);
  assert.deepEqual(
    lines.map((line) => line.replace(/ at .*$/, "")),
    ["postgresql: reachable", "redis: reachable", "rabbitmq: reachable"],
  );
});

test("an unreachable server on another host is an error naming its variable, not something to start", async () => {
  const port = await closedLocalPort();
  const { problems } = await ensureCollecting({ REDIS_URL: `redis://127.0.0.2:${port}` });
  assert.equal(problems.length, 1);
  assert.match(
    problems[0],
    /^redis: cannot reach 127\.0\.0\.2:\d+ \(REDIS_URL\)\. That host is not this machine/,
  );
});

test("in check-only mode a stopped local server is reported with the command that starts it on its port", async () => {
  const port = await closedLocalPort();
  const { problems } = await ensureCollecting({
    MOMENTUM_SERVICES_CHECK_ONLY: "1",
    REDIS_URL: `redis://localhost:${port}`,
  });
  assert.equal(problems.length, 1);
  assert.match(
    problems[0],
    new RegExp(
      `^redis: not running at localhost:${port} \\(REDIS_URL\\)\\. Start it with: redis-server .*--port ${port} `,
    ),
  );
});

test("a start command that fails is reported with its output, without waiting out the start timeout", async () => {
  const port = await closedLocalPort();
  const fakeBin = mkdtempSync(path.join(tmpdir(), "momentum-fake-bin-"));
  try {
    writeFileSync(path.join(fakeBin, "redis-server"), "#!/bin/sh\necho 'cannot bind' >&2\nexit 1\n");
    chmodSync(path.join(fakeBin, "redis-server"), 0o755);
    const startedAt = Date.now();
    const { problems } = await ensureCollecting({
      PATH: `${fakeBin}${path.delimiter}${process.env.PATH}`,
      REDIS_URL: `redis://127.0.0.1:${port}`,
    });
    assert.ok(Date.now() - startedAt < 10_000, "waited as if the server were booting");
    assert.equal(problems.length, 1);
    assert.match(
      problems[0],
      /^redis: ran "redis-server .*" \(exit code 1\) but nothing accepts connections/,
    );
    assert.match(problems[0], /\n {4}cannot bind$/);
  } finally {
    rmSync(fakeBin, { recursive: true, force: true });
  }
});

test("a malformed URL is reported for its service while the others are still checked", async () => {
  const { lines, problems } = await ensureCollecting({ AMQP_URL: "guest@nowhere" });
  assert.deepEqual(problems, ['rabbitmq: AMQP_URL is not a valid URL: "guest@nowhere"']);
  assert.equal(lines.length, 2);
});

test("a missing Chromium only warns when asked to warn, and fails when it must be there", async () => {
  const warned = await ensureCollecting({ CHROMIUM_PATH: "/nonexistent/chromium" }, "warn");
  assert.deepEqual(warned.problems, []);
  assert.match(
    warned.lines.at(-1),
    /^chromium: not found at \/nonexistent\/chromium \(only the browser tests need it/,
  );
  const required = await ensureCollecting({ CHROMIUM_PATH: "/nonexistent/chromium" }, "ensure");
  assert.deepEqual(required.problems, [
    "chromium: CHROMIUM_PATH=/nonexistent/chromium is not an executable file. Fix CHROMIUM_PATH or unset it.",
  ]);
});
