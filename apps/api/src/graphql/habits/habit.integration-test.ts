import "reflect-metadata";
import { Habit, HabitLog, OutboxEvent, Streak } from "@momentum/db";
import { CacheKeys } from "@momentum/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { dataOf, dayFromToday, habitClient, type HabitResult } from "./habit-test-client";

// A user far east of UTC, so "today" differs from the UTC day for half of every UTC day.
const ZONE = "Pacific/Kiritimati";

let api: TestApi;
let owner: TestAccount;
let habits: ReturnType<typeof habitClient>;
beforeAll(async () => {
  api = await startTestApi();
  owner = await signUpTestAccount(api, { timezone: ZONE });
  habits = habitClient(api);
});
afterAll(() => api?.stop());

const day = (offset: number) => dayFromToday(ZONE, offset);

async function createDaily(fields: Record<string, unknown> = {}): Promise<HabitResult> {
  const input = { title: "Meditate", frequencyType: "DAILY", ...fields };
  return (await dataOf(habits.create(owner, input))).createHabit;
}

async function eventTypes(habitId: string): Promise<string[]> {
  const events = await api.deps.orm.em
    .fork()
    .find(OutboxEvent, { aggregateId: habitId }, { orderBy: { occurredAt: "asc", id: "asc" } });
  return events.map((event) => event.eventType);
}

