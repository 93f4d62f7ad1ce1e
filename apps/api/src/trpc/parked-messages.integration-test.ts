import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { AuditLogEntry } from "@momentum/db";
import { createStaffAccount, messagingTopology } from "@momentum/domain";
import { parkedHeaders } from "@momentum/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/test-api";

const ADMIN_ORIGIN = "http://dashboard.momentum.test";
const password = "correct horse battery";

let api: TestApi;
const cookies: Record<"support" | "analyst", string> = { support: "", analyst: "" };

interface TrpcReply {
  status: number;
  body: { result?: { data: unknown }; error?: { message: string; data: Record<string, unknown> } };
}

async function call(
  method: "GET" | "POST",
  path: string,
  input: unknown,
  cookie: string,
): Promise<TrpcReply> {
  const query = method === "GET" ? `?input=${encodeURIComponent(JSON.stringify(input))}` : "";
  const response = await fetch(`${api.url}/trpc/${path}${query}`, {
    method,
    headers: { "content-type": "application/json", origin: ADMIN_ORIGIN, cookie },
    body: method === "POST" ? JSON.stringify(input) : undefined,
  });
  return { status: response.status, body: (await response.json()) as TrpcReply["body"] };
}

async function signIn(role: "support" | "analyst"): Promise<string> {
  const em = api.deps.orm.em.fork();
  const email = `${role}-${randomUUID().slice(0, 8)}@momentum.test`;
  await createStaffAccount(em, { email, fullName: `Test ${role}`, role, password }, { bcryptCost: 4 });
  await em.flush();
  const response = await fetch(`${api.url}/trpc/staffAuth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ADMIN_ORIGIN },
    body: JSON.stringify({ email, password }),
  });
  return response.headers.get("set-cookie")!.split(";")[0]!;
}

/** Parks a message the way the consumer does: in the dead queue, with its reason in the headers. */
async function park(reason: string): Promise<string> {
  const queue = messagingTopology(api.namespace).consumers.analyticsEvents;
  const messageId = randomUUID();
  const publisher = api.deps.rabbit.createPublisher({ confirm: true });
  await publisher.send(
    {
      exchange: "",
      routingKey: queue.deadQueue,
      messageId,
      durable: true,
      headers: {
        [parkedHeaders.reason]: reason,
        [parkedHeaders.attempts]: 6,
        [parkedHeaders.originalRoutingKey]: "task.completed",
      },
    },
    { broken: true },
  );
  await publisher.close();
  return messageId;
}

const auditEntries = (action: string, targetId: string) =>
  api.deps.orm.em.fork().find(AuditLogEntry, { action, targetId }, { populate: ["staffUser"] });

beforeAll(async () => {
  api = await startTestApi({ env: { ADMIN_ORIGIN } });
  cookies.support = await signIn("support");
  cookies.analyst = await signIn("analyst");
});
afterAll(() => api?.stop());

describe("parked messages for staff", () => {
  it("support sees a parked message with its reason, replays it to the consumer's queue, and the replay is audited", async () => {
    const messageId = await park("gave up after 6 attempts: analytics database unavailable");

    const listed = await call("GET", "parkedMessages.list", { consumer: "analyticsEvents" }, cookies.support);
    expect(listed.body.result?.data).toEqual([
      expect.objectContaining({
        messageId,
        reason: "gave up after 6 attempts: analytics database unavailable",
        attempts: 6,
        originalRoutingKey: "task.completed",
        body: { broken: true },
      }),
    ]);

    const replayed = await call(
      "POST",
      "parkedMessages.replay",
      { consumer: "analyticsEvents", messageId },
      cookies.support,
    );
    expect(replayed.body.result?.data).toEqual({ messageId });
    const queue = messagingTopology(api.namespace).consumers.analyticsEvents.name;
    const requeued = await api.deps.rabbit.basicGet({ queue, noAck: true });
    expect(requeued?.messageId).toBe(messageId);
    expect(requeued?.headers?.[parkedHeaders.reason]).toBeUndefined();

    const [entry] = await auditEntries("messages.replay_parked", messageId);
    expect(entry?.staffUser?.role).toBe("support");
    expect(
      (await call("GET", "parkedMessages.list", { consumer: "analyticsEvents" }, cookies.support)).body.result
        ?.data,
    ).toEqual([]);
  });

  it("support drops a parked message for good, audited; dropping it again is NOT_FOUND and audits nothing more", async () => {
    const messageId = await park("malformed: payload.title: expected string");
    const dropped = await call(
      "POST",
      "parkedMessages.drop",
      { consumer: "analyticsEvents", messageId },
      cookies.support,
    );
    expect(dropped.body.result?.data).toEqual({ messageId });
    expect(await auditEntries("messages.drop_parked", messageId)).toHaveLength(1);

    const again = await call(
      "POST",
      "parkedMessages.drop",
      { consumer: "analyticsEvents", messageId },
      cookies.support,
    );
    expect(again.status).toBe(404);
    expect(again.body.error?.data).toMatchObject({ code: "NOT_FOUND" });
    expect(await auditEntries("messages.drop_parked", messageId)).toHaveLength(1);
  });

  it.each([
    ["GET", "parkedMessages.list", { consumer: "analyticsEvents" }],
    ["POST", "parkedMessages.replay", { consumer: "analyticsEvents", messageId: randomUUID() }],
    ["POST", "parkedMessages.drop", { consumer: "analyticsEvents", messageId: randomUUID() }],
  ] as const)("refuses an analyst %s %s with 403 FORBIDDEN", async (method, path, input) => {
    const reply = await call(method, path, input, cookies.analyst);
    expect(reply.status).toBe(403);
    expect(reply.body.error?.data).toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a visitor without a session with 401, and an unknown consumer with 400 naming the field", async () => {
    expect((await call("GET", "parkedMessages.list", { consumer: "analyticsEvents" }, "")).status).toBe(401);
    const unknown = await call("GET", "parkedMessages.list", { consumer: "billing" }, cookies.support);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.data.fields).toEqual([expect.objectContaining({ field: "input.consumer" })]);
  });
});
