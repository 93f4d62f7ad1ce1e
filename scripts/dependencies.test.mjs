import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { reasonToInstall } from "./dependencies.mjs";

function repository({ installed, lockfileAgeSeconds, hiddenLockfileAgeSeconds }) {
  const root = mkdtempSync(path.join(tmpdir(), "momentum-deps-"));
  const now = Date.now() / 1000;
  writeFileSync(path.join(root, "package-lock.json"), "{}");
  utimesSync(path.join(root, "package-lock.json"), now - lockfileAgeSeconds, now - lockfileAgeSeconds);
  if (installed) {
    mkdirSync(path.join(root, "node_modules"));
    const hidden = path.join(root, "node_modules", ".package-lock.json");
    writeFileSync(hidden, "{}");
    utimesSync(hidden, now - hiddenLockfileAgeSeconds, now - hiddenLockfileAgeSeconds);
  }
  return root;
}

for (const [name, setup, expected] of [
  ["a fresh clone installs", { installed: false, lockfileAgeSeconds: 60 }, "node_modules is missing"],
  [
    "a lockfile changed after the install installs again",
    { installed: true, lockfileAgeSeconds: 10, hiddenLockfileAgeSeconds: 60 },
    "package-lock.json changed since the last install",
  ],
  [
    "an install newer than the lockfile is left alone",
    { installed: true, lockfileAgeSeconds: 60, hiddenLockfileAgeSeconds: 10 },
    null,
  ],
]) {
  test(name, () => {
    const root = repository(setup);
    try {
      assert.equal(reasonToInstall(root), expected);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}
