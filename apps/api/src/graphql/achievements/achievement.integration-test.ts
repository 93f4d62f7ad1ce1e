import "reflect-metadata";
import { OutboxEvent, UserAchievement } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";

const FIRST_STEP = "a0000000-0000-4000-8000-000000000001";
const GETTING_THINGS_DONE = "a0000000-0000-4000-8000-000000000002";
const HABIT_FORMER = "a0000000-0000-4000-8000-000000000004";

interface UserAchievementResult {
  achievement: { id: string; name: string; points: number };
  progress: number;
  earnedAt: string | null;
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await api.seedAchievementCatalogue();
});
afterAll(() => api?.stop());

const ACHIEVEMENTS = `{ achievements { achievement { id name points } progress earnedAt } }`;

async function achievementsOf(account: TestAccount) {
  const response = await api.graphql<{ achievements: UserAchievementResult[] }>(
    ACHIEVEMENTS,
    {},
    account.accessToken,
  );
  return new Map(response.data!.achievements.map((entry) => [entry.achievement.id, entry]));
}

async function completeNewTask(account: TestAccount) {
  const created = await api.graphql<{ createTask: { id: string } }>(
    `mutation { createTask(input: { title: "t" }) { id } }`,
    {},
    account.accessToken,
  );
  await api.graphql(
    `mutation($id: ID!) { completeTask(id: $id) { id } }`,
    { id: created.data!.createTask.id },
    account.accessToken,
  );
}

/** The user holds the achievement once, and exactly one ACHIEVEMENT_UNLOCKED (for it) was recorded. */
async function expectEarnedOnceWithOnePush(userId: string, achievementId: string) {
  const em = api.deps.orm.em.fork();
  expect(await em.count(UserAchievement, { user: userId, achievement: achievementId })).toBe(1);
  const pushes = await em.find(OutboxEvent, { userId, eventType: "ACHIEVEMENT_UNLOCKED" });
  expect(pushes.map((push) => push.payload.achievementId)).toEqual([achievementId]);
}

describe("achievements", () => {
  it("lists the whole catalogue with progress, nothing earned for a new user", async () => {
    const account = await signUpTestAccount(api);
    const achievements = await achievementsOf(account);
    expect(achievements.size).toBe(12);
    expect(achievements.get(FIRST_STEP)).toMatchObject({ progress: 0, earnedAt: null });
  });

  it("the first completed task earns First Step once, with a push, and moves the next one's progress", async () => {
    const account = await signUpTestAccount(api);
    await completeNewTask(account);
    await completeNewTask(account);

    const achievements = await achievementsOf(account);
    expect(achievements.get(FIRST_STEP)).toMatchObject({ progress: 100, earnedAt: expect.any(String) });
    expect(achievements.get(GETTING_THINGS_DONE)).toMatchObject({ progress: 20, earnedAt: null });

    const em = api.deps.orm.em.fork();
    expect(await em.count(UserAchievement, { user: account.userId })).toBe(1);
    const pushes = await em.find(OutboxEvent, { userId: account.userId, eventType: "ACHIEVEMENT_UNLOCKED" });
    expect(pushes.map((push) => push.payload)).toEqual([
      {
        type: "ACHIEVEMENT_UNLOCKED",
        userId: account.userId,
        achievementId: FIRST_STEP,
        name: "First Step",
        points: 10,
      },
    ]);
    const me = await api.graphql<{ me: { stats: { points: number } } }>(
      `{ me { stats { points } } }`,
      {},
      account.accessToken,
    );
    expect(me.data!.me.stats.points).toBe(10);
  });

  it("tasks completed at the same moment earn First Step once, with one ACHIEVEMENT_UNLOCKED", async () => {
    const account = await signUpTestAccount(api);
    const ids = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const created = await api.graphql<{ createTask: { id: string } }>(
          `mutation { createTask(input: { title: "at once" }) { id } }`,
          {},
          account.accessToken,
        );
        return created.data!.createTask.id;
      }),
    );
    const completions = await Promise.all(
      ids.map((id) =>
        api.graphql(`mutation($id: ID!) { completeTask(id: $id) { id } }`, { id }, account.accessToken),
      ),
    );
    expect(completions.flatMap((response) => response.errors ?? [])).toEqual([]);

    await expectEarnedOnceWithOnePush(account.userId, FIRST_STEP);
  });

  it("habits created at the same moment earn Habit Former once, with one ACHIEVEMENT_UNLOCKED", async () => {
    const account = await signUpTestAccount(api);
    const created = await Promise.all(
      ["Read", "Run", "Stretch", "Write"].map((title) =>
        api.graphql(
          `mutation($title: String!) { createHabit(input: { title: $title, frequencyType: DAILY }) { id } }`,
          { title },
          account.accessToken,
        ),
      ),
    );
    expect(created.flatMap((response) => response.errors ?? [])).toEqual([]);

    await expectEarnedOnceWithOnePush(account.userId, HABIT_FORMER);
  });

  it("creating a first habit earns Habit Former; User.achievements shows the same", async () => {
    const account = await signUpTestAccount(api);
    await api.graphql(
      `mutation { createHabit(input: { title: "Read", frequencyType: DAILY }) { id } }`,
      {},
      account.accessToken,
    );
    const response = await api.graphql<{ me: { achievements: UserAchievementResult[] } }>(
      `{ me { achievements { achievement { id } progress earnedAt } } }`,
      {},
      account.accessToken,
    );
    const habitFormer = response.data!.me.achievements.find((entry) => entry.achievement.id === HABIT_FORMER);
    expect(habitFormer).toMatchObject({ progress: 100, earnedAt: expect.any(String) });
  });

  it("a reopened task keeps the achievement it earned", async () => {
    const account = await signUpTestAccount(api);
    const created = await api.graphql<{ createTask: { id: string } }>(
      `mutation { createTask(input: { title: "t" }) { id } }`,
      {},
      account.accessToken,
    );
    const id = created.data!.createTask.id;
    await api.graphql(`mutation($id: ID!) { completeTask(id: $id) { id } }`, { id }, account.accessToken);
    await api.graphql(`mutation($id: ID!) { reopenTask(id: $id) { id } }`, { id }, account.accessToken);
    expect((await achievementsOf(account)).get(FIRST_STEP)).toMatchObject({
      progress: 100,
      earnedAt: expect.any(String),
    });
  });
});

describe("achievement alerts", () => {
  it("a user who turned achievement alerts off still earns, but gets no push", async () => {
    const account = await signUpTestAccount(api);
    await api.graphql(
      `mutation { updateNotificationPreferences(preferences: { achievementAlerts: false }) { id } }`,
      {},
      account.accessToken,
    );
    await completeNewTask(account);
    const em = api.deps.orm.em.fork();
    expect(await em.count(UserAchievement, { user: account.userId })).toBe(1);
    expect(await em.count(OutboxEvent, { userId: account.userId, eventType: "ACHIEVEMENT_UNLOCKED" })).toBe(
      0,
    );
  });
});
