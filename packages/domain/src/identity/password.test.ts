import { describe, expect, it } from "vitest";
import { dummyPasswordHash, hashPassword, passwordSchema, verifyPassword } from "./password";

const costOf = (bcryptHash: string) => Number(bcryptHash.split("$")[2]);

describe("passwords", () => {
  it("an unknown login is compared against a dummy hash of the same cost, so both refusals cost one bcrypt run", async () => {
    const real = await hashPassword("the real password", 6);
    const dummy = await dummyPasswordHash(6);
    expect(costOf(dummy)).toBe(costOf(real));
    expect(dummy).toHaveLength(real.length);
    expect(await verifyPassword("the real password", dummy)).toBe(false);
  });

  it("refuses passwords beyond bcrypt's 72 bytes instead of silently truncating them", () => {
    expect(passwordSchema.safeParse("a".repeat(72)).success).toBe(true);
    expect(passwordSchema.safeParse("a".repeat(73)).success).toBe(false);
    expect(passwordSchema.safeParse("é".repeat(37)).success).toBe(false); // 74 bytes in UTF-8
  });

  it("refuses passwords shorter than 10 characters", () => {
    expect(passwordSchema.safeParse("123456789").success).toBe(false);
  });

  it("a malformed stored hash never verifies and never throws", async () => {
    expect(await verifyPassword("anything at all", "not-a-bcrypt-hash")).toBe(false);
  });
});

describe("passwords at the production cost", () => {
  it("hashes with bcrypt cost 12 and verifies", async () => {
    const stored = await hashPassword("a production password", 12);
    expect(costOf(stored)).toBe(12);
    expect(await verifyPassword("a production password", stored)).toBe(true);
    expect(await verifyPassword("a production passworD", stored)).toBe(false);
  });
});
