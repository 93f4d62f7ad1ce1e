import { CategoryType } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { categoryInputSchema } from "./category-input.schema";

const valid = { name: "Work", color: "#00aa00", type: CategoryType.Task };

describe("category input", () => {
  it("trims the name, upper-cases the colour and stores an empty icon as none", () => {
    expect(categoryInputSchema.parse({ ...valid, name: "  Work ", icon: "  " })).toEqual({
      name: "Work",
      color: "#00AA00",
      icon: null,
      type: "task",
    });
  });

  it.each([
    ["an empty name", { name: " " }, "name"],
    ["a 51-character name", { name: "n".repeat(51) }, "name"],
    ["a colour without #", { color: "00aa00" }, "color"],
    ["a colour with alpha", { color: "#00aa00ff" }, "color"],
    ["a type that is not task, habit or goal", { type: "project" }, "type"],
  ])("refuses %s", (_case, change, field) => {
    const result = categoryInputSchema.safeParse({ ...valid, ...change });
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it("accepts a name of exactly 50 characters", () => {
    expect(categoryInputSchema.safeParse({ ...valid, name: "n".repeat(50) }).success).toBe(true);
  });
});
