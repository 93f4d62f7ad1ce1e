import { SavedFilter } from "@momentum/db";
import { plainRowsReader, type RowOf } from "../reading/plain-rows";

/** Saved filter rows with what reads serve. */
export const findSavedFilterRows = plainRowsReader(SavedFilter, {
  scalars: ["id", "name", "filter", "createdAt"],
  relations: ["user"],
});

/** A saved filter as reads serve it. A SavedFilter entity is a SavedFilterRow too. */
export type SavedFilterRow = RowOf<typeof findSavedFilterRows>;
