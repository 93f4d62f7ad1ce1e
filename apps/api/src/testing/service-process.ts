import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { createInterface } from "node:readline";

/**
 * The services as `npm start` runs them: their built entry point, the variables naming their ports, the
 * log line saying where they listen, and its field with the port of the probes (/healthz, /readyz,
 * /metrics). The API serves its probes on an internal port of their own (METRICS_PORT); a worker serves
 * nothing else.
 */
const services = {
  api: {
    main: resolve(__dirname, "../../dist/main.js"),
    portVariables: ["API_PORT", "METRICS_PORT"],
    listening: "api listening",
    probesPortField: "metricsPort",
  },
  analytics: {
    main: resolve(__dirname, "../../../analytics/dist/main.js"),
    portVariables: ["ANALYTICS_PORT"],
    listening: "health server listening",
    probesPortField: "port",
  },
  notifier: {
    main: resolve(__dirname, "../../../notifier/dist/main.js"),
    portVariables: ["NOTIFIER_PORT"],
    listening: "health server listening",
    probesPortField: "port",
  },
} as const;

/** pino's level numbers. */
const levels: Record<string, number> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
  silent: Infinity,
};

export interface ServiceProcess {
  child: ChildProcess;
  /** Where the service listens (the API) or serves its probes (the workers). */
  url: string;
  /** Where /healthz, /readyz and /metrics answer: the API's internal METRICS_PORT, a worker's only port. */
  probesUrl: string;
  /** The service's /readyz status code, or 0 while nothing answers. */
  readiness(): Promise<number>;
  /** Resolves once /readyz answers 200; throws after `timeoutMs`. */
  waitUntilReady(timeoutMs: number): Promise<void>;
  /** Sends the signal and resolves once the process is gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * A real service process on this run's broker names and databases (the test's environment, unless an
 * analytics database is given). It binds a port of the system's choosing (0), and the test reads the
 * port from the service's own "listening" log line: nothing can take the port between a probe and the bind.
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
    /** Options for node itself, e.g. `--cpu-prof` (not allowed in NODE_OPTIONS). */
    nodeArgs?: string[];
    /** Another build's entry point instead of this one's (a benchmark's baseline). */
    main?: string;
  },
): Promise<ServiceProcess> {
  const { portVariables, listening, probesPortField } = services[service];
  const main = env.main ?? services[service].main;
  const shown = levels[env.logLevel ?? "fatal"] ?? levels.fatal!;
  const child = spawn(process.execPath, [...(env.nodeArgs ?? []), main], {
    env: {
      ...process.env,
      ...(env.analyticsDatabaseUrl ? { ANALYTICS_DATABASE_URL: env.analyticsDatabaseUrl } : {}),
      AMQP_NAMESPACE: env.namespace,
      ...Object.fromEntries(portVariables.map((variable) => [variable, "0"])),
      // At least info, for the listening line; only lines at the asked level are shown.
      LOG_LEVEL: shown < levels.info! ? (env.logLevel ?? "info") : "info",
      ...env.extra,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((settle) => child.once("exit", () => settle()));

  const ports = await new Promise<{ port: number; probesPort: number }>((found, failed) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      let entry: { level?: number; msg?: string; port?: number; metricsPort?: number } = {};
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        process.stdout.write(`${line}\n`); // not a log line: show it
        return;
      }
      const probesPort = entry[probesPortField];
      if (entry.msg === listening && typeof entry.port === "number" && typeof probesPort === "number")
        found({ port: entry.port, probesPort });
      if ((entry.level ?? Infinity) >= shown) process.stdout.write(`${line}\n`);
    });
    void exited.then(() =>
      failed(new Error(`the ${service} service exited (code ${child.exitCode}) before it listened`)),
    );
  });

  const url = `http://127.0.0.1:${ports.port}`;
  const probesUrl = `http://127.0.0.1:${ports.probesPort}`;
  const readiness = () =>
    fetch(`${probesUrl}/readyz`).then(
      (response) => response.status,
      () => 0,
    );
  return {
    child,
    url,
    probesUrl,
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
