import "reflect-metadata";
import { GoalUpdate } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { dayFromToday, noonIn } from "../../testing/test-calendar";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { dataOf, habitClient } from "../habits/habit-test-client";
import { created, taskClient } from "../tasks/task-test-builder";
import { goalClient, goalEventsOf, goalOf, refusalOf } from "./goal-test-client";

const ZONE = "America/New_York";
const day = (offset: number) => dayFromToday(api.clock, ZONE, offset);

let api: TestApi;
let owner: TestAccount;
let goals: ReturnType<typeof goalClient>;
let tasks: ReturnType<typeof taskClient>;
let habits: ReturnType<typeof habitClient>;
beforeAll(async () => {
  api = await startTestApi({ now: noonIn(ZONE) });
  owner = await signUpTestAccount(api, { timezone: ZONE });
  goals = goalClient(api);
  tasks = taskClient(api);
  habits = habitClient(api);
});
afterAll(() => api?.stop());

const createGoal = (input: Record<string, unknown>) =>
  goalOf(goals.create(owner, { title: "Goal", ...input }));
const read = (goalId: string) => goalOf(goals.get(owner, goalId));
const newTask = (title: string) => created(tasks.create(owner, { title }));
const newHabit = async (fields: Record<string, unknown> = {}) =>
  (
    await dataOf(
      habits.create(owner, { title: "Walk", frequencyType: "DAILY", startDate: day(-20), ...fields }),
    )
  ).createHabit;
const log = (habitId: string, date: string, value?: number) =>
  dataOf(habits.log(owner, { habitId, date, value }));

const goalEventTypes = async (goalId: string) => (await goalEventsOf(api, goalId)).map((event) => event.type);

