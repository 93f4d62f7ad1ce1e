// The three servers Momentum needs, and how this machine (Debian) installs and starts each.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { commandExists, runCommandCapturingOutput } from "./command.mjs";
import { formatAddress, serviceAddress } from "./service-address.mjs";

// The same defaults as the apps' configuration, repeated because these scripts run before the build.
export const SERVICE_URL_DEFAULTS = {
  DATABASE_URL: "postgres://postgres@127.0.0.1:5432/momentum",
  ANALYTICS_DATABASE_URL: "postgres://postgres@127.0.0.1:5432/momentum_analytics",
  REDIS_URL: "redis://127.0.0.1:6379",
  AMQP_URL: "amqp://guest:guest@127.0.0.1:5672",
};

function addressOf(env, variable, defaultPort) {
  return serviceAddress(variable, env[variable] || SERVICE_URL_DEFAULTS[variable], defaultPort);
}

/** Addresses naming the same host and port are one server: check and start it once. */
function distinct(addresses) {
  const seen = new Map();
  for (const address of addresses)
    seen.set(formatAddress(address), seen.get(formatAddress(address)) ?? address);
  return [...seen.values()];
}

/** The newest PostgreSQL version with a `main` cluster, e.g. "15", or null. */
function postgresVersion() {
  if (!existsSync("/etc/postgresql")) return null;
  const versions = readdirSync("/etc/postgresql")
    .filter((version) => existsSync(`/etc/postgresql/${version}/main`))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ?? null;
}

/**
 * A fresh Debian cluster asks for passwords over TCP; the development URLs carry none, so
 * loopback connections are trusted, as on the machines these scripts were written for.
 */
async function trustLoopbackConnections() {
  const version = postgresVersion();
  if (version === null) return;
  const hbaPath = `/etc/postgresql/${version}/main/pg_hba.conf`;
  const trustLines = [
    "# Added by scripts/services.mjs: the development database trusts loopback connections.",
    "local all all trust",
    "host all all 127.0.0.1/32 trust",
    "host all all ::1/128 trust",
  ].join("\n");
  const current = readFileSync(hbaPath, "utf8");
  if (current.includes(trustLines)) return;
  writeFileSync(hbaPath, `${trustLines}\n${current}`);
  // Under systemd the package has already started the cluster; elsewhere this fails harmlessly.
  await runCommandCapturingOutput("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "reload"]);
}

export const BACKING_SERVICES = [
  {
    name: "postgresql",
    debianPackage: "postgresql",
    addresses: (env) =>
      distinct([addressOf(env, "DATABASE_URL", 5432), addressOf(env, "ANALYTICS_DATABASE_URL", 5432)]),
    isInstalled: (env) => commandExists("pg_ctlcluster", env) && postgresVersion() !== null,
    startCommand: () => [
      "pg_ctlcluster",
      ["--skip-systemctl-redirect", postgresVersion() ?? "15", "main", "start"],
    ],
    startTimeoutMs: 30_000,
    afterInstall: trustLoopbackConnections,
  },
  {
    name: "redis",
    debianPackage: "redis-server",
    addresses: (env) => [addressOf(env, "REDIS_URL", 6379)],
    isInstalled: (env) => commandExists("redis-server", env),
    // Nothing persisted: Redis holds only caches and rate-limit counters that may be lost.
    startCommand: ({ port }) => [
      "redis-server",
      [
        ...["--daemonize", "yes", "--bind", "127.0.0.1", "-::1", "--port", String(port)],
        ...[
          "--save",
          "",
          "--appendonly",
          "no",
          "--dir",
          "/var/lib/redis",
          "--logfile",
          "/var/log/redis/ci.log",
        ],
      ],
    ],
    startTimeoutMs: 15_000,
  },
  {
    name: "rabbitmq",
    debianPackage: "rabbitmq-server",
    addresses: (env) => [addressOf(env, "AMQP_URL", 5672)],
    isInstalled: (env) => commandExists("rabbitmq-server", env),
    // `-detached` returns at once; the broker opens its AMQP port tens of seconds later.
    startCommand: () => ["rabbitmq-server", ["-detached"]],
    startTimeoutMs: 60_000,
  },
];
