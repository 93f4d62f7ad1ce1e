import type { EntityManager } from "@mikro-orm/core";
import { StaffUser } from "@momentum/db";
import { conflict } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { hashPassword } from "../identity/password";
import { type CreateStaffAccountInput, createStaffAccountInputSchema } from "./staff-account.schema";

/** Adds a staff account to the unit of work; the caller flushes. */
export async function createStaffAccount(
  em: EntityManager,
  input: CreateStaffAccountInput,
  options: { bcryptCost: number },
): Promise<StaffUser> {
  const { email, fullName, role, password } = parseInput(createStaffAccountInputSchema, input, "input");
  if (await em.count(StaffUser, { email })) {
    throw conflict("A staff account with this e-mail already exists", [
      { field: "input.email", message: "is taken" },
    ]);
  }
  const passwordHash = await hashPassword(password, options.bcryptCost);
  return em.create(StaffUser, { email, fullName, role, passwordHash, isActive: true });
}
