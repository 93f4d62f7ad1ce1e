import { describe, expect, it } from "vitest";
import { perMessageQueue } from "./per-message-queue";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("perMessageQueue", () => {
  it("runs two copies of one message one after the other, the second after the first failed too", async () => {
    const run = perMessageQueue();
    const log: string[] = [];
    const work = (name: string, fail: boolean) => async () => {
      log.push(`${name} start`);
      await pause(20);
      log.push(`${name} end`);
      if (fail) throw new Error(name);
    };
    await Promise.allSettled([run("m1", work("first", true)), run("m1", work("second", false))]);
    expect(log).toEqual(["first start", "first end", "second start", "second end"]);
  });

  it("runs different messages concurrently", async () => {
    const run = perMessageQueue();
    const log: string[] = [];
    const work = (name: string) => async () => {
      log.push(`${name} start`);
      await pause(20);
      log.push(`${name} end`);
    };
    await Promise.all([run("m1", work("a")), run("m2", work("b"))]);
    expect(log.slice(0, 2)).toEqual(["a start", "b start"]);
  });
});
