import { randomBytes } from "node:crypto";
import type { EntityManager } from "@mikro-orm/core";
import { expect } from "vitest";
import { DomainError } from "../errors/domain-error";
import { createStaffAccount } from "./create-staff-account.service";
import type { CreateStaffAccountInput } from "./staff-account.schema";

/** The lowest bcrypt cost: tests that are not about hashing should not pay for it. */
export const TEST_BCRYPT_COST = 4;

/** A flushed staff account with a unique e-mail; returns the password it was created with. */
export async function createTestStaffAccount(
  em: EntityManager,
  overrides: Partial<CreateStaffAccountInput> = {},
) {
  const input = {
    email: `staff-${randomBytes(4).toString("hex")}@momentum.test`,
    fullName: "Grace Hopper",
    role: "support",
    password: "correct horse battery",
    ...overrides,
  };
  const staffUser = await createStaffAccount(em, input, { bcryptCost: TEST_BCRYPT_COST });
  await em.flush();
  return { staffUser, password: input.password };
}

/** Awaits an operation that must be refused and returns its DomainError (failing the test otherwise). */
export async function refusalOf(operation: Promise<unknown>): Promise<DomainError> {
  const outcome = await operation.then(
    () => "resolved",
    (thrown: unknown) => thrown,
  );
  expect(outcome).toBeInstanceOf(DomainError);
  return outcome as DomainError;
}
