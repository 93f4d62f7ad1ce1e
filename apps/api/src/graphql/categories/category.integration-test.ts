import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { created, taskClient } from "../tasks/task-test-builder";

interface CategoryResult {
  id: string;
  name: string;
  color: string;
  icon: string | null;
  type: string;
}
const FIELDS = "id name color icon type";

let api: TestApi;
let owner: TestAccount;
let intruder: TestAccount;
beforeAll(async () => {
  api = await startTestApi();
  [owner, intruder] = await Promise.all([signUpTestAccount(api), signUpTestAccount(api)]);
});
afterAll(() => api?.stop());

const createCategory = (account: TestAccount, input: Record<string, unknown>) =>
  api.graphql<{ createCategory: CategoryResult }>(
    `mutation($input: CategoryInput!) { createCategory(input: $input) { ${FIELDS} } }`,
    { input },
    account.accessToken,
  );
const updateCategory = (account: TestAccount, id: string, input: Record<string, unknown>) =>
  api.graphql<{ updateCategory: CategoryResult }>(
    `mutation($id: ID!, $input: CategoryInput!) { updateCategory(id: $id, input: $input) { ${FIELDS} } }`,
    { id, input },
    account.accessToken,
  );
const deleteCategory = (account: TestAccount, id: string) =>
  api.graphql<{ deleteCategory: boolean }>(
    `mutation($id: ID!) { deleteCategory(id: $id) }`,
    { id },
    account.accessToken,
  );
const categories = async (account: TestAccount, type?: string) =>
  (
    await api.graphql<{ categories: CategoryResult[] }>(
      `query($type: CategoryType) { categories(type: $type) { ${FIELDS} } }`,
      { type },
      account.accessToken,
    )
  ).data!.categories;

async function newCategory(account: TestAccount, input: Record<string, unknown>): Promise<CategoryResult> {
  const response = await createCategory(account, input);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createCategory;
}

describe("categories", () => {
  it("are created trimmed with an upper-case colour, listed by type, and updated", async () => {
    const work = await newCategory(owner, {
      name: " Work ",
      color: "#aabbcc",
      icon: "briefcase",
      type: "TASK",
    });
    expect(work).toMatchObject({ name: "Work", color: "#AABBCC", icon: "briefcase", type: "TASK" });
    await newCategory(owner, { name: "Fitness", color: "#00FF00", type: "HABIT" });
    expect((await categories(owner, "TASK")).map((c) => c.name)).toEqual(["Work"]);
    expect((await categories(owner)).map((c) => c.name)).toEqual(["Fitness", "Work"]);

    const renamed = (await updateCategory(owner, work.id, { name: "Office", color: "#112233", type: "TASK" }))
      .data!.updateCategory;
    expect(renamed).toEqual({ id: work.id, name: "Office", color: "#112233", icon: null, type: "TASK" });
  });

  it("a live name is unique per user (CONFLICT); another user or a deleted category does not hold it", async () => {
    const first = await newCategory(owner, { name: "Errands", color: "#123456", type: "TASK" });
    const duplicate = await createCategory(owner, { name: "Errands", color: "#654321", type: "GOAL" });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      fields: [{ field: "input.name", message: "is already used" }],
    });
    const other = await newCategory(owner, { name: "Other", color: "#123456", type: "TASK" });
    expect(
      (await updateCategory(owner, other.id, { name: "Errands", color: "#123456", type: "TASK" })).errors?.[0]
        ?.extensions.code,
    ).toBe("CONFLICT");

    await newCategory(intruder, { name: "Errands", color: "#123456", type: "TASK" });
    expect((await deleteCategory(owner, first.id)).data!.deleteCategory).toBe(true);
    await newCategory(owner, { name: "Errands", color: "#123456", type: "TASK" });
  });

  it.each([
    ["an empty name", { name: "  ", color: "#123456", type: "TASK" }, "input.name"],
    ["a name over 50 characters", { name: "x".repeat(51), color: "#123456", type: "TASK" }, "input.name"],
    ["a colour name", { name: "Red", color: "red", type: "TASK" }, "input.color"],
    ["a short hex colour", { name: "Red", color: "#F00", type: "TASK" }, "input.color"],
    [
      "an icon over 50 characters",
      { name: "Red", color: "#FF0000", icon: "i".repeat(51), type: "TASK" },
      "input.icon",
    ],
  ])("refuses %s as BAD_USER_INPUT", async (_case, input, field) => {
    const response = await createCategory(owner, input);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
  });

  it("refuses an unknown type before any resolver runs", async () => {
    expect(
      (await createCategory(owner, { name: "X", color: "#123456", type: "PROJECT" })).errors?.[0]?.extensions
        .code,
    ).toBe("BAD_USER_INPUT");
  });

  it("keeps its type: changing it is BAD_USER_INPUT", async () => {
    const category = await newCategory(owner, { name: "Typed", color: "#123456", type: "TASK" });
    const response = await updateCategory(owner, category.id, {
      name: "Typed",
      color: "#123456",
      type: "HABIT",
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "input.type", message: "a category's type cannot change" }],
    });
  });

  it("another user's category and a malformed id are NOT_FOUND for update and delete", async () => {
    const mine = await newCategory(owner, { name: "Private", color: "#123456", type: "TASK" });
    for (const id of [mine.id, "not-a-uuid"]) {
      expect(
        (await updateCategory(intruder, id, { name: "Stolen", color: "#123456", type: "TASK" })).errors?.[0]
          ?.extensions.code,
      ).toBe("NOT_FOUND");
      expect((await deleteCategory(intruder, id)).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    }
    expect((await categories(owner)).map((c) => c.name)).toContain("Private");
  });
});

describe("categories on tasks", () => {
  it("only the user's own task categories can be attached", async () => {
    const tasks = taskClient(api);
    const habitCategory = await newCategory(owner, { name: "Habit kind", color: "#123456", type: "HABIT" });
    const theirs = await newCategory(intruder, { name: "Theirs", color: "#123456", type: "TASK" });
    for (const [categoryId, message] of [
      [habitCategory.id, "is not a task category"],
      [theirs.id, "no such category"],
    ] as const) {
      const response = await tasks.create(owner, { title: "Filed", categoryId });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [{ field: "input.categoryId", message }],
      });
    }
  });

  it("a deleted category reads as none on its tasks", async () => {
    const tasks = taskClient(api);
    const category = await newCategory(owner, { name: "Short-lived", color: "#123456", type: "TASK" });
    const task = await created(tasks.create(owner, { title: "Filed", categoryId: category.id }));
    expect(task.category).toEqual({ id: category.id, name: "Short-lived" });
    await deleteCategory(owner, category.id);
    expect((await tasks.get(owner, task.id)).data!.task.category).toBeNull();
  });
});
