import "reflect-metadata";
import { calendarDateOf, dayNumberOf, todayIn, weekdayIndexOf } from "@momentum/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount } from "../../testing/account-builder";
import { noonIn } from "../../testing/test-calendar";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { habitClient } from "./habit-test-client";

const zone = "Europe/Berlin";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ now: noonIn(zone) });
});
afterAll(() => api?.stop());

/** The most recent `weekday` (0 = Monday) on or before `day`. */
const startOfWeek = (day: string, weekday: number) => {
  const number = dayNumberOf(day);
  return calendarDateOf(number - ((weekdayIndexOf(number) - weekday + 7) % 7));
};

describe("the user's week start", () => {
  it("times-per-week periods start on the weekday from the user's settings", async () => {
    const account = await signUpTestAccount(api, { timezone: zone });
    const habits = habitClient(api);
    const created = await habits.create(account, {
      title: "Run",
      frequencyType: "TIMES_PER_WEEK",
      frequencyConfig: { times: 2 },
    });
    const today = todayIn(zone, api.clock.now());
    expect(created.data!.createHabit.progress.periodStart).toBe(startOfWeek(today, 0));

    await api.graphql(
      `mutation { updateSettings(settings: { weekStartsOn: "SUN" }) { id } }`,
      {},
      account.accessToken,
    );
    const reread = await api.graphql<{ habit: { progress: { periodStart: string; periodEnd: string } } }>(
      `query($id: ID!) { habit(id: $id) { progress { periodStart periodEnd } } }`,
      { id: created.data!.createHabit.id },
      account.accessToken,
    );
    const sunday = startOfWeek(today, 6);
    expect(reread.data!.habit.progress).toEqual({
      periodStart: sunday,
      periodEnd: calendarDateOf(dayNumberOf(sunday) + 6),
    });
  });
});
