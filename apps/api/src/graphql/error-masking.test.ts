import { invalidInput, notFound, rateLimited } from "@momentum/domain";
import { GraphQLError } from "graphql";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { toClientError } from "./error-masking";

function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: "error" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

const thrownInResolver = (error: Error) =>
  new GraphQLError(error.message, { path: ["task"], originalError: error });

describe("errors leaving /graphql", () => {
  it.each([
    [notFound("Task"), { code: "NOT_FOUND" }],
    [
      invalidInput([{ field: "input.title", message: "must not be empty" }]),
      { code: "BAD_USER_INPUT", fields: [{ field: "input.title", message: "must not be empty" }] },
    ],
    [rateLimited(42), { code: "RATE_LIMITED", retryAfter: 42 }],
  ])("a domain error keeps its message and gets its contract code (%s)", (error, extensions) => {
    const { logger, lines } = recordingLogger();
    const clientError = toClientError(thrownInResolver(error), logger);
    expect(clientError.message).toBe(error.message);
    expect(clientError.extensions).toEqual(extensions);
    expect(clientError.path).toEqual(["task"]);
    expect(lines).toEqual([]);
  });

  it("an unexpected error is masked, with no message, stack or SQL, and logged in full", () => {
    const { logger, lines } = recordingLogger();
    const leak = new Error('insert into "users" ... violates constraint users_pkey');
    const clientError = toClientError(thrownInResolver(leak), logger);
    expect(clientError.message).toBe("Unexpected error");
    expect(clientError.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    expect(JSON.stringify(clientError.toJSON())).not.toMatch(/users_pkey|stack/);
    expect(lines[0]).toMatchObject({ err: { message: leak.message } });
  });

  it("an error graphql-js raised about the request keeps its message as BAD_USER_INPUT", () => {
    const { logger } = recordingLogger();
    const clientError = toClientError(new GraphQLError('Cannot query field "mee" on type "Query".'), logger);
    expect(clientError.extensions.code).toBe("BAD_USER_INPUT");
    expect(clientError.message).toContain("mee");
  });
});
