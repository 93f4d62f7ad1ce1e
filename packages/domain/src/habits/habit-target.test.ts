import { HabitTargetType } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { isTargetMet, shareOfTarget } from "./habit-target";

const atLeast = { value: 10, type: HabitTargetType.AtLeast };
const atMost = { value: 2, type: HabitTargetType.AtMost };

describe("whether a numeric day or period is done", () => {
  it.each([
    ["AT_LEAST: a total reaching the target, even today", atLeast, 10, false, true],
    ["AT_LEAST: a total above the target", atLeast, 12.5, true, true],
    ["AT_LEAST: a total under the target", atLeast, 9.9, true, false],
    ["AT_LEAST: nothing logged", atLeast, 0, true, false],
    ["AT_MOST: at the target once the day is over", atMost, 2, true, true],
    ["AT_MOST: nothing logged (a total of 0) once the day is over", atMost, 0, true, true],
    ["AT_MOST: under the target while the day goes on", atMost, 1, false, false],
    ["AT_MOST: over the target", atMost, 3, true, false],
  ])("%s", (_name, target, total, hasEnded, done) => {
    expect(isTargetMet(total, target, hasEnded)).toBe(done);
  });

  it("gives strength a partial share of an AT_LEAST target and all or nothing for AT_MOST", () => {
    expect(shareOfTarget(5, atLeast, true)).toBe(0.5);
    expect(shareOfTarget(30, atLeast, true)).toBe(1);
    expect(shareOfTarget(1, atMost, true)).toBe(1);
    expect(shareOfTarget(3, atMost, true)).toBe(0);
  });
});
