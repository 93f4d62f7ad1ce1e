import pino from "pino";

/** What PostgreSQL says about a failed statement without quoting any value (SQLSTATE, where, which rule). */
const databaseErrorFields = [
  "code",
  "sqlState",
  "severity",
  "routine",
  "schema",
  "table",
  "column",
  "constraint",
  "dataType",
] as const;

type SerializedError = ReturnType<typeof pino.stdSerializers.err>;

/** An error from the database driver: pg's own, or MikroORM's conversion of it (which copies its fields). */
function isDatabaseError(error: object): error is Record<string, unknown> {
  const fields = error as Record<string, unknown>;
  return typeof fields.sqlState === "string" || (typeof fields.routine === "string" && "severity" in fields);
}

/**
 * Logs errors as pino does, except database errors. Their message and stack start with the statement
 * with every value inlined (MikroORM formats parameters into the SQL, so knex's `compileSqlOnError` cannot
 * help) and their `detail` quotes the row ("Key (email)=(…)"): token hashes, e-mail addresses, user text.
 * They are logged as the SQLSTATE and where it happened, with the stack frames only.
 */
export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error) || !isDatabaseError(error)) {
    return pino.stdSerializers.err(error as Error);
  }
  const safe: Record<string, unknown> = {
    type: error.constructor.name,
    message: `database error ${String(error.sqlState ?? error.code)} (statement and values not logged)`,
    stack: (error.stack ?? "")
      .split("\n")
      .filter((line) => line.trimStart().startsWith("at "))
      .join("\n"),
  };
  for (const field of databaseErrorFields) {
    if (error[field] !== undefined && error[field] !== null) safe[field] = error[field];
  }
  return safe as SerializedError;
}
