import { Tag } from "@momentum/db";
import { plainRowsReader, type RowOf } from "../reading/plain-rows";

/** Tag rows with what tag reads serve. */
export const findTagRows = plainRowsReader(Tag, { scalars: ["id", "name", "color"], relations: ["user"] });

/** A tag as reads serve it: no entity, nothing tracked. A Tag entity is a TagRow too. */
export type TagRow = RowOf<typeof findTagRows>;
