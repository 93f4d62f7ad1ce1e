import { fork, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

/** The raw-SQL floor server in a process of its own, answering once it listens. */
export function forkRawServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(resolve(__dirname, "raw-today-server.js"), [], {
    env: { ...process.env, ...env, API_PORT: "0" },
  });
  return new Promise((ready, failed) => {
    child.once("message", (message: { url: string }) => ready({ child, url: message.url }));
    child.once("exit", (code) => failed(new Error(`the raw server exited with ${code}`)));
  });
}

export const stopChild = (child: ChildProcess) =>
  new Promise<void>((gone) => {
    if (child.exitCode !== null) return gone();
    child.once("exit", () => gone());
    child.kill("SIGTERM");
  });
