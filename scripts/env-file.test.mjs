import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { loadEnvFile, parseEnvFile } from "./env-file.mjs";

test("bare, quoted and exported assignments are read; comments and blank lines are not", () => {
  const text = [
    "# Momentum",
    "",
    "API_PORT=4000",
    "export LOG_LEVEL=debug # chatty while developing",
    "JWT_SECRET='a#b c $HOME'",
    'FIREBASE_SERVICE_ACCOUNT_JSON="{\\"k\\":\\"line\\\\none\\"}"',
    "REDIS_KEY_PREFIX=",
  ].join("\n");
  assert.deepEqual(parseEnvFile(text), {
    API_PORT: "4000",
    LOG_LEVEL: "debug",
    JWT_SECRET: "a#b c $HOME",
    FIREBASE_SERVICE_ACCOUNT_JSON: '{"k":"line\\none"}',
    REDIS_KEY_PREFIX: "",
  });
});

test("a line that is not an assignment is an error naming the file and line", () => {
  assert.throws(
    () => parseEnvFile("API_PORT=4000\nnot an assignment", "/repo/.env"),
    /\/repo\/\.env:2: expected KEY=value/,
  );
});

test("variables already in the environment win over the file", () => {
  const directory = mkdtempSync(path.join(tmpdir(), "momentum-env-"));
  try {
    const file = path.join(directory, ".env");
    writeFileSync(file, "API_PORT=4100\nLOG_LEVEL=debug\n");
    const env = { API_PORT: "4000" };
    assert.deepEqual(loadEnvFile(file, env), ["LOG_LEVEL"]);
    assert.deepEqual(env, { API_PORT: "4000", LOG_LEVEL: "debug" });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test("a missing file sets nothing", () => {
  const env = {};
  assert.deepEqual(loadEnvFile("/nonexistent/momentum/.env", env), []);
  assert.deepEqual(env, {});
});