describe("a goal measured in tasks", () => {
  it("moves as linked tasks are completed, reopened, cancelled and deleted, with a goal_updates row each time", async () => {
    const goal = await createGoal({ measurementType: "TASKS" });
    const [first, second, third] = [await newTask("One"), await newTask("Two"), await newTask("Three")];
    await dataOf(tasks.complete(owner, first.id));
    // One completed task of one linked: the goal is complete until an open task joins it.
    expect(await goalOf(goals.linkTask(owner, goal.id, first.id))).toMatchObject({
      progress: 100,
      status: "COMPLETED",
    });
    expect(await goalOf(goals.linkTask(owner, goal.id, second.id))).toMatchObject({
      progress: 50,
      currentValue: 1,
      status: "ACTIVE",
    });

    await dataOf(tasks.complete(owner, second.id));
    const done = await read(goal.id);
    expect(done).toMatchObject({ progress: 100, status: "COMPLETED" });
    expect(done.relatedTasks.map((task) => task.status)).toEqual(["COMPLETED", "COMPLETED"]);

    await dataOf(tasks.reopen(owner, second.id));
    expect(await read(goal.id)).toMatchObject({ progress: 50, status: "ACTIVE", completedAt: null });

    await goalOf(goals.linkTask(owner, goal.id, third.id));
    expect((await read(goal.id)).progress).toBe(33.33);
    await dataOf(tasks.update(owner, third.id, { status: "CANCELLED" }));
    expect((await read(goal.id)).progress).toBe(50);
    await dataOf(tasks.remove(owner, second.id));
    const afterDelete = await read(goal.id);
    expect(afterDelete).toMatchObject({ progress: 100, status: "COMPLETED" });
    expect(afterDelete.relatedTasks.map((task) => task.title)).toEqual(["One", "Three"]);

    expect(afterDelete.updates.map((update) => update.notes)).toEqual([
      'task "One" linked',
      'task "Two" linked',
      'task "Two" completed',
      'task "Two" pending',
      'task "Three" linked',
      'task "Three" cancelled',
      'task "Two" deleted',
    ]);
    expect(await goalEventTypes(goal.id)).toEqual([
      "goal.created",
      ...["goal.progressed", "goal.completed", "goal.progressed", "goal.reopened"],
      ...["goal.progressed", "goal.completed", "goal.progressed", "goal.reopened"],
      ...["goal.progressed", "goal.progressed", "goal.progressed", "goal.completed"],
    ]);
    // Events say what kind of change moved the goal; the task titles stay in the main database.
    const progressed = (await goalEventsOf(api, goal.id)).filter((event) => event.type === "goal.progressed");
    expect(progressed.map((event) => event.payload.cause)).toEqual([
      ...["task_linked", "task_linked", "task_changed", "task_changed"],
      ...["task_linked", "task_changed", "task_changed"],
    ]);
  });

  it("moves when a parent task is deleted with a linked subtask", async () => {
    const goal = await createGoal({ measurementType: "TASKS" });
    const parent = await newTask("Parent");
    const subtask = await created(tasks.create(owner, { title: "Child", parentTaskId: parent.id }));
    const done = await newTask("Done");
    await dataOf(tasks.complete(owner, done.id));
    await goalOf(goals.linkTask(owner, goal.id, done.id));
    expect(await goalOf(goals.linkTask(owner, goal.id, subtask.id))).toMatchObject({ progress: 50 });
    await dataOf(tasks.remove(owner, parent.id));
    expect(await read(goal.id)).toMatchObject({ progress: 100, status: "COMPLETED" });
  });

  it("refuses a second link to the same task (CONFLICT) and unlinks, moving the goal back", async () => {
    const goal = await createGoal({ measurementType: "TASKS" });
    const open = await newTask("Open");
    const done = await newTask("Done");
    await dataOf(tasks.complete(owner, done.id));
    await goalOf(goals.linkTask(owner, goal.id, done.id));
    expect((await refusalOf(goals.linkTask(owner, goal.id, done.id))).code).toBe("CONFLICT");
    expect(await goalOf(goals.linkTask(owner, goal.id, open.id))).toMatchObject({ progress: 50 });
    const unlinked = await goalOf(goals.unlinkTask(owner, goal.id, open.id));
    expect(unlinked).toMatchObject({ progress: 100, status: "COMPLETED" });
    expect(unlinked.relatedTasks.map((task) => task.id)).toEqual([done.id]);
    expect((await refusalOf(goals.unlinkTask(owner, goal.id, open.id))).code).toBe("NOT_FOUND");
  });

  it("shows a task linked to a goal measured otherwise without moving it", async () => {
    const goal = await createGoal({ measurementType: "NUMERIC", targetValue: 10 });
    const task = await newTask("Related");
    await dataOf(tasks.complete(owner, task.id));
    const linked = await goalOf(goals.linkTask(owner, goal.id, task.id));
    expect(linked).toMatchObject({
      progress: 0,
      relatedTasks: [{ id: task.id, title: "Related", status: "COMPLETED" }],
      updates: [],
    });
  });

  it("does not move while paused, and catches up when resumed", async () => {
    const goal = await createGoal({ measurementType: "TASKS" });
    const task = await newTask("While away");
    await goalOf(goals.linkTask(owner, goal.id, task.id));
    await goalOf(goals.update(owner, goal.id, { status: "PAUSED" }));
    await dataOf(tasks.complete(owner, task.id));
    expect(await read(goal.id)).toMatchObject({ progress: 0, status: "PAUSED" });
    expect(await goalOf(goals.update(owner, goal.id, { status: "ACTIVE" }))).toMatchObject({
      progress: 100,
      status: "COMPLETED",
    });
  });
});

