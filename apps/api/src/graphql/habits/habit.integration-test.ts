import "reflect-metadata";
import { Habit } from "@momentum/db";
import { CacheKeys } from "@momentum/domain";
import { describe, expect, it } from "vitest";
import { signUpTestAccount } from "../../testing/account-builder";
import { dataOf, useHabitTestSession } from "./habit-test-client";

// A user far east of UTC, so "today" differs from the UTC day for half of every UTC day.
const ZONE = "Pacific/Kiritimati";

const session = useHabitTestSession(ZONE);

describe("changing a habit", () => {
  it("a new frequency re-reads the history: daily with a gap becomes an unbroken 1-a-week streak", async () => {
    const habit = await session.createDaily({ startDate: session.day(-30) });
    for (const offset of [-30, -20, -10, 0])
      await dataOf(session.habits.log(session.owner, { habitId: habit.id, date: session.day(offset) }));
    const weekly = (
      await dataOf(
        session.habits.update(session.owner, habit.id, {
          frequencyType: "TIMES_PER_MONTH",
          frequencyConfig: { times: 1 },
        }),
      )
    ).updateHabit;
    expect(weekly.frequencyType).toBe("TIMES_PER_MONTH");
    expect(weekly.currentStreak).toBeGreaterThanOrEqual(1);
    expect(weekly.progress.targetInPeriod).toBe(1);
    const stored = await session.api.deps.orm.em.fork().findOneOrFail(Habit, habit.id);
    expect(stored.currentStreak).toBe(weekly.currentStreak);
  });

  it.each([
    ["a config that does not fit the new type", { frequencyType: "WEEKLY" }, "input.frequencyConfig.days"],
    ["a config that does not fit the current type", { frequencyConfig: { n: 2 } }, "input.frequencyConfig"],
    ["an end before the start", { endDate: "2000-01-01" }, "input.endDate"],
    ["an empty title", { title: "" }, "input.title"],
  ])("refuses %s as BAD_USER_INPUT naming the field", async (_case, input, field) => {
    const habit = await session.createDaily();
    const response = await session.habits.update(session.owner, habit.id, input);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
  });

  it("archiving hides the habit from the default list, refuses new logs, and happens once", async () => {
    const habit = await session.createDaily({ title: "Archive me" });
    expect((await dataOf(session.habits.archive(session.owner, habit.id))).archiveHabit.isArchived).toBe(
      true,
    );
    await dataOf(session.habits.archive(session.owner, habit.id));
    const active = (await dataOf(session.habits.list(session.owner))).habits.map((candidate) => candidate.id);
    const all = (await dataOf(session.habits.list(session.owner, true))).habits.map(
      (candidate) => candidate.id,
    );
    expect(active).not.toContain(habit.id);
    expect(all).toContain(habit.id);
    expect(
      (await session.habits.log(session.owner, { habitId: habit.id })).errors?.[0]?.extensions.code,
    ).toBe("CONFLICT");
    expect((await session.eventTypes(habit.id)).filter((type) => type === "habit.archived")).toHaveLength(1);
  });
});

describe("reading habits", () => {
  it("lists the user's habits with fields computed for today, and serves User.habits the same", async () => {
    const reader = await signUpTestAccount(session.api, { timezone: "America/New_York" });
    const create = (title: string) =>
      dataOf(
        session.habits.create(reader, {
          title,
          frequencyType: "TIMES_PER_WEEK",
          frequencyConfig: { times: 3 },
        }),
      );
    const first = (await create("Run")).createHabit;
    await create("Read");
    await dataOf(session.habits.log(reader, { habitId: first.id }));
    const list = (await dataOf(session.habits.list(reader))).habits;
    expect(list.map((habit) => habit.title)).toEqual(["Run", "Read"]);
    expect(list[0]!.progress).toMatchObject({ completedInPeriod: 1, isCompletedToday: true });
    const me = await dataOf(
      session.api.graphql<{ me: { habits: { id: string }[] } }>(
        `{ me { habits { id } } }`,
        {},
        reader.accessToken,
      ),
    );
    expect(me.me.habits.map((habit) => habit.id)).toEqual(list.map((habit) => habit.id));
  });

  it("caches the streak counters in Redis for today and drops the entry on every change", async () => {
    const habit = await session.createDaily();
    await dataOf(session.habits.get(session.owner, habit.id));
    const key = CacheKeys.habitStreaks(habit.id);
    expect(await session.api.deps.redis.hgetall(key)).toMatchObject({
      current: "0",
      longest: "0",
      lastCompleted: "",
      day: session.day(0),
    });
    expect(await session.api.deps.redis.ttl(key)).toBeGreaterThan(3500);
    await dataOf(
      session.api.graphql(
        `mutation($input: LogHabitInput!) { logHabit(input: $input) { id } }`,
        { input: { habitId: habit.id } },
        session.owner.accessToken,
      ),
    );
    expect(await session.api.deps.redis.exists(key)).toBe(0);
    expect((await dataOf(session.habits.get(session.owner, habit.id))).habit.currentStreak).toBe(1);
    expect(await session.api.deps.redis.hgetall(key)).toMatchObject({
      current: "1",
      longest: "1",
      lastCompleted: session.day(0),
    });
  });

  it("returns logs between two days inclusive and refuses a range that ends before it starts", async () => {
    const habit = await session.createDaily({ startDate: session.day(-5) });
    for (const offset of [-5, -4, -3, -2])
      await dataOf(session.habits.log(session.owner, { habitId: habit.id, date: session.day(offset) }));
    const { logs } = (
      await dataOf(session.habits.logs(session.owner, habit.id, session.day(-4), session.day(-3)))
    ).habit;
    expect(logs.map((log) => log.completedDate)).toEqual([session.day(-4), session.day(-3)]);
    const reversed = await session.habits.logs(session.owner, habit.id, session.day(-3), session.day(-4));
    expect(reversed.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "to" })],
    });
  });
});

describe("another user's habit", () => {
  it("is NOT_FOUND for every operation, as is a malformed id, and stays unchanged", async () => {
    const habit = await session.createDaily({ title: "Private" });
    const intruder = await signUpTestAccount(session.api);
    for (const id of [habit.id, "not-a-uuid"]) {
      const responses = await Promise.all([
        session.habits.get(intruder, id),
        session.habits.update(intruder, id, { title: "Mine now" }),
        session.habits.archive(intruder, id),
        session.habits.log(intruder, { habitId: id }),
        session.habits.skip(intruder, { habitId: id, reason: "No" }),
        session.habits.deleteLog(intruder, id, session.day(0)),
      ]);
      expect(responses.map((response) => response.errors?.[0]?.extensions.code)).toEqual(
        Array(6).fill("NOT_FOUND"),
      );
    }
    expect((await dataOf(session.habits.list(intruder))).habits).toEqual([]);
    expect((await dataOf(session.habits.get(session.owner, habit.id))).habit).toMatchObject({
      title: "Private",
      isArchived: false,
      totalCompletions: 0,
    });
  });
});
