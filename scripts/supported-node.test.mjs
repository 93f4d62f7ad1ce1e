import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

const supportedNode = pathToFileURL(
  path.join(path.dirname(fileURLToPath(import.meta.url)), "supported-node.mjs"),
);
const directories = [];
after(() => directories.forEach((directory) => rmSync(directory, { recursive: true })));

/**
 * A repository whose script runs on a Node that says it is 20.20.2, unless started by the repository's
 * node_modules/.bin/node: a wrapper around this Node that marks its processes (or none, `projectNode: false`).
 */
function repository({ projectNode = true, projectNodeMarks = true } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), "momentum-node-"));
  directories.push(root);
  if (projectNode) {
    mkdirSync(path.join(root, "node_modules", ".bin"), { recursive: true });
    const wrapper = path.join(root, "node_modules", ".bin", "node");
    const mark = projectNodeMarks ? "PROJECT_NODE=1 " : "";
    writeFileSync(wrapper, `#!/bin/sh\n${mark}exec "${process.execPath}" "$@"\n`);
    chmodSync(wrapper, 0o755);
  }
  writeFileSync(
    path.join(root, "script.mjs"),
    `import { continueOnSupportedNode } from ${JSON.stringify(supportedNode.href)};
     if (!process.env.PROJECT_NODE) Object.defineProperty(process.versions, "node", { value: "20.20.2" });
     await continueOnSupportedNode(${JSON.stringify(root)});
     console.log("carried on with PATH", process.env.PATH.split(":")[0]);
     process.exitCode = 3;`,
  );
  // As a fresh clone's `npm test` runs these tests inside its own re-run: the marker must not leak in.
  const env = { ...process.env };
  delete env.MOMENTUM_RERUN_ON_PROJECT_NODE;
  const run = spawnSync(process.execPath, [path.join(root, "script.mjs")], { encoding: "utf8", env });
  return { root, ...run };
}

test("on an older Node the script runs again on node_modules/.bin/node, first on PATH, and exits with its code", () => {
  const { root, stdout, stderr, status } = repository();
  assert.match(
    stdout,
    /needs Node.js \d+ or newer; this is Node.js v20.20.2: running again on node_modules\/.bin\/node/,
  );
  assert.match(stderr, /script.mjs runs on Node.js v\d+/);
  assert.equal(stdout.match(/carried on/g)?.length, 1, "only the re-run carries on");
  assert.match(stdout, new RegExp(`carried on with PATH ${path.join(root, "node_modules", ".bin")}\\n`));
  assert.equal(status, 3);
});

test("on an older Node with nothing installed to run again on, the error says what to do", () => {
  const { stderr, stdout, status } = repository({ projectNode: false });
  assert.doesNotMatch(stdout, /carried on/);
  assert.match(
    stderr,
    /this is Node.js v20.20.2[\s\S]*npm install brings Node.js \d+ as node_modules\/.bin\/node/,
  );
  assert.equal(status, 1);
});

test("a node_modules/.bin/node that is old as well is not run again and again", () => {
  const { stderr, stdout, status } = repository({ projectNodeMarks: false });
  assert.equal(stdout.match(/running again/g)?.length, 1);
  assert.match(stderr, /node_modules\/.bin\/node\): run `npm install`/);
  assert.equal(status, 1);
});
