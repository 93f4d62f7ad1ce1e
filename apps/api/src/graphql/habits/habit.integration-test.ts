import "reflect-metadata";
import { Habit, OutboxEvent } from "@momentum/db";
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
