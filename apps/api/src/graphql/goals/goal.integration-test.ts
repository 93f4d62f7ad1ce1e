import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { dayFromToday, noonIn } from "../../testing/test-calendar";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { goalClient, goalEventsOf, goalOf, refusalOf } from "./goal-test-client";

// A user far east of UTC, so "today" differs from the UTC day for half of every UTC day.
const ZONE = "Pacific/Kiritimati";
const day = (offset: number) => dayFromToday(api.clock, ZONE, offset);
const UNKNOWN_ID = "5b0e8a52-1b7c-4a53-9d2e-0c8f4f4e2a11";

let api: TestApi;
let owner: TestAccount;
let goals: ReturnType<typeof goalClient>;
beforeAll(async () => {
  api = await startTestApi({ now: noonIn(ZONE) });
  owner = await signUpTestAccount(api, { timezone: ZONE });
  goals = goalClient(api);
});
afterAll(() => api?.stop());

const create = (input: Record<string, unknown>, account = owner) =>
  goalOf(goals.create(account, { title: "Goal", ...input }));

const eventsOf = (goalId: string) => goalEventsOf(api, goalId);

describe("creating a goal", () => {
  it("starts active today in the user's zone at progress 0, with a goal.created event", async () => {
    const goal = await create({ title: "Run 100 km", measurementType: "NUMERIC", targetValue: 100 });
    expect(goal).toMatchObject({
      title: "Run 100 km",
      startDate: day(0),
      targetDate: null,
      status: "ACTIVE",
      progress: 0,
      targetValue: 100,
      startValue: 0,
      currentValue: 0,
      completedAt: null,
      isArchived: false,
      isOverdue: false,
      milestones: [],
      relatedTasks: [],
      relatedHabits: [],
      updates: [],
    });
    expect(await eventsOf(goal.id)).toEqual([
      {
        type: "goal.created",
        payload: expect.objectContaining({ measurementType: "numeric", targetValue: 100, startDate: day(0) }),
      },
    ]);
  });

  it.each([
    ["an empty title", { title: " ", measurementType: "BOOLEAN" }, "input.title"],
    ["a NUMERIC goal without a target", { measurementType: "NUMERIC" }, "input.targetValue"],
    [
      "a NUMERIC goal whose target is its start",
      { measurementType: "NUMERIC", targetValue: 80, startValue: 80 },
      "input.targetValue",
    ],
    ["a HABITS goal without a target", { measurementType: "HABITS" }, "input.targetValue"],
    [
      "a HABITS goal with a negative target",
      { measurementType: "HABITS", targetValue: -3 },
      "input.targetValue",
    ],
    ["a TASKS goal with a target", { measurementType: "TASKS", targetValue: 5 }, "input.targetValue"],
    ["a BOOLEAN goal with a start value", { measurementType: "BOOLEAN", startValue: 1 }, "input.startValue"],
    [
      "a target date before the start",
      { measurementType: "BOOLEAN", startDate: "2027-05-10", targetDate: "2027-05-09" },
      "input.targetDate",
    ],
    [
      "a category that does not exist",
      { measurementType: "BOOLEAN", categoryId: UNKNOWN_ID },
      "input.categoryId",
    ],
    ["an infinite target", { measurementType: "NUMERIC", targetValue: 1e300 }, "input.targetValue"],
  ])("refuses %s as BAD_USER_INPUT naming the field", async (_case, input, field) => {
    expect(await refusalOf(goals.create(owner, { title: "Goal", ...input }))).toEqual({
      code: "BAD_USER_INPUT",
      fields: [field],
    });
  });

  it("refuses a task category for a goal", async () => {
    const category = await api.graphql<{ createCategory: { id: string } }>(
      `mutation { createCategory(input: { name: "Chores", color: "#112233", type: TASK }) { id } }`,
      {},
      owner.accessToken,
    );
    const refusal = await refusalOf(
      goals.create(owner, {
        title: "Goal",
        measurementType: "BOOLEAN",
        categoryId: category.data!.createCategory.id,
      }),
    );
    expect(refusal).toEqual({ code: "BAD_USER_INPUT", fields: ["input.categoryId"] });
  });
});