describe("creating a habit", () => {
  it("starts today in the user's zone with zero counters and a habit.created event", async () => {
    const habit = await createDaily({
      description: "Ten minutes",
      reminderTime: "07:30",
      frequencyConfig: {},
    });
    expect(habit).toMatchObject({
      title: "Meditate",
      frequencyType: "DAILY",
      frequencyConfig: {},
      startDate: day(0),
      endDate: null,
      currentStreak: 0,
      longestStreak: 0,
      totalCompletions: 0,
      lastCompletedAt: null,
      reminderTime: "07:30",
      isArchived: false,
      streaks: [],
    });
    expect(habit.progress).toMatchObject({
      periodStart: day(0),
      isDueToday: true,
      isCompletedToday: false,
      strength: 0,
    });
    expect(await eventTypes(habit.id)).toEqual(["habit.created"]);
  });

  it("keeps a weekly schedule's weekdays once each, in order", async () => {
    const habit = await createDaily({
      frequencyType: "WEEKLY",
      frequencyConfig: { days: ["FRI", "MON", "FRI"] },
    });
    expect(habit.frequencyConfig).toEqual({ days: ["FRI", "MON"].sort() });
  });

  it.each([
    ["an empty title", { title: "  " }, "input.title"],
    [
      "a weekly habit without days",
      { frequencyType: "WEEKLY", frequencyConfig: {} },
      "input.frequencyConfig.days",
    ],
    [
      "a weekly habit with an unknown weekday",
      { frequencyType: "WEEKLY", frequencyConfig: { days: ["MO"] } },
      "input.frequencyConfig.days.0",
    ],
    [
      "8 times a week",
      { frequencyType: "TIMES_PER_WEEK", frequencyConfig: { times: 8 } },
      "input.frequencyConfig.times",
    ],
    [
      "0 times a month",
      { frequencyType: "TIMES_PER_MONTH", frequencyConfig: { times: 0 } },
      "input.frequencyConfig.times",
    ],
    [
      "every 366 days",
      { frequencyType: "EVERY_N_DAYS", frequencyConfig: { n: 366 } },
      "input.frequencyConfig.n",
    ],
    [
      "a monthly habit on day 32",
      { frequencyType: "MONTHLY", frequencyConfig: { days: [32] } },
      "input.frequencyConfig.days.0",
    ],
    ["an unknown config key", { frequencyConfig: { times: 3 } }, "input.frequencyConfig"],
    ["a target of 0", { frequencyConfig: { target: 0, unit: "glasses" } }, "input.frequencyConfig.target"],
    ["an end before the start", { startDate: "2026-03-10", endDate: "2026-03-09" }, "input.endDate"],
    [
      "a category that does not exist",
      { categoryId: "5b0e8a52-1b7c-4a53-9d2e-0c8f4f4e2a11" },
      "input.categoryId",
    ],
  ])("refuses %s as BAD_USER_INPUT naming the field", async (_case, fields, field) => {
    const response = await habits.create(owner, { title: "Meditate", frequencyType: "DAILY", ...fields });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
  });

  it("refuses a date that is not on the calendar before any resolver runs", async () => {
    const response = await habits.create(owner, {
      title: "Meditate",
      frequencyType: "DAILY",
      startDate: "2026-02-30",
    });
    expect(response.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });
});

describe("logging a habit", () => {
  it("logs today by default and logging the same day again updates value, notes and mood in the one log", async () => {
    const habit = await createDaily();
    const first = (await dataOf(habits.log(owner, { habitId: habit.id, value: 1, notes: "calm", mood: 3 })))
      .logHabit;
    expect(first).toMatchObject({ currentStreak: 1, longestStreak: 1, totalCompletions: 1 });
    expect(first.progress).toMatchObject({ isCompletedToday: true, completedInPeriod: 1, targetInPeriod: 1 });
    expect(first.lastCompletedAt).not.toBeNull();

    const again = (await dataOf(habits.log(owner, { habitId: habit.id, value: 2, notes: "calmer", mood: 4 })))
      .logHabit;
    expect(again).toMatchObject({ currentStreak: 1, totalCompletions: 1 });
    const { logs } = (await dataOf(habits.logs(owner, habit.id))).habit;
    expect(logs).toEqual([
      expect.objectContaining({
        completedDate: day(0),
        value: 2,
        notes: "calmer",
        mood: 4,
        skipReason: null,
      }),
    ]);
    expect(await eventTypes(habit.id)).toEqual([
      "habit.created",
      "habit.logged",
      "streak.extended",
      "habit.logged",
    ]);
  });

  it("backfills a missed day: the two runs join, the counters, rows and events follow", async () => {
    const habit = await createDaily({ startDate: day(-4) });
    for (const offset of [-4, -3, -1])
      await dataOf(habits.log(owner, { habitId: habit.id, date: day(offset) }));
    const broken = (await dataOf(habits.get(owner, habit.id))).habit;
    expect(broken).toMatchObject({ currentStreak: 1, longestStreak: 2, totalCompletions: 3 });
    expect(
      broken.streaks.map(({ startDate, length, isActive }) => ({ startDate, length, isActive })),
    ).toEqual([
      { startDate: day(-4), length: 2, isActive: false },
      { startDate: day(-1), length: 1, isActive: true },
    ]);

    const mended = (await dataOf(habits.log(owner, { habitId: habit.id, date: day(-2) }))).logHabit;
    expect(mended).toMatchObject({ currentStreak: 4, longestStreak: 4, totalCompletions: 4 });
    expect(mended.streaks).toEqual([
      { id: broken.streaks[0]!.id, startDate: day(-4), endDate: day(-1), length: 4, isActive: true },
    ]);

    const em = api.deps.orm.em.fork();
    const stored = await em.findOneOrFail(Habit, habit.id);
    expect({
      current: stored.currentStreak,
      longest: stored.longestStreak,
      total: stored.totalCompletions,
    }).toEqual({ current: 4, longest: 4, total: 4 });
    expect(await em.count(Streak, { habit: habit.id })).toBe(1);
    // Days logged after a gap that is already over extend no current streak; the last log and the backfill do.
    expect((await eventTypes(habit.id)).filter((type) => type === "streak.extended")).toHaveLength(2);
  });

  it("a skipped day neither counts nor breaks; deleting a day inside the streak breaks it with a streak.broken event", async () => {
    const habit = await createDaily({ startDate: day(-3) });
    await dataOf(habits.log(owner, { habitId: habit.id, date: day(-3) }));
    await dataOf(habits.skip(owner, { habitId: habit.id, date: day(-2), reason: "Fever" }));
    const logged = (await dataOf(habits.log(owner, { habitId: habit.id, date: day(-1) }))).logHabit;
    expect(logged).toMatchObject({ currentStreak: 2, longestStreak: 2, totalCompletions: 2 });
    const { logs } = (await dataOf(habits.logs(owner, habit.id))).habit;
    expect(logs.map((log) => log.skipReason)).toEqual([null, "Fever", null]);

    const afterDelete = (await dataOf(habits.deleteLog(owner, habit.id, day(-3)))).deleteHabitLog;
    expect(afterDelete).toMatchObject({ currentStreak: 1, longestStreak: 1, totalCompletions: 1 });
    const types = await eventTypes(habit.id);
    expect(types).toContain("habit.skipped");
    expect(types.slice(-2)).toEqual(["habit.unlogged", "streak.broken"]);
  });

  it("a measurable habit counts a day only when the value reaches the target", async () => {
    const habit = await createDaily({ frequencyConfig: { target: 8, unit: "glasses" } });
    const short = (await dataOf(habits.log(owner, { habitId: habit.id, value: 5 }))).logHabit;
    expect(short).toMatchObject({ currentStreak: 0, totalCompletions: 0 });
    expect(short.progress.isCompletedToday).toBe(false);
    const reached = (await dataOf(habits.log(owner, { habitId: habit.id, value: 8 }))).logHabit;
    expect(reached).toMatchObject({ currentStreak: 1, totalCompletions: 1 });
  });

  it.each([
    ["a day in the future of the user's zone", () => ({ date: day(1) }), "input.date"],
    ["a day before the start date", () => ({ date: day(-1) }), "input.date"],
    ["a mood of 6", () => ({ mood: 6 }), "input.mood"],
    ["a mood of 0", () => ({ mood: 0 }), "input.mood"],
    ["a negative value", () => ({ value: -1 }), "input.value"],
    ["notes over 2000 characters", () => ({ notes: "x".repeat(2001) }), "input.notes"],
  ])("refuses %s as BAD_USER_INPUT naming the field", async (_case, fields, field) => {
    const habit = await createDaily();
    const response = await habits.log(owner, { habitId: habit.id, ...fields() });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
    expect(await api.deps.orm.em.fork().count(HabitLog, { habit: habit.id })).toBe(0);
  });

  it("refuses a skip without a reason, and deleting a log of a day that has none is NOT_FOUND", async () => {
    const habit = await createDaily();
    const skip = await habits.skip(owner, { habitId: habit.id, reason: "  " });
    expect(skip.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "input.reason" })],
    });
    const remove = await habits.deleteLog(owner, habit.id, day(0));
    expect(remove.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });

  it("20 concurrent logs for one habit, on different days and the same day, end with one row per day and exact counters", async () => {
    const habit = await createDaily({ startDate: day(-14) });
    const offsets = [...Array.from({ length: 15 }, (_, index) => -index), 0, -3, -7, -7, -14];
    const responses = await Promise.all(
      offsets.map((offset, index) =>
        habits.log(owner, { habitId: habit.id, date: day(offset), value: index }),
      ),
    );
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);

    const em = api.deps.orm.em.fork();
    expect(await em.count(HabitLog, { habit: habit.id })).toBe(15);
    const stored = await em.findOneOrFail(Habit, habit.id);
    expect({
      current: stored.currentStreak,
      longest: stored.longestStreak,
      total: stored.totalCompletions,
    }).toEqual({ current: 15, longest: 15, total: 15 });
    expect(await em.find(Streak, { habit: habit.id })).toEqual([
      expect.objectContaining({ startDate: day(-14), endDate: day(0), length: 15, isActive: true }),
    ]);
    expect((await eventTypes(habit.id)).filter((type) => type === "habit.logged")).toHaveLength(20);
    const read = (await dataOf(habits.get(owner, habit.id))).habit;
    expect(read).toMatchObject({ currentStreak: 15, longestStreak: 15, totalCompletions: 15 });
  });
});

