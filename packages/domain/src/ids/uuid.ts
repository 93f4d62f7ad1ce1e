import { z } from "zod";

const uuidSchema = z.uuid();

/** Ids come from clients; a malformed one names no object, so callers answer NOT_FOUND instead of a SQL error. */
export const isUuid = (value: string): boolean => uuidSchema.safeParse(value).success;
