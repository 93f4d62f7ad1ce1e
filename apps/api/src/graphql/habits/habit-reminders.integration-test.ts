import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { countSqlStatements } from "../../testing/sql-statement-counter";
import { dataOf } from "../../testing/graphql-data";
import { startTestApi, type TestApi } from "../../testing/test-api";

const FIELDS = `id reminderTime reminders { id time days }`;

interface RemindedHabit {
  id: string;
  reminderTime: string | null;
  reminders: { id: string; time: string; days: string[] | null }[];
}

let api: TestApi;
let owner: TestAccount;
beforeAll(async () => {
  api = await startTestApi();
  owner = await signUpTestAccount(api, { timezone: "Pacific/Kiritimati" });
});
afterAll(() => api?.stop());

const create = (input: Record<string, unknown>, account = owner) =>
  api.graphql<{ createHabit: RemindedHabit }>(
    `mutation($input: CreateHabitInput!) { createHabit(input: $input) { ${FIELDS} } }`,
    { input: { title: "Read", frequencyType: "DAILY", ...input } },
    account.accessToken,
  );
const update = (id: string, input: Record<string, unknown>) =>
  api.graphql<{ updateHabit: RemindedHabit }>(
    `mutation($id: ID!, $input: UpdateHabitInput!) { updateHabit(id: $id, input: $input) { ${FIELDS} } }`,
    { id, input },
    owner.accessToken,
  );
const brief = (habit: RemindedHabit) => habit.reminders.map(({ id: _, ...reminder }) => reminder);

describe("a habit's reminder list", () => {
  it("holds times on chosen weekdays (in week order) or every due day; reminderTime is the earliest", async () => {
    const { createHabit: habit } = await dataOf(
      create({ reminders: [{ time: "21:00", days: ["SUN", "MON"] }, { time: "07:30" }] }),
    );
    expect(brief(habit)).toEqual([
      { time: "21:00", days: ["MON", "SUN"] },
      { time: "07:30", days: null },
    ]);
    expect(habit.reminderTime).toBe("07:30");
  });

  it("treats reminderTime as a one-item list on every due day, and reminders: [] as none", async () => {
    const { createHabit: habit } = await dataOf(create({ reminderTime: "06:15" }));
    expect(brief(habit)).toEqual([{ time: "06:15", days: null }]);
    const moved = (await dataOf(update(habit.id, { reminderTime: "06:45" }))).updateHabit;
    expect(brief(moved)).toEqual([{ time: "06:45", days: null }]);
    const cleared = (await dataOf(update(habit.id, { reminders: [] }))).updateHabit;
    expect(cleared).toMatchObject({ reminderTime: null, reminders: [] });
  });

  it("refuses reminders: null in an update (a habit always has a list; [] empties it)", async () => {
    const { createHabit: habit } = await dataOf(create({ reminderTime: "06:15" }));
    const response = await update(habit.id, { reminders: null });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "input.reminders" })],
    });
  });

  it("keeps an unchanged reminder (and its id) when the list is replaced", async () => {
    const { createHabit: habit } = await dataOf(create({ reminders: [{ time: "07:30" }] }));
    const saved = (
      await dataOf(update(habit.id, { reminders: [{ time: "07:30" }, { time: "12:00", days: ["FRI"] }] }))
    ).updateHabit;
    expect(saved.reminders.map((reminder) => reminder.id)[0]).toBe(habit.reminders[0]!.id);
    expect(saved.reminderTime).toBe("07:30");
  });

  it.each([
    ["an unknown weekday", { reminders: [{ time: "07:30", days: ["MONDAY"] }] }, "input.reminders.0.days.0"],
    ["an empty weekday list", { reminders: [{ time: "07:30", days: [] }] }, "input.reminders.0.days"],
    ["the same reminder twice", { reminders: [{ time: "07:30" }, { time: "07:30" }] }, "input.reminders.1"],
    [
      "more than 10 reminders",
      { reminders: Array.from({ length: 11 }, (_, hour) => ({ time: `${String(hour + 10)}:00` })) },
      "input.reminders",
    ],
    [
      "reminderTime with reminders",
      { reminderTime: "07:30", reminders: [{ time: "08:00" }] },
      "input.reminderTime",
    ],
  ])("refuses %s as BAD_USER_INPUT naming the field", async (_case, input, field) => {
    const response = await create(input);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
  });

  it("reads the reminders of all habits in one query, however many habits", async () => {
    const account = await signUpTestAccount(api);
    const list = async () => {
      const { count, result } = await countSqlStatements(api, () =>
        api.graphql(`query { habits { reminders { id } } }`, {}, account.accessToken),
      );
      expect(result.errors).toBeUndefined();
      return count;
    };
    await dataOf(create({ reminderTime: "07:00" }, account));
    const few = await list();
    for (const hour of [8, 9, 10, 11])
      await dataOf(create({ reminderTime: `${hour}:00`.padStart(5, "0") }, account));
    expect(await list()).toBe(few);
  });
});
