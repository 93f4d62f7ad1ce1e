import { FrequencyType } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { type Case, days, evaluate } from "./streak-engine.test-support";

// 2026-03-02 is a Monday.

describe("streaks of period-based habits", () => {
  it.each<[string, Case, number, number]>([
    [
      "3 times a week, two weeks met and the open week not yet",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 3 },
        start: "2026-03-02",
        today: "2026-03-18",
        done: [
          "2026-03-02",
          "2026-03-04",
          "2026-03-08",
          "2026-03-10",
          "2026-03-11",
          "2026-03-12",
          "2026-03-16",
        ],
      },
      2,
      2,
    ],
    [
      "3 times a week, the open week counts once met",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 3 },
        start: "2026-03-02",
        today: "2026-03-11",
        done: ["2026-03-02", "2026-03-04", "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11"],
      },
      2,
      2,
    ],
    [
      "3 times a week, a closed week short of the target breaks it",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 3 },
        start: "2026-03-02",
        today: "2026-03-17",
        done: ["2026-03-02", "2026-03-04", "2026-03-08", "2026-03-10", "2026-03-11"],
      },
      0,
      1,
    ],
    [
      "weeks start on Sunday when the user says so",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 2 },
        start: "2026-03-01",
        today: "2026-03-10",
        done: ["2026-03-01", "2026-03-07", "2026-03-08"],
        weekStartsOn: "SUN",
      },
      1,
      1,
    ],
    [
      "the same logs with Monday weeks: the one-day first week and the next are met",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 2 },
        start: "2026-03-01",
        today: "2026-03-10",
        done: ["2026-03-01", "2026-03-07", "2026-03-08"],
      },
      2,
      2,
    ],
    [
      "a first week cut short by the start date asks only for its days",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 3 },
        start: "2026-03-07",
        today: "2026-03-10",
        done: ["2026-03-07", "2026-03-08"],
      },
      1,
      1,
    ],
    [
      "skipped days leave the week, so fewer completions meet it",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 3 },
        start: "2026-03-02",
        today: "2026-03-10",
        done: ["2026-03-02", "2026-03-03"],
        skipped: ["2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"],
      },
      1,
      1,
    ],
    [
      "a fully skipped week neither counts nor breaks",
      {
        type: FrequencyType.TimesPerWeek,
        config: { times: 1 },
        start: "2026-03-02",
        today: "2026-03-17",
        done: ["2026-03-02", "2026-03-16"],
        skipped: days("2026-03-09", 7),
      },
      2,
      2,
    ],
    [
      "10 times a month over two months",
      {
        type: FrequencyType.TimesPerMonth,
        config: { times: 10 },
        start: "2026-02-01",
        today: "2026-04-02",
        done: [...days("2026-02-01", 10), ...days("2026-03-10", 10)],
      },
      2,
      2,
    ],
    [
      "10 times a month, a short month breaks it",
      {
        type: FrequencyType.TimesPerMonth,
        config: { times: 10 },
        start: "2026-02-01",
        today: "2026-04-02",
        done: [...days("2026-02-01", 9), ...days("2026-03-10", 10)],
      },
      1,
      1,
    ],
  ])("%s", (_name, scenario, current, longest) => {
    const evaluation = evaluate(scenario);
    expect({ current: evaluation.currentStreak, longest: evaluation.longestStreak }).toEqual({
      current,
      longest,
    });
  });
});
