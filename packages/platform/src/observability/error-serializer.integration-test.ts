import "reflect-metadata";
import { Writable } from "node:stream";
import { openTestOrms, type TestOrms } from "@momentum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "./logger";

let orms: TestOrms;
beforeAll(async () => {
  orms = await openTestOrms("error-serializer");
});
afterAll(async () => orms.close());

/** A logger writing into an array, one parsed line per entry. */
function capturingLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger({ name: "test", level: "info" }, destination), lines };
}

const secret = "refresh-hash-0123456789abcdef";

describe("database errors are logged without the statement's values", () => {
  it("a failed statement logs its SQLSTATE and where, but not the values it carried", async () => {
    const failure = await orms.main.em
      .getConnection()
      .execute(
        `insert into sessions (id, user_id, device_id, refresh_token_hash, expires_at) values (gen_random_uuid(), gen_random_uuid(), ?, ?, now())`,
        ["d".repeat(300), secret],
      )
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(String((failure as Error).message)).toContain(secret); // what the log used to carry

    const { logger, lines } = capturingLogger();
    logger.error({ err: failure }, "unexpected error");
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(secret);
    expect(lines[0]).not.toContain("ddddd");
    expect(lines[0]).not.toMatch(/insert into/i);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      err: {
        code: "22001",
        routine: expect.any(String) as string,
        message: expect.stringContaining("22001"),
      },
    });
  });

  it("a unique violation does not log the row its detail quotes", async () => {
    const connection = orms.main.em.getConnection();
    await connection.execute(`create temporary table probe (email text unique)`);
    await connection.execute(`insert into probe values (?)`, ["someone@example.com"]);
    const failure = await connection.execute(`insert into probe values (?)`, ["someone@example.com"]).then(
      () => null,
      (error: unknown) => error,
    );
    const { logger, lines } = capturingLogger();
    logger.warn({ err: failure }, "conflict");
    expect(lines[0]).not.toContain("someone@example.com");
    expect(JSON.parse(lines[0]!)).toMatchObject({ err: { code: "23505" } });
  });

  it("other errors are logged as before, message and stack included", () => {
    const { logger, lines } = capturingLogger();
    logger.error({ err: new Error("broker unreachable") }, "failed");
    expect(JSON.parse(lines[0]!)).toMatchObject({
      err: {
        type: "Error",
        message: "broker unreachable",
        stack: expect.stringContaining("broker unreachable") as string,
      },
    });
  });
});
