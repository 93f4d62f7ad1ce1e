import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileJsonValue, seededRandom } from "../testing/hostile-values";
import { appRouter } from "./root";
import { startIsolatedStaffApi, type staffTrpcClient } from "./staff-trpc-client.test-support";

/** Fixed, so a failure reproduces; HOSTILE_SEED tries another run of values. */
const SEED = Number(process.env.HOSTILE_SEED ?? 20261202);
const CALLS_PER_PROCEDURE = 20;

interface ProcedureDefinition {
  type: "query" | "mutation";
  inputs: { shape?: Record<string, unknown> }[];
}

// Staff changes (deactivations, role changes) run on databases of their own.
let stopApi: (() => Promise<void>) | undefined;
let client: ReturnType<typeof staffTrpcClient>;
beforeAll(async () => {
  ({ client, stop: stopApi } = await startIsolatedStaffApi("hostile-trpc"));
});
afterAll(() => stopApi?.());

// tRPC keeps each procedure, by its dotted path, with its type and input parsers in `_def`.
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDefinition }>,
);

describe(`tRPC procedures with hostile input (seed ${SEED})`, { timeout: 120_000 }, () => {
  it.each(procedures.map(([path, procedure]) => [path, procedure._def] as const))(
    "%s never answers 500",
    async (path, definition) => {
      const random = seededRandom(SEED + path.length * 7919 + path.charCodeAt(0));
      const admin = await client.signInAs("admin");
      const shape = definition.inputs[0]?.shape;
      const failures: string[] = [];
      for (let call = 0; call < CALLS_PER_PROCEDURE; call++) {
        // Mostly the right keys with hostile values; sometimes the wrong kind of input altogether.
        const input =
          shape && random.chance(0.8)
            ? Object.fromEntries(Object.keys(shape).map((key) => [key, hostileJsonValue(random)]))
            : hostileJsonValue(random);
        const reply = await client.call(
          definition.type === "query" ? "GET" : "POST",
          path,
          input,
          admin.cookie,
        );
        if (reply.status >= 500) {
          failures.push(
            `call ${call}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}\n  ${JSON.stringify(input).slice(0, 300)}`,
          );
        }
      }
      expect(failures, failures.join("\n")).toEqual([]);
    },
  );

  it("the API still answers afterwards", async () => {
    const admin = await client.signInAs("admin");
    expect((await client.call("GET", "staffAuth.me", null, admin.cookie)).status).toBe(200);
  });
});
