// `npm start` and `npm test` begin on whatever `node` the shell finds: on a fresh machine, before
// `npm install`, the system's (maybe an end-of-life one). Once dependencies are installed they carry on
// under the Node.js npm brought (node_modules/.bin/node, root optionalDependencies).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { HOW_TO_RUN, requireSupportedNode, unsupportedNodeReason } from "../tooling/node-runtime/index.cjs";

/** Set in the re-run, which must not re-run again when node_modules/.bin/node is old too. */
const RERUN_MARKER = "MOMENTUM_RERUN_ON_PROJECT_NODE";

/**
 * Returns at once (having printed which Node runs) when this process runs on a supported Node.
 * Otherwise runs this same script again on `root`'s node_modules/.bin/node, with that directory first on
 * PATH so that everything it starts (npm, turbo, the apps, the tests) finds the same Node, and exits with
 * its exit code. Throws when there is no such Node (a platform the registry has no binary for).
 */
export async function continueOnSupportedNode(root) {
  const reason = unsupportedNodeReason(process.versions.node);
  if (reason === undefined) return requireSupportedNode();
  const binDirectory = path.join(root, "node_modules", ".bin");
  const projectNode = path.join(binDirectory, "node");
  if (!existsSync(projectNode)) throw new Error(`${reason}.\n${HOW_TO_RUN}`);
  if (process.env[RERUN_MARKER]) throw new Error(`${reason} (${projectNode}): run \`npm install\``);

  console.log(`\n> ${reason}: running again on ${path.relative(root, projectNode)}`);
  const child = spawn(projectNode, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: {
      ...process.env,
      PATH: `${binDirectory}${path.delimiter}${process.env.PATH ?? ""}`,
      [RERUN_MARKER]: "1",
    },
  });
  // Ctrl-C reaches the child through the terminal's process group; a SIGTERM sent to this pid is passed on.
  process.on("SIGINT", () => {});
  for (const signal of ["SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  const code = await new Promise((resolve) => {
    child.once("error", (error) => {
      console.error(`could not run ${projectNode}: ${error.message}`);
      resolve(1);
    });
    child.once("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  process.exit(code);
}
