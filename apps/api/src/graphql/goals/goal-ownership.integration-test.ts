import "reflect-metadata";
import { GoalUpdate } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { goalClient, goalOf, refusalOf } from "./goal-test-client";

let api: TestApi;
let owner: TestAccount;
let goals: ReturnType<typeof goalClient>;
beforeAll(async () => {
  api = await startTestApi();
  owner = await signUpTestAccount(api);
  goals = goalClient(api);
});
afterAll(() => api?.stop());

const create = (input: Record<string, unknown>) => goalOf(goals.create(owner, { title: "Goal", ...input }));

describe("another user's goals", () => {
  it("are NOT_FOUND for every operation, as are malformed ids, and nothing changes", async () => {
    const stranger = await signUpTestAccount(api);
    const goal = await create({ measurementType: "NUMERIC", targetValue: 10 });
    const withMilestone = await goalOf(goals.addMilestone(owner, goal.id, { title: "Mine" }));
    const milestoneId = withMilestone.milestones[0]!.id;
    const strangersTask = await api.graphql<{ createTask: { id: string } }>(
      `mutation { createTask(input: { title: "Theirs" }) { id } }`,
      {},
      stranger.accessToken,
    );
    const taskId = strangersTask.data!.createTask.id;

    const refusals = await Promise.all([
      refusalOf(goals.get(stranger, goal.id)),
      refusalOf(goals.update(stranger, goal.id, { title: "Mine now" })),
      refusalOf(goals.record(stranger, goal.id, 5)),
      refusalOf(goals.addMilestone(stranger, goal.id, { title: "Theirs" })),
      refusalOf(goals.completeMilestone(stranger, milestoneId)),
      refusalOf(goals.archive(stranger, goal.id)),
      refusalOf(goals.linkTask(owner, goal.id, taskId)),
      refusalOf(goals.get(owner, "not-an-id")),
      refusalOf(goals.completeMilestone(owner, "not-an-id")),
    ]);
    expect(refusals.map((refusal) => refusal.code)).toEqual(Array(refusals.length).fill("NOT_FOUND"));
    expect(await goalOf(goals.get(owner, goal.id))).toMatchObject({
      title: "Goal",
      currentValue: 0,
      isArchived: false,
      relatedTasks: [],
    });
    expect(await api.deps.orm.em.fork().count(GoalUpdate, { goal: goal.id })).toBe(0);
  });
});
