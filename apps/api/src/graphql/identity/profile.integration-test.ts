import "reflect-metadata";
import { randomUUID } from "node:crypto";
import {
  Device,
  EmailDelivery,
  EmailDeliveryStatus,
  OutboxEvent,
  PasswordResetToken,
  Session,
  Task,
  User,
} from "@momentum/db";
import { issuePasswordResetToken } from "@momentum/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";

const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { fullName username bio avatarUrl timezone } }`;
const UPDATE_SETTINGS = `mutation($settings: JSONObject!) { updateSettings(settings: $settings) { settings } }`;
const UPDATE_PREFERENCES = `mutation($preferences: JSONObject!) { updateNotificationPreferences(preferences: $preferences) { notificationPreferences } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

describe("the profile", () => {
  it("changes what was sent and the next `me` shows it (the user cache is invalidated)", async () => {
    const account = await signUpTestAccount(api);
    await api.graphql(`{ me { fullName } }`, {}, account.accessToken); // warms the cache
    const response = await api.graphql(
      UPDATE_PROFILE,
      {
        input: {
          fullName: "Grace Hopper",
          bio: "COBOL",
          avatarUrl: "https://cdn.example.com/g.png",
          timezone: "America/New_York",
        },
      },
      account.accessToken,
    );
    expect(response.errors).toBeUndefined();
    const me = await api.graphql<{ me: Record<string, string> }>(
      `{ me { fullName bio avatarUrl timezone username } }`,
      {},
      account.accessToken,
    );
    expect(me.data!.me).toEqual({
      fullName: "Grace Hopper",
      bio: "COBOL",
      avatarUrl: "https://cdn.example.com/g.png",
      timezone: "America/New_York",
      username: account.username,
    });
  });

  it.each([
    ["an http avatar", { avatarUrl: "http://cdn.example.com/g.png" }, "input.avatarUrl"],
    ["a javascript: cover", { coverPhotoUrl: "javascript:alert(1)" }, "input.coverPhotoUrl"],
    ["an unknown zone", { timezone: "Europe/Atlantis" }, "input.timezone"],
    ["a bad username", { username: "no spaces allowed" }, "input.username"],
    ["a null full name", { fullName: null }, "input.fullName"],
  ])("refuses %s as BAD_USER_INPUT naming the field", async (_case, input, field) => {
    const account = await signUpTestAccount(api);
    const response = await api.graphql(UPDATE_PROFILE, { input }, account.accessToken);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field }] });
  });

  it("refuses another user's username, whatever its case, as CONFLICT", async () => {
    const taken = await signUpTestAccount(api);
    const account = await signUpTestAccount(api);
    const response = await api.graphql(
      UPDATE_PROFILE,
      { input: { username: taken.username.toUpperCase() } },
      account.accessToken,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      fields: [{ field: "input.username" }],
    });
  });
});

describe("settings and notification preferences", () => {
  it("merge the given keys into documents with defaults", async () => {
    const account = await signUpTestAccount(api);
    const settings = await api.graphql<{ updateSettings: { settings: object } }>(
      UPDATE_SETTINGS,
      { settings: { weekStartsOn: "SUN" } },
      account.accessToken,
    );
    expect(settings.data!.updateSettings.settings).toEqual({
      weekStartsOn: "SUN",
      theme: "system",
      locale: "en",
    });

    await api.graphql(
      UPDATE_PREFERENCES,
      { preferences: { quietHours: { start: "22:00", end: "07:00" } } },
      account.accessToken,
    );
    const preferences = await api.graphql<{
      updateNotificationPreferences: { notificationPreferences: object };
    }>(UPDATE_PREFERENCES, { preferences: { habitReminders: false } }, account.accessToken);
    expect(preferences.data!.updateNotificationPreferences.notificationPreferences).toEqual({
      quietHours: { start: "22:00", end: "07:00" },
      taskReminders: true,
      habitReminders: false,
      achievementAlerts: true,
    });
  });

  it.each([
    [UPDATE_SETTINGS, { settings: { weekStartsOn: "FUNDAY" } }, "settings.weekStartsOn"],
    [UPDATE_SETTINGS, { settings: { colour: "red" } }, "settings"],
    [
      UPDATE_PREFERENCES,
      { preferences: { quietHours: { start: "25:00", end: "07:00" } } },
      "preferences.quietHours.start",
    ],
    [UPDATE_PREFERENCES, { preferences: { taskReminders: "yes" } }, "preferences.taskReminders"],
  ])(
    "refuses a document that does not fit its schema (%#) naming the field",
    async (mutation, variables, field) => {
      const account = await signUpTestAccount(api);
      const response = await api.graphql(mutation, variables, account.accessToken);
      expect(response.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0]?.extensions.fields).toEqual(
        expect.arrayContaining([expect.objectContaining({ field })]),
      );
    },
  );
});

