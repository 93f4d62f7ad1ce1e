import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const apiMain = resolve(__dirname, "../dist/main.js");

/** Starts the built API with this run's services and `env` on top, minus `unset`; its exit code and stderr. */
function startApiProcess(env: Record<string, string>, unset: string[]) {
  const environment: Record<string, string | undefined> = { ...process.env, API_PORT: "0", ...env };
  for (const name of unset) delete environment[name];
  const child = spawn(process.execPath, [apiMain], { env: environment, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stderr: string }>((settle) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      settle({ code, stderr });
    });
  });
}

describe("the API is safe by default", { timeout: 30_000 }, () => {
  it("refuses to start without keys of its own when NODE_ENV is unset", async () => {
    const { code, stderr } = await startApiProcess({}, [
      "NODE_ENV",
      "JWT_SECRET",
      "REFRESH_TOKEN_KEY",
      "DASHBOARD_PROXY_SECRET",
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/JWT_SECRET: is required/);
    expect(stderr).toMatch(/REFRESH_TOKEN_KEY: is required/);
    expect(stderr).toMatch(/DASHBOARD_PROXY_SECRET: is required/);
  });

  it("refuses the published development key in production", async () => {
    const { code, stderr } = await startApiProcess(
      {
        NODE_ENV: "production",
        JWT_SECRET: "momentum-development-secret-change-me-0123456789",
        REFRESH_TOKEN_KEY: "k".repeat(40),
        DASHBOARD_PROXY_SECRET: "d".repeat(40),
      },
      [],
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/JWT_SECRET: is a published development key/);
  });
});
