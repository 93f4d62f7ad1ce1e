import "reflect-metadata";
import { randomBytes, randomUUID } from "node:crypto";
import {
  AuditLogEntry,
  EmailDelivery,
  EmailDeliveryStatus,
  OutboxEvent,
  PushDelivery,
  PushDeliveryStatus,
  User,
  UserActivity,
  userSearchTextSql,
} from "@momentum/db";
import { prepareDataExports } from "@momentum/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../testing/account-builder";
import { type TestApi } from "../testing/test-api";
import {
  type SignedInStaffMember,
  startIsolatedStaffApi,
  type staffTrpcClient,
} from "./staff-trpc-client.test-support";

let api: TestApi;
let stopApi: (() => Promise<void>) | undefined;
let client: ReturnType<typeof staffTrpcClient>;
const staff = {} as Record<"admin" | "support" | "analyst", SignedInStaffMember>;
beforeAll(async () => {
  ({ api, client, stop: stopApi } = await startIsolatedStaffApi("users"));
  staff.admin = await client.signInAs("admin");
  staff.support = await client.signInAs("support");
  staff.analyst = await client.signInAs("analyst");
});
afterAll(() => stopApi?.());

interface DirectoryPage {
  users: { id: string; state: string; email: string | null; username: string | null; signedUpAt: string }[];
  nextCursor: string | null;
}

const search = (input: Record<string, unknown>, member = staff.support) =>
  client.call<DirectoryPage>("GET", "users.search", input, member.cookie);
const act = (action: string, userId: string, member = staff.admin, reason = "the user asked by e-mail") =>
  client.call("POST", `users.${action}`, { userId, reason }, member.cookie);
const graphqlCode = async (query: string, variables: Record<string, unknown>) =>
  (await api.graphql(query, variables)).errors?.[0]?.extensions.code ?? "OK";
const signInCode = (account: TestAccount) =>
  graphqlCode(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, {
    input: { login: account.email, password: account.password },
  });
const refreshCode = (account: TestAccount) =>
  graphqlCode(`mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken } }`, {
    token: account.refreshToken,
  });
const auditOf = (targetId: string) =>
  api.deps.orm.em
    .fork()
    .find(AuditLogEntry, { targetId }, { populate: ["staffUser"], orderBy: { createdAt: "asc" } });

/** Accounts whose e-mail, username and name carry one marker, signed up in this order. */
async function accountsMarked(marker: string, count: number): Promise<TestAccount[]> {
  const accounts: TestAccount[] = [];
  for (let index = 0; index < count; index++) {
    accounts.push(
      await signUpTestAccount(api, {
        email: `${marker}.${index}@example.com`,
        username: `u${index}_${marker}`,
        fullName: `Ada ${marker} Lovelace`,
      }),
    );
  }
  return accounts;
}

