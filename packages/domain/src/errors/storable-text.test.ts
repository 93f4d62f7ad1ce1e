import { describe, expect, it } from "vitest";
import { unstorableTextIn } from "./storable-text";

describe("text PostgreSQL can store", () => {
  it.each([
    ["plain text", "Buy milk"],
    ["emoji and other scripts", "🏃‍♀️ Laufen, 走る, يركض"],
    ["a surrogate pair written as escapes", "\uD83D\uDE00"],
    ["the empty string", ""],
  ])("accepts %s", (_, text) => {
    expect(unstorableTextIn({ title: text }, "input")).toEqual([]);
  });

  it.each([
    ["a NUL character", "a\u0000b", "must not contain a NUL character"],
    ["a lone high surrogate", "a\uD800b", "must be valid Unicode text"],
    ["a lone low surrogate", "\uDC00", "must be valid Unicode text"],
  ])("refuses %s, naming the field", (_, text, message) => {
    expect(unstorableTextIn({ title: text }, "input")).toEqual([{ field: "input.title", message }]);
  });

  it("looks into nested objects and lists, and at keys", () => {
    const input = { tags: ["ok", "bad\u0000"], settings: { theme: { name: "x\u0000" }, "k\u0000": 1 } };
    expect(unstorableTextIn(input, "input").map((error) => error.field)).toEqual([
      "input.tags.1",
      "input.settings.theme.name",
      "input.settings.k?",
    ]);
  });

  it("ignores numbers, booleans, dates and nulls", () => {
    expect(unstorableTextIn({ a: 1, b: true, c: new Date(0), d: null, e: undefined }, "input")).toEqual([]);
  });
});