describe("recording progress", () => {
  it("moves a NUMERIC goal, completes it at the target and re-opens it when the value falls back", async () => {
    const goal = await create({ measurementType: "NUMERIC", targetValue: 3 });
    expect(await goalOf(goals.record(owner, goal.id, 1, "first"))).toMatchObject({
      currentValue: 1,
      progress: 33.33,
      status: "ACTIVE",
    });
    const done = await goalOf(goals.record(owner, goal.id, 3.5));
    expect(done).toMatchObject({ currentValue: 3.5, progress: 100, status: "COMPLETED" });
    expect(done.completedAt).not.toBeNull();
    const back = await goalOf(goals.record(owner, goal.id, 2, "injured"));
    expect(back).toMatchObject({ currentValue: 2, progress: 66.67, status: "ACTIVE", completedAt: null });
    expect(back.updates.map(({ oldValue, newValue, notes }) => ({ oldValue, newValue, notes }))).toEqual([
      { oldValue: 0, newValue: 1, notes: "first" },
      { oldValue: 1, newValue: 3.5, notes: null },
      { oldValue: 3.5, newValue: 2, notes: "injured" },
    ]);
    expect((await eventsOf(goal.id)).map((event) => event.type)).toEqual([
      "goal.created",
      "goal.progressed",
      "goal.progressed",
      "goal.completed",
      "goal.progressed",
      "goal.reopened",
    ]);
  });

  it("measures a goal that goes down from its start value", async () => {
    const goal = await create({
      title: "Reach 72 kg",
      measurementType: "NUMERIC",
      startValue: 80,
      targetValue: 72,
    });
    expect(goal).toMatchObject({ currentValue: 80, progress: 0 });
    expect(await goalOf(goals.record(owner, goal.id, 76))).toMatchObject({ progress: 50, status: "ACTIVE" });
    expect(await goalOf(goals.record(owner, goal.id, 81))).toMatchObject({ progress: 0 });
    expect(await goalOf(goals.record(owner, goal.id, 71.8))).toMatchObject({
      progress: 100,
      status: "COMPLETED",
    });
  });

  it("keeps a row for a value recorded again unchanged, without a progress event", async () => {
    const goal = await create({ measurementType: "PERCENTAGE" });
    await goalOf(goals.record(owner, goal.id, 40));
    const again = await goalOf(goals.record(owner, goal.id, 40, "still 40"));
    expect(again.updates.map((update) => update.notes)).toEqual([null, "still 40"]);
    expect((await eventsOf(goal.id)).filter((event) => event.type === "goal.progressed")).toHaveLength(1);
  });

  it.each([
    ["PERCENTAGE", 42.5, 42.5],
    ["BOOLEAN", 1, 100],
  ])("takes a %s goal's value %s as progress %s", async (measurementType, value, progress) => {
    const goal = await create({ measurementType });
    expect(await goalOf(goals.record(owner, goal.id, value))).toMatchObject({
      progress,
      currentValue: value,
    });
  });

  it.each([
    ["a PERCENTAGE goal above 100", { measurementType: "PERCENTAGE" }, 101],
    ["a BOOLEAN goal other than 0 or 1", { measurementType: "BOOLEAN" }, 2],
    ["a TASKS goal", { measurementType: "TASKS" }, 1],
    ["a HABITS goal", { measurementType: "HABITS", targetValue: 10 }, 1],
    ["a MILESTONES goal", { measurementType: "MILESTONES" }, 1],
  ])("refuses a value for %s as BAD_USER_INPUT on value", async (_case, input, value) => {
    const goal = await create(input);
    expect(await refusalOf(goals.record(owner, goal.id, value))).toEqual({
      code: "BAD_USER_INPUT",
      fields: ["value"],
    });
  });

  it("refuses values for a paused goal, and a resumed goal takes them again", async () => {
    const goal = await create({ measurementType: "NUMERIC", targetValue: 10 });
    await goalOf(goals.update(owner, goal.id, { status: "PAUSED" }));
    expect((await refusalOf(goals.record(owner, goal.id, 5))).code).toBe("CONFLICT");
    await goalOf(goals.update(owner, goal.id, { status: "ACTIVE" }));
    expect(await goalOf(goals.record(owner, goal.id, 5))).toMatchObject({ progress: 50 });
  });
});