describe("finding users", () => {
  it("finds users by any part of the e-mail, username or name, case-insensitively, newest first, page by page", async () => {
    const marker = `q${randomBytes(3).toString("hex")}`;
    const [first, second, third] = await accountsMarked(marker, 3);

    const page = await search({ query: marker.toUpperCase(), limit: 2 });
    expect(page.status).toBe(200);
    expect(page.body.result!.data.users.map((user) => user.id)).toEqual([third!.userId, second!.userId]);
    expect(page.body.result!.data.users[0]).toMatchObject({
      state: "active",
      email: third!.email,
      isDemo: false,
    });
    const next = await search({ query: marker, limit: 2, cursor: page.body.result!.data.nextCursor });
    expect(next.body.result!.data).toEqual({
      users: [expect.objectContaining({ id: first!.userId })],
      nextCursor: null,
    });

    expect(
      (await search({ query: `${marker}.1@exa` })).body.result!.data.users.map((user) => user.id),
    ).toEqual([second!.userId]);
    expect((await search({ query: first!.userId })).body.result!.data.users.map((user) => user.id)).toEqual([
      first!.userId,
    ]);
  });

  it("takes LIKE wildcards in a query literally", async () => {
    const marker = `w${randomBytes(3).toString("hex")}`;
    await accountsMarked(marker, 1);
    expect((await search({ query: `${marker}%` })).body.result!.data.users).toEqual([]);
    expect(
      (await search({ query: `${marker.slice(0, 2)}_${marker.slice(3)}` })).body.result!.data.users,
    ).toEqual([]);
  });

  it("filters by state and by sign-up day", async () => {
    const marker = `s${randomBytes(3).toString("hex")}`;
    const [kept, suspended] = await accountsMarked(marker, 2);
    expect((await act("suspend", suspended!.userId)).status).toBe(200);

    const ids = async (input: Record<string, unknown>) =>
      (await search({ query: marker, ...input })).body.result!.data.users.map((user) => user.id);
    expect(await ids({ state: "suspended" })).toEqual([suspended!.userId]);
    expect(await ids({ state: "active" })).toEqual([kept!.userId]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids({ signedUpFrom: today, signedUpTo: today })).toHaveLength(2);
    expect(await ids({ signedUpTo: "2020-01-01" })).toEqual([]);
  });

  it("reads the search from the trigram index", async () => {
    const connection = api.deps.orm.em.fork().getConnection();
    const plan = await connection.transactional(async (trx) => {
      await connection.execute("set local enable_seqscan = off", [], "all", trx);
      return connection.execute<{ "QUERY PLAN": string }[]>(
        `explain select id from users where ${userSearchTextSql} like ?`,
        ["%lovelace%"],
        "all",
        trx,
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("idx_users_search");
  });

  it.each([
    [
      "a sign-up range that ends before it starts",
      { signedUpFrom: "2026-05-02", signedUpTo: "2026-05-01" },
      "input.signedUpTo",
    ],
    ["an unknown state", { state: "banned" }, "input.state"],
    ["a forged cursor", { cursor: "forged" }, "input.cursor"],
  ])("refuses %s with 400 naming the field", async (_case, input, field) => {
    const reply = await search(input);
    expect(reply.status).toBe(400);
    expect(reply.body.error?.data.fields).toEqual([expect.objectContaining({ field })]);
  });

  it("keeps individual users from analysts (403) and from visitors (401)", async () => {
    expect((await search({}, staff.analyst)).status).toBe(403);
    expect((await client.call("GET", "users.search", {})).status).toBe(401);
    expect(
      (await client.call("GET", "users.get", { userId: randomUUID() }, staff.analyst.cookie)).status,
    ).toBe(403);
  });
});

describe("a user's page", () => {
  it("shows profile, stats, sessions, devices, achievements, pushes, e-mails and recent activity", async () => {
    const account = await signUpTestAccount(api);
    await api.graphql(
      `mutation { registerDevice(token: "push-${randomUUID()}", platform: IOS) }`,
      {},
      account.accessToken,
    );
    const em = api.deps.orm.em.fork();
    em.create(PushDelivery, {
      userId: account.userId,
      messageId: randomUUID(),
      notificationType: "TASK_REMINDER",
      title: "File taxes",
      body: "Due in 1 hour",
      data: {},
      gateway: "recording",
      status: PushDeliveryStatus.Sent,
    });
    em.create(EmailDelivery, {
      userId: account.userId,
      messageId: randomUUID(),
      kind: "PASSWORD_RESET_EMAIL",
      recipient: account.email,
      subject: "Reset your Momentum password",
      gateway: "recording",
      status: EmailDeliveryStatus.Sent,
    });
    await em.flush();
    const analytics = api.deps.analyticsOrm.em.fork();
    analytics.create(UserActivity, {
      userId: account.userId,
      activityType: "task_completed",
      entityType: "task",
      entityId: randomUUID(),
      action: "completed",
    });
    await analytics.flush();

    const reply = await client.call<Record<string, unknown>>(
      "GET",
      "users.get",
      { userId: account.userId },
      staff.support.cookie,
    );
    expect(reply.status).toBe(200);
    expect(reply.body.result!.data).toMatchObject({
      id: account.userId,
      state: "active",
      allowedActions: ["viewUsers", "endSessions", "sendPasswordReset"],
      profile: { email: account.email, username: account.username, timezone: "Europe/Berlin", isDemo: false },
      stats: { tasksCompleted: 0, activeGoals: 0 },
      sessions: [expect.objectContaining({ endedAt: null })],
      devices: [expect.objectContaining({ platform: "ios" })],
      achievements: [],
      pushes: [expect.objectContaining({ title: "File taxes", status: "sent" })],
      emails: [expect.objectContaining({ subject: "Reset your Momentum password" })],
      recentActivity: [expect.objectContaining({ activityType: "task_completed", action: "completed" })],
    });
  });

  it("is NOT_FOUND (404) for an id that never was a user", async () => {
    expect(
      (await client.call("GET", "users.get", { userId: randomUUID() }, staff.support.cookie)).status,
    ).toBe(404);
  });
});

describe("acting on an account", () => {
  it("support ends every session: the next refresh fails; the audit names staff, target and reason", async () => {
    const account = await signUpTestAccount(api);
    const reply = await act("endSessions", account.userId, staff.support, "lost phone");
    expect(reply.body.result?.data).toEqual({ endedSessions: 1 });
    expect(await refreshCode(account)).toBe("UNAUTHENTICATED");
    const [entry] = await auditOf(account.userId);
    expect(entry).toMatchObject({
      action: "users.end_sessions",
      targetType: "user",
      details: { reason: "lost phone" },
    });
    expect(entry?.staffUser?.id).toBe(staff.support.staffUserId);
  });

  it("support sends a reset e-mail through the notifier, audited", async () => {
    const account = await signUpTestAccount(api);
    expect((await act("sendPasswordReset", account.userId, staff.support)).status).toBe(200);
    const messages = await api.deps.orm.em
      .fork()
      .find(OutboxEvent, { userId: account.userId, eventType: "PASSWORD_RESET_EMAIL" });
    expect(messages).toHaveLength(1);
    expect((await auditOf(account.userId)).map((entry) => entry.action)).toEqual([
      "users.send_password_reset",
    ]);
  });

  it("admin suspends (sign-in refused, sessions ended, no reset e-mail) and reactivates (sign-in works)", async () => {
    const account = await signUpTestAccount(api);
    expect((await act("suspend", account.userId)).body.result?.data).toEqual({ endedSessions: 1 });
    expect(await signInCode(account)).toBe("UNAUTHENTICATED");
    expect(await refreshCode(account)).toBe("UNAUTHENTICATED");
    expect((await act("suspend", account.userId)).status).toBe(409);
    expect((await act("sendPasswordReset", account.userId, staff.support)).status).toBe(409);

    expect((await act("reactivate", account.userId)).status).toBe(200);
    expect(await signInCode(account)).toBe("OK");
    expect((await auditOf(account.userId)).map((entry) => entry.action)).toEqual([
      "users.suspend",
      "users.reactivate",
    ]);
  });

  it("keeps suspension, reactivation and deletion from support (403)", async () => {
    const account = await signUpTestAccount(api);
    for (const action of ["suspend", "reactivate", "delete"]) {
      expect((await act(action, account.userId, staff.support)).status).toBe(403);
    }
    expect(await signInCode(account)).toBe("OK");
  });

  it("admin deletes the account from both databases; it is then found by id as deleted, with nothing else kept", async () => {
    const account = await signUpTestAccount(api);
    expect((await act("delete", account.userId)).status).toBe(200);
    expect(await api.deps.orm.em.fork().count(User, { id: account.userId })).toBe(0);
    // The analytics database forgets the user when the worker takes this event (as for deleteAccount).
    expect(
      await api.deps.orm.em.fork().count(OutboxEvent, { userId: account.userId, eventType: "user.deleted" }),
    ).toBe(1);
    expect(await signInCode(account)).toBe("UNAUTHENTICATED");

    const found = await search({ query: account.userId, state: "deleted" });
    expect(found.body.result!.data.users).toEqual([
      expect.objectContaining({ id: account.userId, state: "deleted", email: null, username: null }),
    ]);
    const page = await client.call("GET", "users.get", { userId: account.userId }, staff.support.cookie);
    expect(page.body.result?.data).toMatchObject({
      state: "deleted",
      profile: null,
      closedAccount: { closedBy: "staff" },
    });
    expect((await auditOf(account.userId)).map((entry) => entry.action)).toEqual(["users.delete_account"]);
  });

  it("admin asks for a user's data export (audited, shown on the user's page, not pushed to the user); support may not", async () => {
    const account = await signUpTestAccount(api);
    expect((await act("exportData", account.userId, staff.support)).status).toBe(403);
    const reply = await client.call<{ exportId: string }>(
      "POST",
      "users.exportData",
      { userId: account.userId, reason: "data access request #42" },
      staff.admin.cookie,
    );
    expect(reply.status).toBe(200);
    const { exportId } = reply.body.result!.data;
    // A round of the export job; the API's own job may hold this export meanwhile (SKIP LOCKED), so wait
    // for whichever prepares it.
    await prepareDataExports(api.deps.orm.em, api.deps.analyticsOrm.em, api.clock.now());
    const exportsShown = async () =>
      (
        await client.call<{ dataExports: unknown[] }>(
          "GET",
          "users.get",
          { userId: account.userId },
          staff.support.cookie,
        )
      ).body.result!.data.dataExports;
    await expect
      .poll(exportsShown, { timeout: 10_000 })
      .toEqual([expect.objectContaining({ id: exportId, requestedByStaff: true, status: "ready" })]);
    const [entry] = await auditOf(account.userId);
    expect(entry).toMatchObject({
      action: "users.export_data",
      details: { reason: "data access request #42", exportId },
    });
    const status = await api.graphql(`{ exportStatus { url } }`, {}, account.accessToken);
    expect(status.data).toEqual({ exportStatus: null });
    expect(
      await api.deps.orm.em
        .fork()
        .count(OutboxEvent, { userId: account.userId, eventType: "DATA_EXPORT_READY" }),
    ).toBe(0);
    expect((await act("exportData", account.userId)).status).toBe(429);

    // Staff fetch it once, on a session of a role that may export; the user's own route does not serve it.
    const download = (cookie?: string) =>
      fetch(`${api.url}/exports/data/${exportId}.json`, { headers: cookie ? { cookie } : {} });
    expect((await download()).status).toBe(401);
    expect((await download(staff.support.cookie)).status).toBe(403);
    const archive = await download(staff.admin.cookie);
    expect(archive.status).toBe(200);
    expect(await archive.json()).toMatchObject({ format: "momentum-export", userId: account.userId });
    expect((await download(staff.admin.cookie)).status).toBe(404);
  });

  it("refuses an action without a reason as 400 naming reason", async () => {
    const account = await signUpTestAccount(api);
    const reply = await act("endSessions", account.userId, staff.support, " ");
    expect(reply.status).toBe(400);
    expect(reply.body.error?.data.fields).toEqual([expect.objectContaining({ field: "input.reason" })]);
  });
});
