import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { tagIdsSchema, tagInputSchema } from "./tag-input.schema";

describe("tag input", () => {
  it("trims the name and upper-cases the colour", () => {
    expect(tagInputSchema.parse({ name: "  Work ", color: "#00aa00" })).toEqual({
      name: "Work",
      color: "#00AA00",
    });
  });

  it.each([undefined, null, ""])("stores a colour of %j as none", (color) => {
    expect(tagInputSchema.parse({ name: "Work", color }).color).toBeNull();
  });

  it.each([
    ["an empty name", { name: " " }, "name"],
    ["a 51-character name", { name: "n".repeat(51) }, "name"],
    ["a colour without #", { name: "Work", color: "00aa00" }, "color"],
  ])("refuses %s", (_case, input, field) => {
    expect(tagInputSchema.safeParse(input).error?.issues[0]?.path).toEqual([field]);
  });
});

describe("tag ids", () => {
  it("count a repeated id once", () => {
    const id = randomUUID();
    expect(tagIdsSchema.parse([id, id])).toEqual([id]);
  });

  it("refuse more than 100 and anything that is not an id", () => {
    expect(tagIdsSchema.safeParse(Array.from({ length: 101 }, () => randomUUID())).success).toBe(false);
    expect(tagIdsSchema.safeParse(["work"]).error?.issues[0]?.path).toEqual([0]);
  });
});
