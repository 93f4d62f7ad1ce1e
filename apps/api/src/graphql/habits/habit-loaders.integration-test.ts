import "reflect-metadata";
import { HabitLog } from "@momentum/db";
import { calendarDateOf, dayNumberOf, HabitStreakCache, logHabit, todayIn } from "@momentum/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { countSqlStatements } from "../../testing/sql-statement-counter";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { dataOf, habitClient } from "./habit-test-client";

// The habits list with what the today screen shows: a fixed number of statements whatever the number
// of habits and the length of their history, each habit read from its checkpoint and recent logs.

const HABITS = `query { habits {
  id currentStreak longestStreak progress { isDueToday completedInPeriod strength completionRate30d }
  streaks { startDate isActive }
} }`;
const zone = "Australia/Lord_Howe";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

/** A user with `count` daily habits, each with `years` of daily logs and one log written today. */
async function userWithHabits(count: number, years: number): Promise<TestAccount> {
  const account = await signUpTestAccount(api, { timezone: zone });
  const today = todayIn(zone, api.clock.now());
  const startDate = calendarDateOf(dayNumberOf(today) - Math.round(years * 365));
  const em = api.deps.orm.em.fork();
  for (let index = 0; index < count; index++) {
    const habit = (
      await dataOf(
        habitClient(api).create(account, { title: `Habit ${index}`, frequencyType: "DAILY", startDate }),
      )
    ).createHabit;
    for (let day = dayNumberOf(startDate); day < dayNumberOf(today); day += 1)
      em.create(HabitLog, { habit: habit.id, user: account.userId, completedDate: calendarDateOf(day) });
    await em.flush();
    em.clear();
    // A write keeps the checkpoint: from the start once, as for a habit rebuilt after the migration.
    const streakCache = new HabitStreakCache(api.deps.redis);
    await logHabit(
      api.deps.orm.em.fork(),
      account.userId,
      { habitId: habit.id },
      { streakCache, now: api.clock.now() },
    );
  }
  return account;
}

async function statementsFor(account: TestAccount) {
  const { count, result } = await countSqlStatements(api, () =>
    api.graphql<{ habits: { currentStreak: number }[] }>(HABITS, {}, account.accessToken),
  );
  expect(result.errors).toBeUndefined();
  return { count, habits: result.data!.habits };
}

describe("the habits list", () => {
  it("costs the same statements for 2 habits with a year of logs as for 6 with 4 years", async () => {
    const small = await statementsFor(await userWithHabits(2, 1));
    const large = await statementsFor(await userWithHabits(6, 4));
    expect(small.habits.map((habit) => habit.currentStreak)).toEqual([366, 366]);
    expect(large.habits.map((habit) => habit.currentStreak)).toEqual(Array(6).fill(1461));
    expect(large.count).toBe(small.count);
  }, 60_000);
});
