#!/usr/bin/env node
import "@momentum/node-runtime/check";
import { loadDatabaseConfig, loadDemoDataWanted, type DatabaseConfig } from "./config";
import { redactUrl } from "./database-server";
import {
  createMigration,
  migrateDatabases,
  seedDatabases,
  setupDatabases,
  type Report,
} from "./database-setup";

const usage = `Usage: momentum-db <command>
  setup                                   create both databases if missing, migrate them, seed an empty one
  migrate                                 apply pending migrations to both databases
  seed                                    seed achievements, and demo user, staff admin and analytics
                                          metrics where demo data is wanted
  migration:create --db main|analytics [--name <name>]
                                          write a migration for entity changes into src/migrations/<db>/
Reads DATABASE_URL and ANALYTICS_DATABASE_URL (defaults: the local momentum databases). Demo accounts
(published passwords) are seeded only with NODE_ENV=development or SEED_DEMO_DATA=true.`;

class UsageError extends Error {}

const report: Report = (line) => process.stdout.write(`${line}\n`);

/** `--flag value` pairs after the command. */
function parseFlags(args: string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let index = 0; index < args.length; index += 2) {
    const flag = args[index]!;
    const value = args[index + 1];
    if (!flag.startsWith("--") || value === undefined || value.startsWith("--")) {
      throw new UsageError(`Expected --flag value pairs, got: ${args.join(" ")}`);
    }
    flags.set(flag.slice(2), value);
  }
  return flags;
}

async function run(command: string | undefined, args: string[], config: DatabaseConfig): Promise<void> {
  switch (command) {
    case "setup":
      return setupDatabases(config, report, { demoData: loadDemoDataWanted() });
    case "migrate":
      return migrateDatabases(config, report);
    case "seed":
      return seedDatabases(config, report, { demoData: loadDemoDataWanted() });
    case "migration:create": {
      const flags = parseFlags(args);
      const database = flags.get("db");
      if (database !== "main" && database !== "analytics")
        throw new UsageError("--db must be main or analytics");
      const fileName = await createMigration(config, database, flags.get("name"));
      report(
        fileName
          ? `Wrote src/migrations/${database}/${fileName}; add it to src/migrations/${database}-migrations.ts`
          : `${database}: entities and database already match, no migration written`,
      );
      return;
    }
    default:
      throw new UsageError(command ? `Unknown command: ${command}` : "No command given");
  }
}

/** Connection failures deserve a hint, not a stack trace. */
function connectionProblem(error: unknown): string | null {
  const codes = new Set<string>();
  const collect = (candidate: unknown) => {
    if (candidate && typeof candidate === "object") {
      if ("code" in candidate && typeof candidate.code === "string") codes.add(candidate.code);
      if ("errors" in candidate && Array.isArray(candidate.errors)) candidate.errors.forEach(collect);
      if ("cause" in candidate) collect(candidate.cause);
    }
  };
  collect(error);
  if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT", "57P03"].some((code) => codes.has(code))) {
    return "PostgreSQL is unreachable";
  }
  if (codes.has("28P01") || codes.has("28000")) return "PostgreSQL refused the credentials";
  return null;
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (command === "--help" || command === "-h" || command === "help") {
    report(usage);
    return;
  }
  let config: DatabaseConfig | undefined;
  try {
    config = loadDatabaseConfig();
    await run(command, args, config);
  } catch (error) {
    const problem = connectionProblem(error);
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${usage}\n`);
    } else if (problem && config) {
      process.stderr.write(
        `${problem} at ${redactUrl(config.DATABASE_URL)}: is it running? Check DATABASE_URL and ANALYTICS_DATABASE_URL.\n`,
      );
    } else {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exitCode = 1;
  }
}

void main();
