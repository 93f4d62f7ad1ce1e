import { describe, expect, it } from "vitest";
import { createSavedFilterInputSchema } from "./saved-filter-input.schema";

describe("saved filter input", () => {
  it("keeps the filter as given, as JSON: instants become ISO strings, left-out fields disappear", () => {
    const filter = { status: ["pending"], dueFrom: new Date("2030-01-07T00:00:00Z"), search: undefined };
    expect(createSavedFilterInputSchema.parse({ name: " Soon ", filter })).toEqual({
      name: "Soon",
      filter: { status: ["pending"], dueFrom: "2030-01-07T00:00:00.000Z" },
    });
  });

  it("accepts a stored filter again: its instants as ISO strings (an export read back)", () => {
    const stored = { dueFrom: "2030-01-07T00:00:00.000Z", dueTo: "2030-01-14T00:00:00.000Z" };
    expect(createSavedFilterInputSchema.parse({ name: "Week", filter: stored }).filter).toEqual(stored);
  });

  it.each([
    ["an instant that is no ISO instant", { dueFrom: "next week" }, "dueFrom"],
    [
      "ISO instants out of order",
      { dueFrom: "2030-01-02T00:00:00Z", dueTo: "2030-01-01T00:00:00Z" },
      "dueFrom",
    ],
    ["dueFrom after dueTo", { dueFrom: new Date("2030-01-02"), dueTo: new Date("2030-01-01") }, "dueFrom"],
    ["an unknown status", { status: ["someday"] }, "status"],
    ["a tag id that is no id", { tagIds: ["work"] }, "tagIds"],
  ])("refuses a filter with %s, naming the field inside it", (_case, filter, field) => {
    const result = createSavedFilterInputSchema.safeParse({ name: "Bad", filter });
    expect(result.error?.issues[0]?.path.slice(0, 2)).toEqual(["filter", field]);
  });
});
