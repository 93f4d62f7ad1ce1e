import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, test } from "node:test";
import { loadEnvFile } from "./env-file.mjs";

// The promises README and .env.example make about `.env`, checked on the Node that runs the scripts.
const names = ["MOMENTUM_ENV_TEST_PORT", "MOMENTUM_ENV_TEST_LEVEL", "MOMENTUM_ENV_TEST_JSON"];
const directories = [];
afterEach(() => {
  names.forEach((name) => delete process.env[name]);
  directories.splice(0).forEach((directory) => rmSync(directory, { recursive: true }));
});

function envFile(text) {
  const directory = mkdtempSync(path.join(tmpdir(), "momentum-env-"));
  directories.push(directory);
  writeFileSync(path.join(directory, ".env"), text);
  return path.join(directory, ".env");
}

test("variables already in the environment win over the file", () => {
  const file = envFile("MOMENTUM_ENV_TEST_PORT=4100\nexport MOMENTUM_ENV_TEST_LEVEL=debug # chatty\n");
  process.env.MOMENTUM_ENV_TEST_PORT = "4000";
  loadEnvFile(file);
  assert.equal(process.env.MOMENTUM_ENV_TEST_PORT, "4000");
  assert.equal(process.env.MOMENTUM_ENV_TEST_LEVEL, "debug");
});

test("a single-quoted value is taken literally, as .env.example writes inline JSON", () => {
  loadEnvFile(envFile(`MOMENTUM_ENV_TEST_JSON='{"type":"service_account","key":"a#b $HOME"}'\n`));
  assert.equal(process.env.MOMENTUM_ENV_TEST_JSON, '{"type":"service_account","key":"a#b $HOME"}');
});

test("a missing file sets nothing", () => {
  const before = { ...process.env };
  loadEnvFile("/nonexistent/momentum/.env");
  assert.deepEqual({ ...process.env }, before);
});
