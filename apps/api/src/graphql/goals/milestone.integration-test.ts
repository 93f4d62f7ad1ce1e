import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { dayFromToday, noonIn } from "../../testing/test-calendar";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { goalClient, goalEventsOf, goalOf, refusalOf } from "./goal-test-client";

const ZONE = "Europe/Berlin";
const day = (offset: number) => dayFromToday(api.clock, ZONE, offset);

let api: TestApi;
let owner: TestAccount;
let goals: ReturnType<typeof goalClient>;
beforeAll(async () => {
  api = await startTestApi({ now: noonIn(ZONE) });
  owner = await signUpTestAccount(api, { timezone: ZONE });
  goals = goalClient(api);
});
afterAll(() => api?.stop());

const create = (input: Record<string, unknown>) => goalOf(goals.create(owner, { title: "Goal", ...input }));
const eventsOf = (goalId: string) => goalEventsOf(api, goalId);

describe("milestones", () => {
  it("moves a MILESTONES goal by its completed share, completes it with the last and re-opens it with a new one", async () => {
    const goal = await create({ measurementType: "MILESTONES", startDate: day(-10) });
    await goalOf(goals.addMilestone(owner, goal.id, { title: "Outline", dueDate: day(5) }));
    const withTwo = await goalOf(goals.addMilestone(owner, goal.id, { title: "Draft", targetValue: 2 }));
    expect(withTwo.milestones.map((milestone) => milestone.title)).toEqual(["Outline", "Draft"]);
    expect(withTwo.milestones[0]).toMatchObject({ dueDate: day(5), completedAt: null });

    const half = await goalOf(goals.completeMilestone(owner, withTwo.milestones[0]!.id));
    expect(half).toMatchObject({ progress: 50, currentValue: 1 });
    expect(half.milestones[0]!.completedAt).not.toBeNull();
    expect(await goalOf(goals.completeMilestone(owner, withTwo.milestones[0]!.id))).toMatchObject({
      progress: 50,
    });

    expect(await goalOf(goals.completeMilestone(owner, withTwo.milestones[1]!.id))).toMatchObject({
      progress: 100,
      status: "COMPLETED",
    });
    expect(await goalOf(goals.addMilestone(owner, goal.id, { title: "Publish" }))).toMatchObject({
      progress: 66.67,
      status: "ACTIVE",
    });

    const types = (await eventsOf(goal.id)).map((event) => event.type);
    expect(types.filter((type) => type === "milestone.completed")).toHaveLength(2);
    expect(types).toContain("goal.completed");
    expect(types.at(-1)).toBe("goal.reopened");
  });

  it("keeps a NUMERIC goal's progress when a milestone is completed", async () => {
    const goal = await create({ measurementType: "NUMERIC", targetValue: 10 });
    const withOne = await goalOf(goals.addMilestone(owner, goal.id, { title: "Half way", targetValue: 5 }));
    expect(await goalOf(goals.completeMilestone(owner, withOne.milestones[0]!.id))).toMatchObject({
      progress: 0,
    });
  });

  it("completes a NUMERIC goal's milestones as recorded values pass them, in the goal's direction, and keeps them when the value falls back", async () => {
    const goal = await create({ measurementType: "NUMERIC", startValue: 80, targetValue: 72 });
    await goalOf(goals.addMilestone(owner, goal.id, { title: "78 kg", targetValue: 78 }));
    await goalOf(goals.addMilestone(owner, goal.id, { title: "75 kg", targetValue: 75 }));
    const completedTitles = (answer: Awaited<ReturnType<typeof create>>) =>
      answer.milestones
        .filter((milestone) => milestone.completedAt !== null)
        .map((milestone) => milestone.title);

    expect(completedTitles(await goalOf(goals.record(owner, goal.id, 79)))).toEqual([]);
    expect(completedTitles(await goalOf(goals.record(owner, goal.id, 78)))).toEqual(["78 kg"]);
    expect(completedTitles(await goalOf(goals.record(owner, goal.id, 74.5)))).toEqual(["78 kg", "75 kg"]);
    expect(completedTitles(await goalOf(goals.record(owner, goal.id, 79)))).toEqual(["78 kg", "75 kg"]);

    const completions = (await eventsOf(goal.id)).filter((event) => event.type === "milestone.completed");
    expect(completions.map((event) => event.payload.title)).toEqual(["78 kg", "75 kg"]);
  });

  it("adds a milestone that a NUMERIC goal has already passed as complete, and one ahead of it as open", async () => {
    const goal = await create({ measurementType: "NUMERIC", targetValue: 10 });
    await goalOf(goals.record(owner, goal.id, 6));
    await goalOf(goals.addMilestone(owner, goal.id, { title: "Five", targetValue: 5 }));
    const withTwo = await goalOf(goals.addMilestone(owner, goal.id, { title: "Eight", targetValue: 8 }));
    expect(withTwo.milestones.map((milestone) => [milestone.title, milestone.completedAt !== null])).toEqual([
      ["Five", true],
      ["Eight", false],
    ]);
  });

  it.each([
    ["an empty title", { title: "" }, "input.title"],
    ["a due date before the goal starts", { title: "Early", dueDate: "2000-01-01" }, "input.dueDate"],
    ["a due date not on the calendar", { title: "Never", dueDate: "2027-02-30" }, null],
  ])("refuses %s as BAD_USER_INPUT", async (_case, input, field) => {
    const goal = await create({ measurementType: "MILESTONES" });
    const refusal = await refusalOf(goals.addMilestone(owner, goal.id, input));
    expect(refusal.code).toBe("BAD_USER_INPUT");
    if (field) expect(refusal.fields).toEqual([field]);
  });
});
