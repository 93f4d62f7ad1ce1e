import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../testing/account-builder";
import { type GraphqlResponse, startTestApi, type TestApi } from "../testing/test-api";
import { goalClient, goalOf, refusalOf } from "./goals/goal-test-client";
import { dataOf, habitClient } from "./habits/habit-test-client";
import { created, taskClient } from "./tasks/task-test-builder";

let api: TestApi;
let owner: TestAccount;
beforeAll(async () => {
  api = await startTestApi();
  owner = await signUpTestAccount(api);
});
afterAll(() => api?.stop());

interface Described {
  title: string;
  description: string | null;
}

/** One kind of object the app updates: made with title "Before" and description "Kept". */
interface Area {
  make(): Promise<string>;
  update(id: string, input: Record<string, unknown>): Promise<GraphqlResponse<Record<string, Described>>>;
}

const areas: Record<"task" | "habit" | "goal", Area> = {
  task: {
    make: async () =>
      (await created(taskClient(api).create(owner, { title: "Before", description: "Kept" }))).id,
    update: (id, input) => taskClient(api).update(owner, id, input),
  },
  habit: {
    make: async () =>
      (
        await dataOf(
          habitClient(api).create(owner, { title: "Before", description: "Kept", frequencyType: "DAILY" }),
        )
      ).createHabit.id,
    update: (id, input) => habitClient(api).update(owner, id, input),
  },
  goal: {
    make: async () =>
      (
        await goalOf(
          goalClient(api).create(owner, { title: "Before", description: "Kept", measurementType: "BOOLEAN" }),
        )
      ).id,
    update: (id, input) => goalClient(api).update(owner, id, input),
  },
};

/** The one object a successful update answers with. */
async function updated(response: Promise<GraphqlResponse<Record<string, Described>>>): Promise<Described> {
  const { data, errors } = await response;
  if (!data || errors) throw new Error(`update failed: ${JSON.stringify(errors)}`);
  return Object.values(data)[0]!;
}

describe("absent, null and values in an update mean the same for tasks, habits and goals", () => {
  it.each([
    ["task", "title"],
    ["task", "priority"],
    ["task", "status"],
    ["habit", "title"],
    ["habit", "frequencyType"],
    ["habit", "frequencyConfig"],
    ["goal", "title"],
    ["goal", "status"],
  ] as const)(
    "a %s refuses null for its %s, which it always has, as BAD_USER_INPUT naming it",
    async (kind, field) => {
      const area = areas[kind];
      const id = await area.make();
      expect(await refusalOf(area.update(id, { [field]: null }))).toEqual({
        code: "BAD_USER_INPUT",
        fields: [`input.${field}`],
      });
      expect(await updated(area.update(id, {}))).toMatchObject({ title: "Before" });
    },
  );

  it.each(["task", "habit", "goal"] as const)(
    "a %s's description is cleared by null, and its title, left out, stays",
    async (kind) => {
      const area = areas[kind];
      const id = await area.make();
      expect(await updated(area.update(id, { description: null }))).toMatchObject({
        title: "Before",
        description: null,
      });
    },
  );

  it.each(["task", "habit", "goal"] as const)(
    "a %s's description, left out, stays while the title changes",
    async (kind) => {
      const area = areas[kind];
      const id = await area.make();
      expect(await updated(area.update(id, { title: "After" }))).toMatchObject({
        title: "After",
        description: "Kept",
      });
    },
  );
});
