import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "./report-csv";

describe("CSV fields", () => {
  it.each([
    ["plain text as is", "daily", "daily"],
    ["a number", 0.5, "0.5"],
    ["null as empty", null, ""],
    ["a comma quoted", "Reading, daily", '"Reading, daily"'],
    ["quotes doubled inside quotes", 'First "steps"', '"First ""steps"""'],
    ["a line break quoted", "one\ntwo", '"one\ntwo"'],
    ["a carriage return quoted", "one\r\ntwo", '"one\r\ntwo"'],
    ["non-ASCII as is", "Frühstück 🥐 日本", "Frühstück 🥐 日本"],
    ["a leading space kept by quoting", " padded", '" padded"'],
    ["a would-be formula defused", "=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["a negative number left a number", -3, "-3"],
  ])("writes %s", (_case, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("ends each record with CRLF", () => {
    expect(csvLine(["a", 1, null, 'b"c'])).toBe('a,1,,"b""c"\r\n');
  });
});
