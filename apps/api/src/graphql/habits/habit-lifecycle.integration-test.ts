import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { GoalHabit, HabitLog, OutboxEvent, Streak, UserAchievement } from "@momentum/db";
import { CacheKeys } from "@momentum/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount } from "../../testing/account-builder";
import { goalClient, goalOf, refusalOf } from "../goals/goal-test-client";
import { dataOf, useHabitTestSession } from "./habit-test-client";

const ZONE = "Asia/Tokyo";
const HABIT_FORMER = "a0000000-0000-4000-8000-000000000004";
const session = useHabitTestSession(ZONE);
beforeAll(() => session.api.seedAchievementCatalogue());

const unarchive = (id: string) =>
  session.api.graphql<{ unarchiveHabit: { id: string; isArchived: boolean } }>(
    `mutation($id: ID!) { unarchiveHabit(id: $id) { id isArchived } }`,
    { id },
    session.owner.accessToken,
  );
const remove = (id: string, accessToken = session.owner.accessToken) =>
  session.api.graphql<{ deleteHabit: boolean }>(
    `mutation($id: ID!) { deleteHabit(id: $id) }`,
    { id },
    accessToken,
  );
const listedIds = async () =>
  (await dataOf(session.habits.list(session.owner))).habits.map((habit) => habit.id);

describe("unarchiving a habit", () => {
  it("lists it again and lets it take logs, with one habit.unarchived event however often it is asked", async () => {
    const habit = await session.createDaily({ title: "Back again" });
    await dataOf(session.habits.archive(session.owner, habit.id));
    expect(await listedIds()).not.toContain(habit.id);

    expect((await dataOf(unarchive(habit.id))).unarchiveHabit.isArchived).toBe(false);
    await dataOf(unarchive(habit.id));
    expect(await listedIds()).toContain(habit.id);
    expect(
      (await dataOf(session.habits.log(session.owner, { habitId: habit.id }))).logHabit.totalCompletions,
    ).toBe(1);
    expect(
      (await session.eventTypes(habit.id)).filter(
        (type) => type.startsWith("habit.") && type.endsWith("archived"),
      ),
    ).toEqual(["habit.archived", "habit.unarchived"]);
  });
});

describe("deleting a habit", () => {
  it("removes it with its logs, streaks and links, measures linked goals without it, keeps earned achievements", async () => {
    const goals = goalClient(session.api);
    const goal = await goalOf(
      goals.create(session.owner, {
        title: "Move",
        measurementType: "HABITS",
        targetValue: 4,
        startDate: session.day(-3),
      }),
    );
    const walk = await session.createDaily({ title: "Walk", startDate: session.day(-5) });
    const read = await session.createDaily({ title: "Read", startDate: session.day(-5) });
    for (const habit of [walk, read]) await goalOf(goals.linkHabit(session.owner, goal.id, habit.id));
    for (const date of [session.day(-2), session.day(-1)]) {
      await dataOf(session.habits.log(session.owner, { habitId: walk.id, date }));
    }
    await dataOf(session.habits.log(session.owner, { habitId: read.id, date: session.day(-1) }));
    expect(await goalOf(goals.get(session.owner, goal.id))).toMatchObject({ currentValue: 3, progress: 75 });
    await listedIds(); // a list read caches the streaks
    const redis = session.api.deps.redis;
    expect(await redis.exists(CacheKeys.habitStreaks(walk.id))).toBe(1);

    expect(await dataOf(remove(walk.id))).toEqual({ deleteHabit: true });

    const moved = await goalOf(goals.get(session.owner, goal.id));
    expect(moved).toMatchObject({ currentValue: 1, progress: 25 });
    expect(moved.relatedHabits.map((habit) => habit.title)).toEqual(["Read"]);
    expect(moved.updates.at(-1)).toMatchObject({ oldValue: 3, newValue: 1, notes: 'habit "Walk" deleted' });
    expect(await redis.exists(CacheKeys.habitStreaks(walk.id))).toBe(0);
    const em = session.api.deps.orm.em.fork();
    expect(
      await Promise.all([
        em.count(HabitLog, { habit: walk.id }),
        em.count(Streak, { habit: walk.id }),
        em.count(GoalHabit, { habit: walk.id }),
      ]),
    ).toEqual([0, 0, 0]);
    expect(await listedIds()).not.toContain(walk.id);
    expect((await refusalOf(session.habits.get(session.owner, walk.id))).code).toBe("NOT_FOUND");
    // Creating a habit earned Habit Former: it stays earned when the habit goes.
    expect(await em.count(UserAchievement, { user: session.owner.userId, achievement: HABIT_FORMER })).toBe(
      1,
    );
    const [deleted] = await em.find(OutboxEvent, { aggregateId: walk.id, eventType: "habit.deleted" });
    expect(deleted?.payload).toMatchObject({ title: "Walk", linkedGoalIds: [goal.id] });
  });

  it("answers NOT_FOUND for someone else's habit or one that does not exist, and leaves it be", async () => {
    const habit = await session.createDaily({ title: "Mine" });
    const stranger = await signUpTestAccount(session.api);
    expect((await refusalOf(remove(habit.id, stranger.accessToken))).code).toBe("NOT_FOUND");
    expect((await refusalOf(remove(randomUUID()))).code).toBe("NOT_FOUND");
    expect((await refusalOf(unarchive(randomUUID()))).code).toBe("NOT_FOUND");
    expect(await listedIds()).toContain(habit.id);
  });
});
