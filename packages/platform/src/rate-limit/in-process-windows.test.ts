import { describe, expect, it } from "vitest";
import { InProcessWindows } from "./in-process-windows";

const charge = (key: string, limit = 3, extra: { unlessMarked?: string; cost?: number } = {}) => ({
  key,
  windowMs: 60_000,
  limit,
  cost: extra.cost ?? 1,
  unlessMarked: extra.unlessMarked,
});

describe("in-process sliding windows", () => {
  it("lets `limit` calls through in a window, refuses the next until the first leaves it", () => {
    const windows = new InProcessWindows();
    const t = 1_000_000;
    for (let call = 0; call < 3; call++) expect(windows.take([charge("a")], t).allowed).toBe(true);
    expect(windows.take([charge("a")], t + 30_000)).toEqual({ allowed: false, retryAfterMs: 30_000 });
    expect(windows.take([charge("a")], t + 60_001).allowed).toBe(true);
  });

  it("counts a call in every window or in none", () => {
    const windows = new InProcessWindows();
    expect(windows.take([charge("wide", 5), charge("narrow", 1)], 0).allowed).toBe(true);
    expect(windows.take([charge("wide", 5), charge("narrow", 1)], 1).allowed).toBe(false);
    for (let call = 0; call < 4; call++) expect(windows.take([charge("wide", 5)], 2).allowed).toBe(true);
    expect(windows.take([charge("wide", 5)], 3).allowed).toBe(false);
  });

  it("forgets given-back entries, and skips a window while its mark lasts", () => {
    const windows = new InProcessWindows();
    const taken = windows.take([charge("a", 1)], 0);
    if (!taken.allowed) throw new Error("the first call fits");
    windows.giveBack(taken.taken, 1, { key: "known", ttlMs: 10_000 });
    expect(windows.take([charge("a", 1)], 2).allowed).toBe(true);
    expect(windows.take([charge("a", 1, { unlessMarked: "known" })], 3).allowed).toBe(true);
    expect(windows.take([charge("a", 1, { unlessMarked: "known" })], 10_001).allowed).toBe(false);
  });

  it("stays within its key cap, dropping the oldest keys", () => {
    const windows = new InProcessWindows(10);
    for (let key = 0; key < 50; key++) windows.take([charge(`k${key}`, 1)], 0);
    expect(windows.take([charge("k49", 1)], 1).allowed).toBe(false);
    expect(windows.take([charge("k0", 1)], 1).allowed).toBe(true);
  });
});
