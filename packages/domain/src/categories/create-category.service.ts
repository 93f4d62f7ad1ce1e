import { type EntityManager } from "@mikro-orm/postgresql";
import { Category } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { withUniqueCategoryName } from "./category-access";
import { categoryInputSchema, type CategoryInput } from "./category-input.schema";

/** Creates a category; a name the user already has among live categories is CONFLICT. */
export async function createCategory(
  em: EntityManager,
  userId: string,
  rawInput: CategoryInput,
): Promise<Category> {
  const input = parseInput(categoryInputSchema, rawInput, "input");
  return withUniqueCategoryName(() =>
    em.transactional(async (tx) => tx.create(Category, { user: userId, ...input })),
  );
}
