import "reflect-metadata";
import { type MikroORM } from "@mikro-orm/postgresql";
import {
  Category,
  CategoryType,
  FrequencyType,
  Goal,
  Habit,
  loadDatabaseConfig,
  MeasurementType,
  Milestone,
  openMainOrm,
  Priority,
  Task,
} from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findCategoryRows } from "../categories/category-rows";
import { findGoalRows, findMilestoneRows } from "../goals/goal-rows";
import { findHabitRows } from "../habits/habit-rows";
import { findTaskRows } from "../tasks/task-row";
import { insertTestUser } from "../testing/user-builder.test-support";

let orm: MikroORM;
beforeAll(async () => {
  orm = await openMainOrm(loadDatabaseConfig().DATABASE_URL);
});
afterAll(async () => {
  await orm?.close();
});

/** Every property of a row as the entity loaded by em.find has it (a relation by its id). */
function expectRowsAsEntities(rows: readonly Record<string, unknown>[], entities: readonly object[]) {
  expect(rows).toHaveLength(entities.length);
  rows.forEach((row, index) => {
    const entity = entities[index] as Record<string, unknown>;
    for (const [name, value] of Object.entries(row)) {
      const expected = entity[name];
      const asEntityHasIt =
        expected !== null && typeof expected === "object" && "id" in expected && !(expected instanceof Date)
          ? { id: expected.id }
          : (expected ?? null);
      expect({ [name]: value }).toStrictEqual({ [name]: asEntityHasIt });
    }
  });
}

describe("plain rows", () => {
  it("hold what em.find hydrates: numbers from numeric, days as text, instants as dates, json, relations by id", async () => {
    const setup = orm.em.fork();
    const user = await insertTestUser(setup);
    const category = setup.create(Category, {
      user,
      name: "Health",
      color: "#00AA00",
      type: CategoryType.Goal,
    });
    const goal = setup.create(Goal, {
      user,
      category,
      title: "Run",
      startDate: "2026-01-31",
      targetDate: "2026-12-31",
      measurementType: MeasurementType.Numeric,
      startValue: 10.5,
      targetValue: 42.195,
      currentValue: 12.25,
      progress: 5.4,
    });
    setup.create(Milestone, {
      user,
      goal,
      title: "Half",
      targetValue: 21.1,
      dueDate: "2026-06-30",
      position: 1,
    });
    setup.create(Habit, {
      user,
      category,
      title: "Stretch",
      frequencyType: FrequencyType.Daily,
      frequencyConfig: {},
      startDate: "2026-01-01",
      streakCheckpoint: { version: 1, checkpoint: { day: "2026-02-01" } },
      lastCompletedAt: new Date("2026-02-03T07:00:00.123Z"),
    });
    const parent = setup.create(Task, {
      user,
      category,
      title: "Trip",
      dueDate: new Date("2026-03-01T09:30:00.456Z"),
      priority: Priority.High,
      recurrenceRule: { rrule: "FREQ=WEEKLY", timezone: "Europe/Berlin" },
      metadata: { seriesId: "x" },
    });
    setup.create(Task, { user, parentTask: parent, title: "Pack" });
    await setup.flush();

    const em = () => orm.em.fork();
    const mine = { user: user.id };
    const byId = { orderBy: { id: "asc" } } as const;
    expectRowsAsEntities(await findTaskRows(em(), mine, byId), await em().find(Task, mine, byId));
    expectRowsAsEntities(await findGoalRows(em(), mine, byId), await em().find(Goal, mine, byId));
    expectRowsAsEntities(await findMilestoneRows(em(), mine, byId), await em().find(Milestone, mine, byId));
    expectRowsAsEntities(await findHabitRows(em(), mine, byId), await em().find(Habit, mine, byId));
    expectRowsAsEntities(await findCategoryRows(em(), mine, byId), await em().find(Category, mine, byId));
    const [goalRow] = await findGoalRows(em(), mine);
    expect(goalRow).toMatchObject({ progress: 5.4, targetValue: 42.195, startDate: "2026-01-31" });
  });
});
