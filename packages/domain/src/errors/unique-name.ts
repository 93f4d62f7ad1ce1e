import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { conflict } from "./domain-error";

/**
 * Runs a write that may give something a name its owner already uses. A unique index decides (no
 * check-then-insert race); its violation becomes CONFLICT on `input.name`.
 */
export async function withUniqueName<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict(`A ${what} with this name already exists`, [
        { field: "input.name", message: "is already used" },
      ]);
    }
    throw error;
  }
}
