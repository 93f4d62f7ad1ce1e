import { describe, expect, it } from "vitest";
import { todoistLabelsOf } from "./todoist-labels";

describe("Todoist labels in a task's CONTENT", () => {
  it.each([
    ["Buy milk @errands", "Buy milk", ["errands"]],
    ["@home Tidy up @Home @desk", "Tidy up", ["home", "desk"]],
    ["Mail bob@example.com", "Mail bob@example.com", []],
    ["@errands", "@errands", []],
  ])("%s is titled %s with labels %o", (content, title, labels) => {
    expect(todoistLabelsOf(content)).toMatchObject({ title, labels, tooLong: [] });
  });

  it("leaves a label too long for a tag in the title, naming it", () => {
    const long = "x".repeat(51);
    expect(todoistLabelsOf(`Read @${long} @ok`)).toEqual({
      title: `Read @${long}`,
      labels: ["ok"],
      tooLong: [long],
    });
  });
});
