import "reflect-metadata";
import { HabitLog } from "@momentum/db";
import { calendarDateOf, dayNumberOf } from "@momentum/domain";
import { describe, expect, it } from "vitest";
import { dataOf, useHabitTestSession } from "./habit-test-client";

// Habit.logs is a page: at most `first` logs (default and maximum 366), the oldest of the range first,
// so a habit with years of history never answers with all of it.

const session = useHabitTestSession("Pacific/Kiritimati");

const LOGS_QUERY = `query($id: ID!, $from: Date, $to: Date, $first: Int) {
  habit(id: $id) { logs(from: $from, to: $to, first: $first) { completedDate } }
}`;

/** A daily habit with a log on each of the `days` days before today, written straight into the table. */
async function habitWithHistory(days: number) {
  const startDate = session.day(-days);
  const habit = await session.createDaily({ startDate });
  const em = session.api.deps.orm.em.fork();
  for (let offset = 0; offset < days; offset++) {
    const completedDate = calendarDateOf(dayNumberOf(startDate) + offset);
    em.create(HabitLog, { habit: habit.id, user: session.owner.userId, completedDate });
  }
  await em.flush();
  return { habit, startDate };
}

const logsOf = async (habitId: string, variables: Record<string, unknown>) =>
  (
    await dataOf(
      session.api.graphql<{ habit: { logs: { completedDate: string }[] } }>(
        LOGS_QUERY,
        { id: habitId, ...variables },
        session.owner.accessToken,
      ),
    )
  ).habit.logs.map((log) => log.completedDate);

describe("paging a habit's logs", () => {
  it("returns at most 366 logs of an unbounded range, the oldest first, and pages on from the day after the last", async () => {
    const { habit, startDate } = await habitWithHistory(400);

    const firstPage = await logsOf(habit.id, {});
    expect(firstPage).toHaveLength(366);
    expect(firstPage[0]).toBe(startDate);
    expect(firstPage.at(-1)).toBe(calendarDateOf(dayNumberOf(startDate) + 365));

    const next = calendarDateOf(dayNumberOf(firstPage.at(-1)!) + 1);
    const secondPage = await logsOf(habit.id, { from: next, first: 100 });
    expect(secondPage).toHaveLength(34);
    expect(secondPage.at(-1)).toBe(session.day(-1));
  });

  it("keeps a month's range whole and honours a smaller first", async () => {
    const { habit } = await habitWithHistory(60);
    expect(await logsOf(habit.id, { from: session.day(-31), to: session.day(-1) })).toHaveLength(31);
    expect(await logsOf(habit.id, { from: session.day(-31), first: 5 })).toEqual(
      [-31, -30, -29, -28, -27].map((offset) => session.day(offset)),
    );
  });

  it.each([367, 0, -1])("refuses first: %i as BAD_USER_INPUT naming the field", async (first) => {
    const habit = await session.createDaily();
    const response = await session.api.graphql(
      LOGS_QUERY,
      { id: habit.id, first },
      session.owner.accessToken,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "first", message: "must be between 1 and 366" })],
    });
  });
});