describe("changing a habit", () => {
  it("a new frequency re-reads the history: daily with a gap becomes an unbroken 1-a-week streak", async () => {
    const habit = await createDaily({ startDate: day(-30) });
    for (const offset of [-30, -20, -10, 0])
      await dataOf(habits.log(owner, { habitId: habit.id, date: day(offset) }));
    const weekly = (
      await dataOf(
        habits.update(owner, habit.id, { frequencyType: "TIMES_PER_MONTH", frequencyConfig: { times: 1 } }),
      )
    ).updateHabit;
    expect(weekly.frequencyType).toBe("TIMES_PER_MONTH");
    expect(weekly.currentStreak).toBeGreaterThanOrEqual(1);
    expect(weekly.progress.targetInPeriod).toBe(1);
    const stored = await api.deps.orm.em.fork().findOneOrFail(Habit, habit.id);
    expect(stored.currentStreak).toBe(weekly.currentStreak);
  });

  it.each([
    ["a config that does not fit the new type", { frequencyType: "WEEKLY" }, "input.frequencyConfig.days"],
    ["a config that does not fit the current type", { frequencyConfig: { n: 2 } }, "input.frequencyConfig"],
    ["an end before the start", { endDate: "2000-01-01" }, "input.endDate"],
    ["an empty title", { title: "" }, "input.title"],
  ])("refuses %s as BAD_USER_INPUT naming the field", async (_case, input, field) => {
    const habit = await createDaily();
    const response = await habits.update(owner, habit.id, input);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
  });

  it("archiving hides the habit from the default list, refuses new logs, and happens once", async () => {
    const habit = await createDaily({ title: "Archive me" });
    expect((await dataOf(habits.archive(owner, habit.id))).archiveHabit.isArchived).toBe(true);
    await dataOf(habits.archive(owner, habit.id));
    const active = (await dataOf(habits.list(owner))).habits.map((candidate) => candidate.id);
    const all = (await dataOf(habits.list(owner, true))).habits.map((candidate) => candidate.id);
    expect(active).not.toContain(habit.id);
    expect(all).toContain(habit.id);
    expect((await habits.log(owner, { habitId: habit.id })).errors?.[0]?.extensions.code).toBe("CONFLICT");
    expect((await eventTypes(habit.id)).filter((type) => type === "habit.archived")).toHaveLength(1);
  });
});

