import { FrequencyType } from "@momentum/db";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { fixtureZipBase64 } from "./import-fixtures.test-support";
import { type ImportedHabit } from "./import-plan";
import { parseLoopCsvZip } from "./loop-csv-zip.parser";
import { loopFrequencyOf } from "./loop-frequency";

const plan = () => parseLoopCsvZip(fixtureZipBase64("loop-export"));
const habit = (name: string) =>
  plan().objects.find((o): o is ImportedHabit => o.kind === "habit" && o.input.title === name)!;
const zipOf = (files: Record<string, string>) =>
  Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v)]))),
  ).toString("base64");

describe("Loop Habit Tracker CSV export", () => {
  it("imports each habit of Habits.csv with its question and description, keyed by name", () => {
    expect(habit("Meditate")).toMatchObject({
      key: "loop:habit:meditate",
      where: "Habits.csv line 2",
      input: {
        description: "Did you meditate today?\n\nTen minutes, eyes closed",
        frequencyType: FrequencyType.Daily,
        startDate: "2025-03-01",
      },
      archived: false,
    });
    expect(habit("Floss").archived).toBe(true);
  });

  it("logs manual checks and skips from the habit's own Checkmarks.csv, not Loop's automatic ones", () => {
    expect(habit("Meditate").logs).toEqual([
      { date: "2025-03-04", notes: "felt calm" },
      { date: "2025-03-02", skipReason: "Skipped in Loop Habit Tracker" },
      { date: "2025-03-01", notes: null },
    ]);
    expect(plan().warnings).toContain('001 Meditate/Checkmarks.csv line 6: unknown date "2025-02-30"');
  });

  it("keeps a numeric habit's target and unit and its values in the unit (Loop stores thousandths)", () => {
    expect(habit("Run")).toMatchObject({
      input: {
        frequencyType: FrequencyType.TimesPerWeek,
        frequencyConfig: { times: 3 },
        targetValue: 5,
        unit: "km",
      },
      logs: [{ date: "2025-03-04", value: 5.5, notes: null }],
    });
    expect(plan().warnings).toContain('002 Run/Checkmarks.csv line 4: unknown value "MAYBE" for "Run"');
  });

  it("reads a habit without its own file from its column of the combined Checkmarks.csv", () => {
    expect(habit("Read").logs.map((log) => log.date)).toEqual(["2025-03-04", "2025-03-02"]);
  });

  it("skips a habit whose frequency cannot be read and approximates one without an equivalent", () => {
    const { warnings, skipped } = plan();
    expect(warnings).toContain("Habits.csv line 5: unknown frequency 0/7");
    expect(warnings).toContain("Habits.csv line 6: 2 times in 14 days imported as 1 times a week");
    expect(skipped).toBe(3);
  });

  it.each([
    [1, 1, FrequencyType.Daily, {}],
    [1, 3, FrequencyType.EveryNDays, { n: 3 }],
    [4, 7, FrequencyType.TimesPerWeek, { times: 4 }],
    [10, 30, FrequencyType.TimesPerMonth, { times: 10 }],
    [7, 7, FrequencyType.Daily, {}],
  ])("frequency %i/%i is %s", (numerator, denominator, type, config) => {
    expect(loopFrequencyOf(numerator, denominator)).toEqual({ type, config });
  });

  it("refuses a zip without Habits.csv, a file that is no zip, and a zip past its limits", () => {
    expect(() => parseLoopCsvZip(zipOf({ "notes.txt": "hi" }))).toThrow(/Habits.csv is missing/);
    expect(() => parseLoopCsvZip(Buffer.from("plain text").toString("base64"))).toThrow(/not a zip/);
    const big = zipOf({ "Habits.csv": "Position,Name\n" + "001,A\n".repeat(10_000) });
    expect(() => parseLoopCsvZip(big, { maxEntries: 10, maxTotalBytes: 1000 })).toThrow(
      /more than 1000 bytes/,
    );
    const many = zipOf(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}.csv`, "x"])));
    expect(() => parseLoopCsvZip(many, { maxEntries: 10, maxTotalBytes: 1000 })).toThrow(
      /more than 10 files/,
    );
  });
});