describe("a goal measured in habits", () => {
  it("counts completions of the linked habits since the goal's start, moving as days are logged, skipped and unlogged", async () => {
    const goal = await createGoal({ measurementType: "HABITS", targetValue: 4, startDate: day(-3) });
    const walk = await newHabit({ title: "Walk" });
    const read_ = await newHabit({ title: "Read" });
    await log(walk.id, day(-5)); // before the goal started: does not count
    await log(walk.id, day(-2));
    await goalOf(goals.linkHabit(owner, goal.id, walk.id));
    expect(await read(goal.id)).toMatchObject({ currentValue: 1, progress: 25 });

    await goalOf(goals.linkHabit(owner, goal.id, read_.id));
    await log(read_.id, day(-2));
    await log(walk.id, day(-1));
    expect(await read(goal.id)).toMatchObject({ currentValue: 3, progress: 75 });
    await dataOf(habits.skip(owner, { habitId: read_.id, date: day(0), reason: "ill" }));
    expect((await read(goal.id)).currentValue).toBe(3);

    await log(walk.id, day(0));
    expect(await read(goal.id)).toMatchObject({ currentValue: 4, progress: 100, status: "COMPLETED" });
    await dataOf(habits.deleteLog(owner, walk.id, day(0)));
    const reopened = await read(goal.id);
    expect(reopened).toMatchObject({ currentValue: 3, progress: 75, status: "ACTIVE" });
    expect(reopened.relatedHabits.map((habit) => habit.title)).toEqual(["Walk", "Read"]);
    expect((await goalEventTypes(goal.id)).slice(-3)).toEqual([
      "goal.completed",
      "goal.progressed",
      "goal.reopened",
    ]);

    const unlinked = await goalOf(goals.unlinkHabit(owner, goal.id, read_.id));
    expect(unlinked).toMatchObject({ currentValue: 2, progress: 50 });
    expect(unlinked.updates.at(-1)).toMatchObject({
      oldValue: 3,
      newValue: 2,
      notes: 'habit "Read" unlinked',
    });
  });

  it("counts a measurable habit's day only when its value reaches the habit's target", async () => {
    const goal = await createGoal({ measurementType: "HABITS", targetValue: 10, startDate: day(-5) });
    const water = await newHabit({ title: "Water", unit: "glasses", targetValue: 8 });
    await goalOf(goals.linkHabit(owner, goal.id, water.id));
    await log(water.id, day(-1), 5);
    expect((await read(goal.id)).currentValue).toBe(0);
    await log(water.id, day(-1), 8);
    expect((await read(goal.id)).currentValue).toBe(1);
    // A lower habit target makes earlier logs count: the habit's schedule change moves the goal too.
    await log(water.id, day(0), 6);
    await dataOf(habits.update(owner, water.id, { targetValue: 6 }));
    expect((await read(goal.id)).currentValue).toBe(2);
  });

  it("counts an AT_MOST habit's past days at or under the target, days with nothing logged included", async () => {
    const goal = await createGoal({ measurementType: "HABITS", targetValue: 10, startDate: day(-5) });
    const coffee = await newHabit({ title: "Coffee", unit: "cups", targetValue: 2, targetType: "AT_MOST" });
    // Days -5..-1 have passed with nothing logged: five done days; today is not done before it ends.
    expect((await goalOf(goals.linkHabit(owner, goal.id, coffee.id))).currentValue).toBe(5);
    await log(coffee.id, day(-2), 3);
    expect((await read(goal.id)).currentValue).toBe(4);
    await log(coffee.id, day(0), 1);
    expect((await read(goal.id)).currentValue).toBe(4);
  });

  it("refuses a second link to the same habit (CONFLICT) and another user's habit (NOT_FOUND)", async () => {
    const goal = await createGoal({ measurementType: "HABITS", targetValue: 3 });
    const habit = await newHabit();
    await goalOf(goals.linkHabit(owner, goal.id, habit.id));
    expect((await refusalOf(goals.linkHabit(owner, goal.id, habit.id))).code).toBe("CONFLICT");
    const stranger = await signUpTestAccount(api);
    const theirs = (await dataOf(habits.create(stranger, { title: "Theirs", frequencyType: "DAILY" })))
      .createHabit;
    expect((await refusalOf(goals.linkHabit(owner, goal.id, theirs.id))).code).toBe("NOT_FOUND");
    expect((await refusalOf(goals.linkHabit(stranger, goal.id, theirs.id))).code).toBe("NOT_FOUND");
    expect((await refusalOf(goals.unlinkHabit(stranger, goal.id, habit.id))).code).toBe("NOT_FOUND");
  });
});

describe("concurrent changes", () => {
  it("count every task completed at the same time as others linked to the same goal", async () => {
    const goal = await createGoal({ measurementType: "TASKS" });
    const linked = await Promise.all(Array.from({ length: 8 }, (_, index) => newTask(`Task ${index}`)));
    for (const task of linked) await goalOf(goals.linkTask(owner, goal.id, task.id));
    const results = await Promise.all(linked.map((task) => tasks.complete(owner, task.id)));
    expect(results.map((result) => result.errors)).toEqual(Array(linked.length).fill(undefined));
    expect(await read(goal.id)).toMatchObject({ progress: 100, currentValue: 8, status: "COMPLETED" });
    const updates = await api.deps.orm.em
      .fork()
      .find(GoalUpdate, { goal: goal.id }, { orderBy: { createdAt: "asc" } });
    expect(
      updates
        .filter((update) => update.notes?.endsWith("completed"))
        .map((update) => update.newValue)
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
