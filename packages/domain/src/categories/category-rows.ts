import { Category } from "@momentum/db";
import { plainRowsReader, type RowOf } from "../reading/plain-rows";

/** Category rows with what category reads serve (their GraphQL fields, and whether it is deleted). */
export const findCategoryRows = plainRowsReader(Category, {
  scalars: ["id", "name", "color", "icon", "type", "isDeleted", "createdAt", "updatedAt"],
  relations: ["user"],
});

/** A category as reads serve it: no entity, nothing tracked. A Category entity is a CategoryRow too. */
export type CategoryRow = RowOf<typeof findCategoryRows>;
