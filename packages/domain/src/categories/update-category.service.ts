import { type EntityManager } from "@mikro-orm/postgresql";
import { type Category } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { findOwnCategory, withUniqueCategoryName } from "./category-access";
import { categoryInputSchema, type CategoryInput } from "./category-input.schema";

/**
 * Replaces a category's name, colour and icon. Its type cannot change: tasks, habits or goals already
 * filed under it would end up in a category of the wrong kind.
 */
export async function updateCategory(
  em: EntityManager,
  userId: string,
  categoryId: string,
  rawInput: CategoryInput,
): Promise<Category> {
  const input = parseInput(categoryInputSchema, rawInput, "input");
  return withUniqueCategoryName(() =>
    em.transactional(async (tx) => {
      const category = await findOwnCategory(tx, userId, categoryId, { forUpdate: true });
      if (input.type !== category.type) {
        throw invalidInput([{ field: "input.type", message: "a category's type cannot change" }]);
      }
      Object.assign(category, { name: input.name, color: input.color, icon: input.icon });
      return category;
    }),
  );
}
