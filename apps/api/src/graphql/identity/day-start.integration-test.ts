import "reflect-metadata";
import { calendarDateOf, dayNumberOf, instantOfWallClock } from "@momentum/domain";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { noonIn, TEST_DAY } from "../../testing/test-calendar";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { dataOf, habitClient } from "../habits/habit-test-client";
import { created, taskClient } from "../tasks/task-test-builder";

const ZONE = "Pacific/Kiritimati"; // UTC+14: the user's day and the server's are far apart
const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { dayStartTime } }`;

const dayBefore = (day: string, days = 1) => calendarDateOf(dayNumberOf(day) - days);
/** The instant the user's wall clock reads `time` on the calendar date `day`. */
const at = (day: string, time: string) => instantOfWallClock(day, time, ZONE);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ now: noonIn(ZONE) });
});
afterAll(() => api?.stop());
beforeEach(() => api.clock.set(noonIn(ZONE)));

/** Moves the clock to `instant`, signing `owner` in again there (an access token is only good near its issue). */
async function moveClock(owner: TestAccount, instant: Date): Promise<void> {
  api.clock.set(instant);
  const signedIn = await dataOf(
    api.graphql<{ signIn: { accessToken: string } }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
      { input: { login: owner.email, password: owner.password } },
    ),
  );
  owner.accessToken = signedIn.signIn.accessToken;
}

async function ownerStartingDayAt(dayStartTime: string): Promise<TestAccount> {
  const owner = await signUpTestAccount(api, { timezone: ZONE });
  await dataOf(api.graphql(UPDATE_PROFILE, { input: { dayStartTime } }, owner.accessToken));
  return owner;
}

async function taskIds(owner: TestAccount, filter: Record<string, unknown>): Promise<string[]> {
  const response = await dataOf(
    api.graphql<{ tasks: { edges: { node: { id: string } }[] } }>(
      `query($filter: TaskFilter) { tasks(filter: $filter) { edges { node { id } } } }`,
      { filter },
      owner.accessToken,
    ),
  );
  return response.tasks.edges.map((edge) => edge.node.id);
}

describe("the user's day start", () => {
  it("is 00:00 until changed, and the next `me` shows a change", async () => {
    const owner = await signUpTestAccount(api, { timezone: ZONE });
    const me = () =>
      dataOf(api.graphql<{ me: { dayStartTime: string } }>(`{ me { dayStartTime } }`, {}, owner.accessToken));
    expect((await me()).me.dayStartTime).toBe("00:00");
    const changed = await dataOf(
      api.graphql<{ updateProfile: { dayStartTime: string } }>(
        UPDATE_PROFILE,
        { input: { dayStartTime: "03:30" } },
        owner.accessToken,
      ),
    );
    expect(changed.updateProfile.dayStartTime).toBe("03:30");
    expect((await me()).me.dayStartTime).toBe("03:30");
  });

  it.each([
    ["after noon", "13:00"],
    ["null", null],
  ])("refuses a day start %s as BAD_USER_INPUT naming dayStartTime", async (_case, dayStartTime) => {
    const owner = await signUpTestAccount(api, { timezone: ZONE });
    const response = await api.graphql(UPDATE_PROFILE, { input: { dayStartTime } }, owner.accessToken);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "input.dayStartTime" }],
    });
  });

  it.each(["3:00", "03:00:00", "25:00"])(
    "refuses %s, which is no HH:MM time, as BAD_USER_INPUT",
    async (dayStartTime) => {
      const owner = await signUpTestAccount(api, { timezone: ZONE });
      const response = await api.graphql(UPDATE_PROFILE, { input: { dayStartTime } }, owner.accessToken);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    },
  );

  it("counts a log at 01:30 with a 03:00 start for the previous day, which is still today", async () => {
    const owner = await ownerStartingDayAt("03:00");
    const habits = habitClient(api);
    await moveClock(owner, at(dayBefore(TEST_DAY, 3), "12:00"));
    const habit = (await dataOf(habits.create(owner, { title: "Read", frequencyType: "DAILY" }))).createHabit;

    await moveClock(owner, at(TEST_DAY, "01:30"));
    const logged = (await dataOf(habits.log(owner, { habitId: habit.id }))).logHabit;
    const logs = (await dataOf(habits.logs(owner, habit.id))).habit.logs;
    expect(logs.map((log) => log.completedDate)).toEqual([dayBefore(TEST_DAY)]);
    expect(logged.progress).toMatchObject({ isCompletedToday: true, isDueToday: true });
    expect(logged.currentStreak).toBe(1);
    const stats = await dataOf(
      api.graphql<{ me: { stats: { habitsCompletedToday: number } } }>(
        `{ me { stats { habitsCompletedToday } } }`,
        {},
        owner.accessToken,
      ),
    );
    expect(stats.me.stats.habitsCompletedToday).toBe(1);

    const tooEarly = await habits.log(owner, { habitId: habit.id, date: TEST_DAY });
    expect(tooEarly.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });

    await moveClock(owner, at(TEST_DAY, "03:00"));
    const nextDay = (await dataOf(habits.get(owner, habit.id))).habit;
    expect(nextDay.progress).toMatchObject({ isCompletedToday: false });
    expect(nextDay.currentStreak).toBe(1);
  });

  it("at 02:00 with a 03:00 start, due today and overdue use yesterday", async () => {
    const owner = await ownerStartingDayAt("03:00");
    const tasks = taskClient(api);
    const yesterday = dayBefore(TEST_DAY);
    const due = async (title: string, day: string, time: string) =>
      (await created(tasks.create(owner, { title, dueDate: at(day, time).toISOString() }))).id;
    const overdue = await due("Before yesterday's start", yesterday, "02:59");
    const early = await due("At yesterday's start", yesterday, "03:00");
    const late = await due("Before today's start", TEST_DAY, "02:30");
    await due("At today's start", TEST_DAY, "03:00");

    await moveClock(owner, at(TEST_DAY, "02:00"));
    const ids = (filter: Record<string, unknown>) => taskIds(owner, filter);
    expect(await ids({ dueToday: true })).toEqual([early, late]);
    expect(await ids({ overdue: true })).toEqual([overdue]);
  });

  it("keeps all-day tasks on their dates as the day start moves: at 02:00, yesterday's is due today again", async () => {
    const owner = await ownerStartingDayAt("00:00");
    const tasks = taskClient(api);
    const allDay = async (title: string, dueOn: string) =>
      (await created(tasks.create(owner, { title, dueOn }))).id;
    const dueYesterday = await allDay("Due yesterday", dayBefore(TEST_DAY));
    const dueToday = await allDay("Due today", TEST_DAY);

    await moveClock(owner, at(TEST_DAY, "02:00"));
    expect(await taskIds(owner, { dueToday: true })).toEqual([dueToday]);
    expect(await taskIds(owner, { overdue: true })).toEqual([dueYesterday]);

    await dataOf(api.graphql(UPDATE_PROFILE, { input: { dayStartTime: "03:00" } }, owner.accessToken));
    expect(await taskIds(owner, { dueToday: true })).toEqual([dueYesterday]);
    expect(await taskIds(owner, { overdue: true })).toEqual([]);
  });

  it("changing it leaves past logs and their streak untouched", async () => {
    const owner = await signUpTestAccount(api, { timezone: ZONE });
    const habits = habitClient(api);
    await moveClock(owner, at(dayBefore(TEST_DAY, 3), "12:00"));
    const habit = (await dataOf(habits.create(owner, { title: "Walk", frequencyType: "DAILY" }))).createHabit;
    for (const days of [3, 2, 1]) {
      await moveClock(owner, at(dayBefore(TEST_DAY, days), "23:30"));
      await dataOf(habits.log(owner, { habitId: habit.id }));
    }
    const logsBefore = (await dataOf(habits.logs(owner, habit.id))).habit.logs;
    expect(logsBefore.map((log) => log.completedDate)).toEqual(
      [3, 2, 1].map((days) => dayBefore(TEST_DAY, days)),
    );

    await moveClock(owner, at(TEST_DAY, "01:00"));
    expect((await dataOf(habits.get(owner, habit.id))).habit.currentStreak).toBe(3);
    await dataOf(api.graphql(UPDATE_PROFILE, { input: { dayStartTime: "05:00" } }, owner.accessToken));

    expect((await dataOf(habits.logs(owner, habit.id))).habit.logs).toEqual(logsBefore);
    const after = (await dataOf(habits.get(owner, habit.id))).habit;
    // 01:00 is now still yesterday's day, which is done: the streak is unbroken and today is done.
    expect(after).toMatchObject({ currentStreak: 3, longestStreak: 3, totalCompletions: 3 });
    expect(after.progress).toMatchObject({ isCompletedToday: true });
  });
});
