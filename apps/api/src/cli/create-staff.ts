import "@momentum/node-runtime/check";
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { openMainOrm } from "@momentum/db";
import { createStaffAccount, DomainError, recordAudit, StaffAuditAction } from "@momentum/domain";
import { ConfigError } from "@momentum/platform";
import { loadApiConfig } from "../config";

const USAGE =
  "usage: npm run staff:create -- --email <email> --role <admin|support|analyst> [--name <full name>] [--password <password>]";

/** 18 random bytes as base64url: 24 characters, well inside bcrypt's 72-byte limit. */
const generatePassword = () => randomBytes(18).toString("base64url");

async function main(): Promise<void> {
  const values = readArguments();

  const config = loadApiConfig();
  const password = values.password ?? generatePassword();
  const orm = await openMainOrm(config.databaseUrl, config.databaseLimits);
  try {
    const em = orm.em.fork();
    const staffUser = await createStaffAccount(
      em,
      {
        email: values.email,
        role: values.role,
        fullName: values.name ?? values.email.split("@")[0] ?? "",
        password,
      },
      { bcryptCost: config.bcryptCost },
    );
    recordAudit(em, {
      staffUserId: null,
      action: StaffAuditAction.CreateStaffAccount,
      targetType: "staff_user",
      targetId: staffUser.id,
      details: { email: staffUser.email, role: staffUser.role, via: "cli" },
    });
    await em.flush();
    process.stdout.write(`Created ${staffUser.role} staff account ${staffUser.email} (${staffUser.id})\n`);
    // Shown once: only the bcrypt hash is stored.
    if (!values.password) process.stdout.write(`Generated password: ${password}\n`);
  } finally {
    await orm.close();
  }
}

class UsageError extends Error {}

function readArguments() {
  try {
    const { values } = parseArgs({
      options: {
        email: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        password: { type: "string" },
      },
    });
    if (values.email && values.role) return { ...values, email: values.email, role: values.role };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  throw new UsageError(USAGE);
}

function describe(error: unknown): string {
  if (error instanceof DomainError) {
    const fields = (error.details.fields ?? []).map((field) => `\n  ${field.field}: ${field.message}`);
    return `${error.message}${fields.join("")}`;
  }
  if (error instanceof UsageError || error instanceof ConfigError) return error.message;
  return String((error as Error)?.stack ?? error);
}

main().catch((error: unknown) => {
  process.stderr.write(`${describe(error)}\n`);
  process.exit(1);
});
