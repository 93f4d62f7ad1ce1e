import "reflect-metadata";
import { type MikroORM } from "@mikro-orm/postgresql";
import { openMainOrm, StaffRole, StaffUser } from "@momentum/db";
import { verify } from "@node-rs/bcrypt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount } from "./create-staff-account.service";
import { createTestStaffAccount, refusalOf, TEST_BCRYPT_COST } from "./staff.test-support";

let orm: MikroORM;
beforeAll(async () => {
  orm = await openMainOrm(process.env.DATABASE_URL!);
});
afterAll(() => orm?.close());

describe("creating a staff account", () => {
  it("stores the e-mail lowercased, the role from any case and only a bcrypt hash of the password", async () => {
    const { staffUser } = await createTestStaffAccount(orm.em.fork(), {
      email: "  Ada.Admin@Momentum.TEST ",
      role: "ADMIN",
    });

    const stored = await orm.em.fork().findOneOrFail(StaffUser, { id: staffUser.id });
    expect(stored).toMatchObject({ email: "ada.admin@momentum.test", role: StaffRole.Admin, isActive: true });
    expect(stored.passwordHash).not.toContain("correct horse");
    expect(await verify("correct horse battery", stored.passwordHash)).toBe(true);
  });

  it("refuses an e-mail already used, whatever its case, as CONFLICT on input.email", async () => {
    await createTestStaffAccount(orm.em.fork(), { email: "taken@momentum.test" });
    const error = await refusalOf(createTestStaffAccount(orm.em.fork(), { email: "TAKEN@momentum.test" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.details.fields).toEqual([{ field: "input.email", message: "is taken" }]);
  });

  it.each([
    ["a password under 10 characters", { password: "short" }, "input.password"],
    ["an e-mail that is not one", { email: "not-an-email" }, "input.email"],
    ["an unknown role", { role: "owner" }, "input.role"],
    ["an empty name", { fullName: "  " }, "input.fullName"],
  ])("refuses %s as INVALID_INPUT naming the field", async (_case, override, field) => {
    const input = {
      email: "valid@momentum.test",
      fullName: "Valid",
      role: "analyst",
      password: "long enough password",
      ...override,
    };
    const error = await refusalOf(createStaffAccount(orm.em.fork(), input, { bcryptCost: TEST_BCRYPT_COST }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details.fields?.map((fieldError) => fieldError.field)).toEqual([field]);
  });
});