describe("updating a goal", () => {
  it("changes the given fields and measures again when the target changes", async () => {
    const goal = await create({ measurementType: "NUMERIC", targetValue: 10, targetDate: day(30) });
    await goalOf(goals.record(owner, goal.id, 5));
    const updated = await goalOf(
      goals.update(owner, goal.id, { title: "Read 20 books", description: "Fiction too", targetValue: 20 }),
    );
    expect(updated).toMatchObject({
      title: "Read 20 books",
      description: "Fiction too",
      targetDate: day(30),
      targetValue: 20,
      progress: 25,
    });
    expect(updated.updates.at(-1)).toMatchObject({ oldValue: 5, newValue: 5, notes: "target changed" });
  });

  it("completes a goal at a lowered target", async () => {
    const goal = await create({ measurementType: "NUMERIC", targetValue: 10 });
    await goalOf(goals.record(owner, goal.id, 6));
    expect(await goalOf(goals.update(owner, goal.id, { targetValue: 6 }))).toMatchObject({
      progress: 100,
      status: "COMPLETED",
    });
  });

  it("completes, abandons and resumes by hand, with completedAt only while completed", async () => {
    const goal = await create({ measurementType: "BOOLEAN" });
    const completed = await goalOf(goals.update(owner, goal.id, { status: "COMPLETED" }));
    expect(completed.status).toBe("COMPLETED");
    expect(completed.completedAt).not.toBeNull();
    expect(await goalOf(goals.update(owner, goal.id, { status: "ABANDONED" }))).toMatchObject({
      status: "ABANDONED",
      completedAt: null,
    });
    expect(await goalOf(goals.update(owner, goal.id, { status: "ACTIVE" }))).toMatchObject({
      status: "ACTIVE",
      progress: 0,
    });
    expect((await eventsOf(goal.id)).map((event) => event.type)).toEqual([
      "goal.created",
      "goal.completed",
      "goal.reopened",
    ]);
  });

  it("refuses to make a goal at its target active again (CONFLICT) and leaves it completed", async () => {
    const goal = await create({ measurementType: "BOOLEAN" });
    await goalOf(goals.record(owner, goal.id, 1));
    expect((await refusalOf(goals.update(owner, goal.id, { status: "ACTIVE" }))).code).toBe("CONFLICT");
    expect(await goalOf(goals.get(owner, goal.id))).toMatchObject({ status: "COMPLETED", progress: 100 });
  });

  it.each([
    ["a target date before the start", { targetDate: "2000-01-01" }, "input.targetDate"],
    ["clearing a NUMERIC goal's target", { targetValue: null }, "input.targetValue"],
    ["a title too long", { title: "x".repeat(256) }, "input.title"],
  ])("refuses %s as BAD_USER_INPUT naming the field", async (_case, input, field) => {
    const goal = await create({ measurementType: "NUMERIC", targetValue: 10 });
    expect(await refusalOf(goals.update(owner, goal.id, input))).toEqual({
      code: "BAD_USER_INPUT",
      fields: [field],
    });
  });
});

describe("reading goals", () => {
  it("lists goals that are not archived, oldest first, by status, also as User.goals", async () => {
    const account = await signUpTestAccount(api, { timezone: ZONE });
    const first = await create({ title: "First", measurementType: "BOOLEAN" }, account);
    const second = await create({ title: "Second", measurementType: "BOOLEAN" }, account);
    const third = await create({ title: "Third", measurementType: "BOOLEAN" }, account);
    await goalOf(goals.record(account, second.id, 1));
    await goalOf(goals.archive(account, third.id));

    const titles = async (status?: string) =>
      ((await goals.list(account, status)).data?.goals ?? []).map((goal) => goal.title);
    expect(await titles()).toEqual(["First", "Second"]);
    expect(await titles("COMPLETED")).toEqual(["Second"]);
    expect(await titles("ACTIVE")).toEqual(["First"]);
    const me = await api.graphql<{ me: { goals: { id: string }[] } }>(
      `query { me { goals(status: ACTIVE) { id } } }`,
      {},
      account.accessToken,
    );
    expect(me.data!.me.goals.map((goal) => goal.id)).toEqual([first.id]);
  });

  it("flags goals past their target date in the user's zone that are not completed as overdue", async () => {
    const late = await create({ measurementType: "BOOLEAN", startDate: day(-10), targetDate: day(-1) });
    const dueToday = await create({ measurementType: "BOOLEAN", startDate: day(-10), targetDate: day(0) });
    expect(late.isOverdue).toBe(true);
    expect(dueToday.isOverdue).toBe(false);
    expect((await goalOf(goals.record(owner, late.id, 1))).isOverdue).toBe(false);
  });
});

describe("archiving a goal", () => {
  it("keeps it readable by id, refuses changes with CONFLICT, and archiving again changes nothing", async () => {
    const goal = await create({ measurementType: "NUMERIC", targetValue: 10 });
    await goalOf(goals.record(owner, goal.id, 4));
    expect(await goalOf(goals.archive(owner, goal.id))).toMatchObject({ isArchived: true, progress: 40 });
    expect(await goalOf(goals.archive(owner, goal.id))).toMatchObject({ isArchived: true });
    expect(await goalOf(goals.get(owner, goal.id))).toMatchObject({ isArchived: true, currentValue: 4 });
    expect((await refusalOf(goals.record(owner, goal.id, 5))).code).toBe("CONFLICT");
    expect((await refusalOf(goals.update(owner, goal.id, { title: "Again" }))).code).toBe("CONFLICT");
    expect((await refusalOf(goals.addMilestone(owner, goal.id, { title: "Late" }))).code).toBe("CONFLICT");
  });
});
