import "reflect-metadata";
import { userDataArchive } from "@momentum/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { habitClient } from "../habits/habit-test-client";
import { created, taskClient } from "../tasks/task-test-builder";
import { tagClient } from "./tag-test-client";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

describe("the data export", () => {
  it("holds the user's tags, saved filters and the tag ids of each task and habit", async () => {
    const account = await signUpTestAccount(api);
    const tag = await tagClient(api).made(account, "Work", "#112233");
    const task = await created(taskClient(api).create(account, { title: "Tagged", tagIds: [tag.id] }));
    await habitClient(api).create(account, { title: "Habit", frequencyType: "DAILY", tagIds: [tag.id] });
    await api.graphql(
      `mutation($tagIds: [ID!]) { createSavedFilter(name: "Work", filter: { tagIds: $tagIds }) { id } }`,
      { tagIds: [tag.id] },
      account.accessToken,
    );

    const archive = await userDataArchive(
      api.deps.orm.em.fork(),
      api.deps.analyticsOrm.em.fork(),
      account.userId,
      api.clock.now(),
    );
    expect(archive.tags).toEqual([expect.objectContaining({ id: tag.id, name: "Work", color: "#112233" })]);
    expect(archive.savedFilters).toEqual([
      expect.objectContaining({ name: "Work", filter: { tagIds: [tag.id] } }),
    ]);
    expect(archive.tasks).toEqual([expect.objectContaining({ id: task.id, tagIds: [tag.id] })]);
    expect(archive.habits).toEqual([expect.objectContaining({ title: "Habit", tagIds: [tag.id] })]);
  });
});
