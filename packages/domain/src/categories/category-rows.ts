import { type EntityManager } from "@mikro-orm/postgresql";
import { type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import { Category } from "@momentum/db";
import { findPlainRows, type PlainRow } from "../reading/plain-rows";

/** What category reads serve (their GraphQL fields, and whether the category is deleted), no more. */
const categoryRowProperties = {
  scalars: ["id", "name", "color", "icon", "type", "isDeleted", "createdAt", "updatedAt"],
  relations: ["user"],
} as const;

/** A category as reads serve it: no entity, nothing tracked. A Category entity is a CategoryRow too. */
export type CategoryRow = PlainRow<
  Category,
  (typeof categoryRowProperties.scalars)[number],
  (typeof categoryRowProperties.relations)[number]
>;

export const findCategoryRows = (
  em: EntityManager,
  where: FilterQuery<Category>,
  options: { orderBy?: QueryOrderMap<Category> } = {},
): Promise<CategoryRow[]> => findPlainRows(em, Category, categoryRowProperties, where, options);
