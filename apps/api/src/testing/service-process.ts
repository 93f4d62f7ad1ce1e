import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";

/** The services as `npm start` runs them: their built entry point and the variable naming their port. */
const services = {
  api: { main: resolve(__dirname, "../../dist/main.js"), portVariable: "API_PORT" },
  analytics: { main: resolve(__dirname, "../../../analytics/dist/main.js"), portVariable: "ANALYTICS_PORT" },
  notifier: { main: resolve(__dirname, "../../../notifier/dist/main.js"), portVariable: "NOTIFIER_PORT" },
} as const;

/** A port nobody listens on right now, so the test knows where the service's /readyz is. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

export interface ServiceProcess {
  child: ChildProcess;
  /** Where the service listens (the API) or serves its probes (the workers). */
  url: string;
  /** The service's /readyz status code, or 0 while nothing answers. */
  readiness(): Promise<number>;
  /** Resolves once /readyz answers 200; throws after `timeoutMs`. */
  waitUntilReady(timeoutMs: number): Promise<void>;
  /** Sends the signal and resolves once the process is gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * A real service process on this run's broker names and databases (the test's environment, unless an
 * analytics database is given).
 */
export async function spawnService(
  service: keyof typeof services,
  env: {
    namespace: string;
    analyticsDatabaseUrl?: string;
    /** The proofs make the service log expected connection errors: quiet unless asked. */
    logLevel?: string;
    /** Any other variables, e.g. the API's. */
    extra?: Record<string, string>;
  },
): Promise<ServiceProcess> {
  const { main, portVariable } = services[service];
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      ...(env.analyticsDatabaseUrl ? { ANALYTICS_DATABASE_URL: env.analyticsDatabaseUrl } : {}),
      AMQP_NAMESPACE: env.namespace,
      [portVariable]: String(port),
      LOG_LEVEL: env.logLevel ?? "fatal",
      ...env.extra,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<void>((settle) => child.once("exit", () => settle()));
  const url = `http://127.0.0.1:${port}`;
  const readiness = () =>
    fetch(`${url}/readyz`).then(
      (response) => response.status,
      () => 0,
    );
  return {
    child,
    url,
    readiness,
    async waitUntilReady(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while ((await readiness()) !== 200) {
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`the ${service} service never became ready`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