describe("devices", () => {
  const TOKEN = "fcm-token-0123456789-abcdefghijklmnopqrstuvwxyz";

  it("registers a push token once, moves it to whoever registers it last, and unregisters it", async () => {
    const first = await signUpTestAccount(api);
    const second = await signUpTestAccount(api);
    const register = `mutation($token: String!) { registerDevice(token: $token, platform: ANDROID) }`;
    expect((await api.graphql(register, { token: TOKEN }, first.accessToken)).data).toEqual({
      registerDevice: true,
    });
    await api.graphql(register, { token: TOKEN }, first.accessToken);
    await api.graphql(register, { token: TOKEN }, second.accessToken);
    const devices = await api.deps.orm.em.fork().find(Device, { token: TOKEN });
    expect(devices.map((device) => device.user.id)).toEqual([second.userId]);

    const unregister = `mutation($token: String!) { unregisterDevice(token: $token) }`;
    expect((await api.graphql(unregister, { token: TOKEN }, first.accessToken)).data).toEqual({
      unregisterDevice: false,
    });
    expect((await api.graphql(unregister, { token: TOKEN }, second.accessToken)).data).toEqual({
      unregisterDevice: true,
    });
  });

  it("refuses an unknown platform and an implausible token", async () => {
    const account = await signUpTestAccount(api);
    const platform = await api.graphql(
      `mutation { registerDevice(token: "${TOKEN}", platform: SYMBIAN) }`,
      {},
      account.accessToken,
    );
    expect(platform.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const token = await api.graphql(
      `mutation { registerDevice(token: "x", platform: IOS) }`,
      {},
      account.accessToken,
    );
    expect(token.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "token" }],
    });
  });
});

describe("deleting the account", () => {
  it("needs the password, then removes the user's data and sessions at once and tells analytics", async () => {
    const account = await signUpTestAccount(api);
    await api.graphql(`mutation { createTask(input: { title: "private" }) { id } }`, {}, account.accessToken);
    const before = api.deps.orm.em.fork();
    issuePasswordResetToken(before, account.userId);
    before.create(EmailDelivery, {
      userId: account.userId,
      messageId: randomUUID(),
      kind: "PASSWORD_RESET_EMAIL",
      recipient: account.email,
      subject: "Reset your Momentum password",
      gateway: "recording",
      status: EmailDeliveryStatus.Sent,
    });
    await before.flush();

    const wrong = await api.graphql(
      `mutation { deleteAccount(password: "not my password") }`,
      {},
      account.accessToken,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "password" }],
    });

    const deleted = await api.graphql(
      `mutation($password: String!) { deleteAccount(password: $password) }`,
      { password: account.password },
      account.accessToken,
    );
    expect(deleted.data).toEqual({ deleteAccount: true });
    expect((await api.graphql(`{ me { id } }`, {}, account.accessToken)).errors?.[0]?.extensions.code).toBe(
      "UNAUTHENTICATED",
    );

    const em = api.deps.orm.em.fork();
    expect(await em.count(User, { id: account.userId })).toBe(0);
    expect(await em.count(Task, { user: account.userId })).toBe(0);
    expect(await em.count(Session, { user: account.userId })).toBe(0);
    expect(await em.count(PasswordResetToken, { user: account.userId })).toBe(0);
    expect(await em.count(EmailDelivery, { userId: account.userId })).toBe(0);
    expect(await em.count(OutboxEvent, { userId: account.userId, eventType: "user.deleted" })).toBe(1);
  });
});

describe("me.stats", () => {
  it("counts completed tasks and the points of the achievement the first one earns", async () => {
    await api.seedAchievementCatalogue(); // test databases start empty; other files may have seeded it
    const account = await signUpTestAccount(api);
    const created = await api.graphql<{ createTask: { id: string } }>(
      `mutation { createTask(input: { title: "one" }) { id } }`,
      {},
      account.accessToken,
    );
    await api.graphql(
      `mutation($id: ID!) { completeTask(id: $id) { id } }`,
      { id: created.data!.createTask.id },
      account.accessToken,
    );
    const stats = await api.graphql<{ me: { stats: object } }>(
      `{ me { stats { tasksCompleted habitsCompletedToday activeGoals longestStreak points productivityScoreToday } } }`,
      {},
      account.accessToken,
    );
    expect(stats.data!.me.stats).toEqual({
      tasksCompleted: 1,
      habitsCompletedToday: 0,
      activeGoals: 0,
      longestStreak: 0,
      points: 10, // First Step
      productivityScoreToday: null,
    });
  });
});