describe("reading habits", () => {
  it("lists the user's habits with fields computed for today, and serves User.habits the same", async () => {
    const reader = await signUpTestAccount(api, { timezone: "America/New_York" });
    const create = (title: string) =>
      dataOf(
        habits.create(reader, { title, frequencyType: "TIMES_PER_WEEK", frequencyConfig: { times: 3 } }),
      );
    const first = (await create("Run")).createHabit;
    await create("Read");
    await dataOf(habits.log(reader, { habitId: first.id }));
    const list = (await dataOf(habits.list(reader))).habits;
    expect(list.map((habit) => habit.title)).toEqual(["Run", "Read"]);
    expect(list[0]!.progress).toMatchObject({ completedInPeriod: 1, isCompletedToday: true });
    const me = await dataOf(
      api.graphql<{ me: { habits: { id: string }[] } }>(`{ me { habits { id } } }`, {}, reader.accessToken),
    );
    expect(me.me.habits.map((habit) => habit.id)).toEqual(list.map((habit) => habit.id));
  });

  it("caches the streak counters in Redis for today and drops the entry on every change", async () => {
    const habit = await createDaily();
    await dataOf(habits.get(owner, habit.id));
    const key = CacheKeys.habitStreaks(habit.id);
    expect(await api.deps.redis.hgetall(key)).toMatchObject({
      current: "0",
      longest: "0",
      lastCompleted: "",
      day: day(0),
    });
    expect(await api.deps.redis.ttl(key)).toBeGreaterThan(3500);
    await dataOf(
      api.graphql(
        `mutation($input: LogHabitInput!) { logHabit(input: $input) { id } }`,
        { input: { habitId: habit.id } },
        owner.accessToken,
      ),
    );
    expect(await api.deps.redis.exists(key)).toBe(0);
    expect((await dataOf(habits.get(owner, habit.id))).habit.currentStreak).toBe(1);
    expect(await api.deps.redis.hgetall(key)).toMatchObject({
      current: "1",
      longest: "1",
      lastCompleted: day(0),
    });
  });

  it("returns logs between two days inclusive and refuses a range that ends before it starts", async () => {
    const habit = await createDaily({ startDate: day(-5) });
    for (const offset of [-5, -4, -3, -2])
      await dataOf(habits.log(owner, { habitId: habit.id, date: day(offset) }));
    const { logs } = (await dataOf(habits.logs(owner, habit.id, day(-4), day(-3)))).habit;
    expect(logs.map((log) => log.completedDate)).toEqual([day(-4), day(-3)]);
    const reversed = await habits.logs(owner, habit.id, day(-3), day(-4));
    expect(reversed.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "to" })],
    });
  });
});

describe("another user's habit", () => {
  it("is NOT_FOUND for every operation, as is a malformed id, and stays unchanged", async () => {
    const habit = await createDaily({ title: "Private" });
    const intruder = await signUpTestAccount(api);
    for (const id of [habit.id, "not-a-uuid"]) {
      const responses = await Promise.all([
        habits.get(intruder, id),
        habits.update(intruder, id, { title: "Mine now" }),
        habits.archive(intruder, id),
        habits.log(intruder, { habitId: id }),
        habits.skip(intruder, { habitId: id, reason: "No" }),
        habits.deleteLog(intruder, id, day(0)),
      ]);
      expect(responses.map((response) => response.errors?.[0]?.extensions.code)).toEqual(
        Array(6).fill("NOT_FOUND"),
      );
    }
    expect((await dataOf(habits.list(intruder))).habits).toEqual([]);
    expect((await dataOf(habits.get(owner, habit.id))).habit).toMatchObject({
      title: "Private",
      isArchived: false,
      totalCompletions: 0,
    });
  });
});
